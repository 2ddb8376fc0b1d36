// Reports are written a finding at a time (report/json_stream.hpp) so that a large
// archive's report is never held whole; the bytes must be those of the report built in
// memory, and a report file is replaced whole or not at all.

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <csignal>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <sstream>
#include <stdexcept>
#include <string>

#include "report/atomic_file.hpp"
#include "report/check_report.hpp"
#include "report/json_report.hpp"
#include "report/json_stream.hpp"
#include "report/sarif_report.hpp"
#include "support/test_support.hpp"

namespace claimcheck::testing {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

std::string streamed(json document, const char* pointer, const json& elements, const JsonStyle& style = {}) {
  std::ostringstream out;
  write_json_streaming(
      out, std::move(document), json::json_pointer(pointer), elements.size(),
      [&](std::size_t i) { return elements[i]; }, style);
  return out.str();
}

TEST(JsonStream, WritesTheBytesOfTheWholeDump) {
  const json elements = json::array({json{{"b", {1, 2, {{"c", "x\ny"}}}}, {"a", json::object()}}, 3, "é \"q\"",
                                     json::array(), json{{"deep", {{"deeper", json::array({true, nullptr})}}}}});
  json whole = {{"z", 1}, {"list", elements}, {"a", {{"k", "v"}}}};
  json skeleton = whole;
  skeleton["list"] = json::array();
  EXPECT_EQ(streamed(skeleton, "/list", elements), whole.dump(2) + "\n");
  EXPECT_EQ(streamed(skeleton, "/list", elements, {4, true}), whole.dump(4, ' ', true) + "\n");
  EXPECT_EQ(streamed(skeleton, "/list", json::array()), skeleton.dump(2) + "\n") << "no elements: an empty array";
}

TEST(JsonStream, AnArrayNestedInsideArraysAndObjects) {
  const json elements = json::array({json{{"id", 1}}, json{{"id", 2}}});
  json whole = {{"runs", json::array({json{{"results", elements}, {"tool", "t"}}})}, {"version", "2.1.0"}};
  json skeleton = whole;
  skeleton["runs"][0]["results"] = json::array();
  EXPECT_EQ(streamed(skeleton, "/runs/0/results", elements), whole.dump(2) + "\n");
}

TEST(JsonStream, InvalidUtf8FollowsTheStyle) {
  const json elements = json::array({std::string("bad \xff byte")});
  json skeleton = {{"list", json::array()}};
  json whole = {{"list", elements}};
  const JsonStyle replace{2, false, json::error_handler_t::replace};
  EXPECT_EQ(streamed(skeleton, "/list", elements, replace),
            whole.dump(2, ' ', false, json::error_handler_t::replace) + "\n");
  EXPECT_THROW(streamed(skeleton, "/list", elements), json::type_error);
  EXPECT_THROW(streamed(skeleton, "/list", elements, {-1}), std::invalid_argument);
}

TEST(StreamedReport, JsonAndSarifMatchTheReportsBuiltInMemory) {
  const RunResult result = pipeline().check({samples_dir().string()});
  ASSERT_GE(result.findings.size(), 2U);
  const auto& rules = pipeline().engine().rules();
  EXPECT_EQ(render_check_report("json", result, rules, {}), check_report_json(result).dump(2) + "\n");
  EXPECT_EQ(render_check_report("sarif", result, rules, {}),
            check_report_sarif(result, rules).dump(2, ' ', false, json::error_handler_t::replace) + "\n");
}

TEST(StreamedReport, AFailedWriteLeavesTheOldReportAndNoTemporaryFile) {
  const fs::path dir = fs::temp_directory_path() / ("claimcheck-stream-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  const fs::path target = dir / "report.json";
  write_file_atomically(target, "old report\n");
  EXPECT_THROW(write_file_atomically(target,
                                     [](std::ostream& out) {
                                       out << "half a rep";
                                       throw std::runtime_error("rule failed mid-report");
                                     }),
               std::runtime_error);
  std::ifstream in(target);
  EXPECT_EQ(std::string(std::istreambuf_iterator<char>(in), {}), "old report\n");
  EXPECT_EQ(std::distance(fs::directory_iterator(dir), fs::directory_iterator()), 1) << "the temporary file is gone";
  write_file_atomically(target, [](std::ostream& out) { out << "new report\n"; });
  std::ifstream again(target);
  EXPECT_EQ(std::string(std::istreambuf_iterator<char>(again), {}), "new report\n");
  fs::remove_all(dir);
}

// Ctrl-C or a CI job's SIGTERM while the report is being written: the hidden temporary
// file beside the target is removed before the process dies of the signal.
TEST(StreamedReport, ASignalDuringTheWriteRemovesTheTemporaryFile) {
  const fs::path dir = fs::temp_directory_path() / ("claimcheck-signal-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  for (const int sig : {SIGINT, SIGTERM}) {
    const pid_t child = ::fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
      write_file_atomically(dir / "report.txt", [&](std::ostream& out) {
        out << std::string(1 << 20, 'x');
        out.flush();
        std::raise(sig);
      });
      std::_Exit(0);  // not reached
    }
    int status = 0;
    ASSERT_EQ(::waitpid(child, &status, 0), child);
    EXPECT_TRUE(WIFSIGNALED(status)) << "the process still dies of the signal";
    if (WIFSIGNALED(status)) {
      EXPECT_EQ(WTERMSIG(status), sig);
    }
    EXPECT_TRUE(fs::is_empty(dir)) << "no temporary file is left for signal " << sig;
  }
  fs::remove_all(dir);
}

}  // namespace
}  // namespace claimcheck::testing
