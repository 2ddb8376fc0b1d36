#include "cli/cli_fixture.hpp"

#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <iostream>
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
  produced_.emplace(fs::path(dir_.string() + "-json"));
}

void Cli::TearDown() {
  std::string skipped;
  const std::string violations = produced_->validate(skipped);
  EXPECT_EQ(violations, "") << "a JSON document this test produced does not match its schema (docs/schema/)";
  if (!skipped.empty()) std::cerr << "JSON Schema validation skipped: " << skipped;
  fs::remove_all(dir_.string() + "-json");
  fs::remove_all(dir_);
}

void Cli::validate_when_done(const std::string& text, const JsonFormat& format, const std::string& what) {
  produced_->record(text, format, what);
}

// What `claimcheck ARGS` wrote, if it is JSON: its standard output, or the -o file. A run
// refused before it wrote anything (a usage error) prints nothing: nothing to check.
void Cli::record_json(const std::string& args, const std::string& cwd, const CliRun& result) {
  const std::optional<JsonFormat> format = json_format_of(args);
  if (!format) return;
  const std::string what = "claimcheck " + args;
  if (const std::optional<std::string> output = output_file_of(args)) {
    const fs::path file = fs::path(*output).is_absolute() ? fs::path(*output) : dir_ / cwd / *output;
    if (fs::exists(file) && *output != "-") produced_->record(slurp(file), *format, what + " (its -o file)");
    if (*output != "-") return;
  }
  if (redirects_stdout(args)) return;
  if (!result.out.empty() || result.exit_code == 0 || result.exit_code == 1)
    produced_->record(result.out, *format, what);
}

CliRun Cli::run(const std::string& args, const std::string& cwd) {
  const fs::path out = dir_ / ".stdout";
  const fs::path err = dir_ / ".stderr";
  const std::string cmd = "cd '" + (dir_ / cwd).string() + "' && " + std::string(CLAIMCHECK_BINARY) + " " + args +
                          " >" + out.string() + " 2>" + err.string();
  const int status = std::system(cmd.c_str());
  CliRun result{WIFEXITED(status) ? WEXITSTATUS(status) : -1, slurp(out), slurp(err)};
  record_json(args, cwd, result);
  return result;
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
