#include "support/chromium.hpp"

#include <sys/wait.h>

#include <cstdlib>
#include <sstream>

#include "cli/cli_fixture.hpp"  // slurp

namespace claimcheck::testing {
namespace {

namespace fs = std::filesystem;

std::string quoted(const std::string& s) {
  std::string out = "'";
  for (const char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

// Runs chromium headless with `args`, its output into work_dir; the exit status.
int run_chromium(const std::string& args, const fs::path& work_dir) {
  const fs::path profile = work_dir / "chromium-profile";
  fs::create_directories(profile);
  // --no-sandbox: the tests may run as root (CI containers), where the sandbox refuses to start.
  const std::string cmd = "timeout 120 " + quoted(chromium()->string()) +
                          " --headless --no-sandbox --disable-gpu --no-first-run --disable-extensions"
                          " --enable-logging=stderr --v=0 --user-data-dir=" +
                          quoted(profile.string()) + " " + args + " >" + quoted((work_dir / "chromium.out").string()) +
                          " 2>" + quoted((work_dir / "chromium.err").string());
  const int status = std::system(cmd.c_str());
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

}  // namespace

std::optional<fs::path> chromium() {
  const char* given = std::getenv("CLAIMCHECK_CHROMIUM");
  const fs::path path = given != nullptr ? fs::path(given) : fs::path("/usr/bin/chromium");
  if (!fs::exists(path)) return std::nullopt;
  return path;
}

PageDump dump_dom(const std::string& url, const fs::path& work_dir) {
  PageDump page;
  page.exit_code = run_chromium("--dump-dom " + quoted(url), work_dir);
  page.dom = slurp(work_dir / "chromium.out");
  page.log = slurp(work_dir / "chromium.err");
  std::istringstream lines(page.log);
  for (std::string line; std::getline(lines, line);) {
    // Console messages, uncaught errors and Content-Security-Policy refusals all log as CONSOLE.
    if (line.find(":CONSOLE") != std::string::npos || line.find("Uncaught") != std::string::npos) {
      page.console.push_back(line);
    }
  }
  return page;
}

bool screenshot(const std::string& url, const fs::path& png, int width, int height, const fs::path& work_dir) {
  const std::string args = "--hide-scrollbars --window-size=" + std::to_string(width) + "," + std::to_string(height) +
                           " --screenshot=" + quoted(png.string()) + " " + quoted(url);
  return run_chromium(args, work_dir) == 0 && fs::exists(png);
}

}  // namespace claimcheck::testing
