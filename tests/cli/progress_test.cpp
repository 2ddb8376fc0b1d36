// Progress on standard error: never where standard error is not a terminal unless
// --progress; on a terminal (a pseudo-terminal from script(1)) redrawn in place and
// erased, never mixed into the report on standard output.

#include <gtest/gtest.h>

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
  // A line when the first bytes are analysed, then one a second, then the totals.
  EXPECT_TRUE(
      std::regex_search(asked.err, std::regex(R"(^claimcheck: [0-3]/3 files, [0-9.]+ MB/s.*\n(.*\n)*)"
                                              R"(claimcheck: 3/3 files, 0\.0 MB in [0-9.]+ s \([0-9.]+ MB/s\)\n$)")))
      << asked.err;
  EXPECT_EQ(asked.out.find("claimcheck:"), std::string::npos);  // the JSON report is untouched
  EXPECT_EQ(run("check --progress --no-progress articles/").err, "");
}

TEST_F(CliProgress, OnATerminalTheLineIsErasedAndTheReportIsClean) {
  if (std::system("command -v script >/dev/null 2>&1") != 0) GTEST_SKIP() << "script(1) (bsdutils) is not installed";
  // Under script(1) both streams are the terminal; --progress shows the line from the start.
  const std::string cmd = "cd '" + dir_.string() + "' && script -qec '" + std::string(CLAIMCHECK_BINARY) +
                          " check --no-color --progress articles/ >report.txt' /dev/null >terminal.txt 2>&1";
  ASSERT_EQ(std::system(cmd.c_str()) >> 8, 1);
  const std::string terminal = slurp(dir_ / "terminal.txt");
  EXPECT_TRUE(std::regex_search(terminal, std::regex("claimcheck: [0-3]/3 files, [0-9.]+ MB/s"))) << terminal;
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
