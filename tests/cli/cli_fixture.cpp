#include "cli/cli_fixture.hpp"

#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

namespace claimcheck::testing {

namespace fs = std::filesystem;

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

void Cli::SetUp() {
  dir_ = fs::temp_directory_path() / ("claimcheck-cli-" + std::to_string(::getpid()) + "-" +
                                      ::testing::UnitTest::GetInstance()->current_test_info()->name());
  fs::remove_all(dir_);
  fs::create_directories(dir_);
}

void Cli::TearDown() { fs::remove_all(dir_); }

CliRun Cli::run(const std::string& args, const std::string& cwd) {
  const fs::path out = dir_ / ".stdout";
  const fs::path err = dir_ / ".stderr";
  const std::string cmd = "cd '" + (dir_ / cwd).string() + "' && " + std::string(CLAIMCHECK_BINARY) + " " + args +
                          " >" + out.string() + " 2>" + err.string();
  const int status = std::system(cmd.c_str());
  return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, slurp(out), slurp(err)};
}

fs::path Cli::write(const std::string& name, const std::string& text) {
  const fs::path p = dir_ / name;
  fs::create_directories(p.parent_path());
  std::ofstream(p, std::ios::binary) << text;
  return p;
}

bool npm_install(const fs::path& dir, const std::string& package, const std::string& installed, std::string& why) {
  if (std::system("command -v npm >/dev/null 2>&1") != 0) {
    why = "npm is not installed";
    return false;
  }
  fs::create_directories(dir);
  const fs::path log = dir / "npm-install.log";
  // ctest runs tests in parallel: one lock per folder, so a second test waits for the
  // first one's install instead of running a half-installed tool.
  const std::string cmd = "cd '" + dir.string() + "' && flock .install.lock sh -c 'test -e \"" + installed +
                          "\" || timeout 300 npm install --prefix . --no-audit --no-fund --loglevel=error " + package +
                          "' >'" + log.string() + "' 2>&1";
  if (std::system(cmd.c_str()) != 0) {
    why = "npm install " + package + " failed (no network?): see " + log.string();
    return false;
  }
  if (!fs::exists(dir / installed)) {
    why = "npm installed no " + installed + " under " + dir.string();
    return false;
  }
  return true;
}

}  // namespace claimcheck::testing
