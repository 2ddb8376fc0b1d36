// Progress on standard error: never where standard error is not a terminal unless
// --progress; on a terminal (a pseudo-terminal from script(1)) redrawn in place and
// erased, never mixed into the report on standard output.

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <regex>

#include "cli/cli_fixture.hpp"

namespace claimcheck::testing {
namespace {

class CliProgress : public Cli {
 protected:
  void SetUp() override {
    Cli::SetUp();
    for (int i = 0; i < 3; ++i) write("articles/slip" + std::to_string(i) + ".txt", kSlipArticle);
  }
};

TEST_F(CliProgress, NoneInALogUnlessAsked) {
  const CliRun quiet = run("check --no-color articles/");
  EXPECT_EQ(quiet.exit_code, 1);
  EXPECT_EQ(quiet.err, "");
  const CliRun asked = run("check --no-color --progress --format json articles/");
  EXPECT_EQ(asked.exit_code, 1);
  // A line when the first bytes are analysed, then one a second, then the totals, with the
  // stage across the articles.
  EXPECT_TRUE(std::regex_search(
      asked.err,
      std::regex(R"(^claimcheck: [0-3]/3 files, [0-9.]+ MB/s.*\n(.*\n)*)"
                 R"(claimcheck: 3/3 files, 0\.0 MB in [0-9.]+ s \([0-9.]+ MB/s\); across articles: [1-9][0-9]* )"
                 R"(groups in [0-9.]+ s\n$)")))
      << asked.err;
  EXPECT_EQ(asked.out.find("claimcheck:"), std::string::npos);  // the JSON report is untouched
  EXPECT_EQ(run("check --progress --no-progress articles/").err, "");
}

// After the files, a check compares claims across the articles: each step gets a line in a
// log as it begins (the groups with their count), so a long check shows where it is.
TEST_F(CliProgress, TheStageAcrossArticlesHasItsSteps) {
  const CliRun r = run("check --no-color --progress articles/");
  EXPECT_EQ(r.exit_code, 1);
  const std::vector<std::string> lines = lines_of(r.err);
  const auto has = [&](const std::string& pattern) {
    return std::any_of(lines.begin(), lines.end(),
                       [&](const std::string& line) { return std::regex_match(line, std::regex(pattern)); });
  };
  EXPECT_TRUE(has(R"(claimcheck: 3/3 files; across articles: grouping claims)")) << r.err;
  EXPECT_TRUE(has(R"(claimcheck: 3/3 files; across articles: comparing claims, [0-9]+/[1-9][0-9]* groups.*)")) << r.err;
  EXPECT_TRUE(has(R"(claimcheck: 3/3 files; across articles: rule [a-z-]+)")) << r.err;
  // The steps come after the files, and the totals last.
  ASSERT_FALSE(lines.empty());
  EXPECT_NE(lines.back().find("; across articles: "), std::string::npos) << r.err;
  // extract compares nothing across articles.
  const CliRun extract = run("extract --no-color --progress articles/");
  EXPECT_EQ(extract.exit_code, 0);
  EXPECT_EQ(extract.err.find("across articles"), std::string::npos) << extract.err;
  EXPECT_NE(extract.err.find("claimcheck: 3/3 files, "), std::string::npos) << extract.err;
}

TEST_F(CliProgress, OnATerminalTheLineIsErasedAndTheReportIsClean) {
  if (std::system("command -v script >/dev/null 2>&1") != 0) GTEST_SKIP() << "script(1) (bsdutils) is not installed";
  // Under script(1) both streams are the terminal; --progress shows the line from the start.
  const std::string cmd = "cd '" + dir_.string() + "' && script -qec '" + std::string(CLAIMCHECK_BINARY) +
                          " check --no-color --progress articles/ >report.txt' /dev/null >terminal.txt 2>&1";
  ASSERT_EQ(std::system(cmd.c_str()) >> 8, 1);
  const std::string terminal = slurp(dir_ / "terminal.txt");
  EXPECT_TRUE(std::regex_search(terminal, std::regex("claimcheck: [0-3]/3 files, [0-9.]+ MB/s"))) << terminal;
  EXPECT_TRUE(std::regex_search(terminal, std::regex("\rclaimcheck: 3/3 files; across articles: [a-z]"))) << terminal;
  EXPECT_NE(terminal.find("\r\033[K"), std::string::npos) << terminal;  // erased at the end
  EXPECT_EQ(slurp(dir_ / "report.txt").find("claimcheck:"), std::string::npos);
  // Without --progress, a run under a second shows nothing, even on a terminal.
  const std::string quick = "cd '" + dir_.string() + "' && script -qec '" + std::string(CLAIMCHECK_BINARY) +
                            " check --no-color articles/ >report.txt' /dev/null >terminal.txt 2>&1";
  ASSERT_EQ(std::system(quick.c_str()) >> 8, 1);
  EXPECT_EQ(slurp(dir_ / "terminal.txt").find("claimcheck:"), std::string::npos) << slurp(dir_ / "terminal.txt");
}

}  // namespace
}  // namespace claimcheck::testing
