#pragma once
// Headless Chromium (Debian's `chromium`, which scripts/install-deps installs) for the
// tests that open a page as an editor would: the DOM after its script ran, and what the
// page logged to its console.

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace claimcheck::testing {

// /usr/bin/chromium (or $CLAIMCHECK_CHROMIUM), when it is there.
std::optional<std::filesystem::path> chromium();

// The message a test skips with when chromium() is empty.
inline constexpr const char* kNoChromium =
    "headless Chromium is not installed (/usr/bin/chromium; scripts/install-deps installs it)";

struct PageDump {
  int exit_code = -1;
  std::string dom;                   // document.documentElement.outerHTML after load
  std::vector<std::string> console;  // console messages and page errors, one a line
  std::string log;                   // all of the browser's standard error, for failure messages
};

// Loads `url` in a fresh profile under `work_dir` and dumps its DOM (--dump-dom).
PageDump dump_dom(const std::string& url, const std::filesystem::path& work_dir);

// Renders `url` at width x height into `png` (--screenshot).
bool screenshot(const std::string& url, const std::filesystem::path& png, int width, int height,
                const std::filesystem::path& work_dir);

}  // namespace claimcheck::testing
