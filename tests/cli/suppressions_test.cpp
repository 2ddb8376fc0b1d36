// Inline suppressions end to end: dropped from the report, counted in the summary.

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "cli/cli_fixture.hpp"

namespace claimcheck::testing {
namespace {

using nlohmann::json;

class CliSuppressions : public Cli {};

TEST_F(CliSuppressions, NextLineCommentDropsTheFindingAndTheSummaryCountsIt) {
  write("slip.txt", std::string("<!-- claimcheck-disable-next-line decimal-slip -->\n") + kSlipArticle);
  const CliRun r = run("check --no-color slip.txt");
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_NE(r.out.find("0 findings (0 errors, 0 warnings, 0 info) in 1 file, 2 claims checked; 1 suppressed"),
            std::string::npos)
      << r.out;
  const json report = json::parse(run("check --format json slip.txt").out);
  EXPECT_EQ(report["summary"]["suppressed"], 1);
  EXPECT_EQ(report["summary"]["findings"], 0);
}

TEST_F(CliSuppressions, AnotherRulesCommentOrAnotherLineDoesNotSuppress) {
  write("other-rule.txt", std::string("<!-- claimcheck-disable-next-line consistency -->\n") + kSlipArticle);
  write("other-line.txt", std::string(kSlipArticle) + "<!-- claimcheck-disable-next-line -->\nMore later.\n");
  const json report = json::parse(run("check --format json other-rule.txt other-line.txt").out);
  EXPECT_EQ(report["summary"]["suppressed"], 0);
  EXPECT_EQ(report["findings"].size(), 2U);
}

TEST_F(CliSuppressions, FileLevelCommentsInTextMarkdownAndHtml) {
  write("all.txt", std::string(kSlipArticle) + "\n<!-- claimcheck-disable -->\n");
  write("rule.md",
        "---\ntitle: Meta Stock Rises 25% on Muse Spark\n---\n\n<!-- claimcheck-disable decimal-slip -->\n"
        "Meta's stock rose 2.5%, reflecting tailwinds.\n");
  write("page.html",
        "<html><body><!-- claimcheck-disable-next-line decimal-slip -->\n<h1>Meta Stock Rises 25% on Muse Spark</h1>\n"
        "<p>Meta's stock rose 2.5%, reflecting tailwinds.</p></body></html>\n");
  const CliRun r = run("check --format json all.txt rule.md page.html");
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  const json report = json::parse(r.out);
  EXPECT_EQ(report["summary"]["suppressed"], 3);
  EXPECT_TRUE(report["findings"].empty()) << report["findings"].dump(1);
}

TEST_F(CliSuppressions, UnknownRuleIdIsANoticeNamingTheLineAndTheNearestRule) {
  write("typo.txt", std::string("Intro.\n<!-- claimcheck-disable-next-line headline-vs-bdy -->\n") + kSlipArticle);
  const CliRun r = run("check --no-color typo.txt");
  EXPECT_EQ(r.exit_code, 1) << r.err;  // the finding is not silenced; the notice does not change the exit code
  EXPECT_NE(r.err.find("typo.txt: line 2: suppression names unknown rule 'headline-vs-bdy' (did you mean "
                       "'headline-vs-body'?)"),
            std::string::npos)
      << r.err;
  write("far.txt", std::string("<!-- claimcheck-disable zzzz -->\n") + kSlipArticle);
  const CliRun far = run("check --no-color far.txt");
  EXPECT_NE(far.err.find("line 1: suppression names unknown rule 'zzzz' (claimcheck rules lists them)"),
            std::string::npos)
      << far.err;
}

TEST_F(CliSuppressions, ReportUnusedSuppressionsNamesEachOneThatSilencesNothing) {
  write("used.txt", std::string("<!-- claimcheck-disable-next-line decimal-slip -->\n") + kSlipArticle);
  write("unused.txt",
        "Meta's shares rose 3.1% on Monday.\n<!-- claimcheck-disable-next-line decimal-slip,calendar -->\n"
        "Meta shares gained 3.1% on Monday.\n<!-- claimcheck-disable -->\n");
  const CliRun quiet = run("check --no-color used.txt unused.txt");
  EXPECT_EQ(quiet.exit_code, 0) << quiet.err;
  EXPECT_EQ(quiet.err, "");
  const CliRun r = run("check --no-color --report-unused-suppressions used.txt unused.txt");
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_NE(r.err.find("unused.txt: line 2: suppression of 'decimal-slip' silences no finding"), std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("unused.txt: line 2: suppression of 'calendar' silences no finding"), std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("unused.txt: line 4: suppression silences no finding"), std::string::npos) << r.err;
  EXPECT_EQ(r.err.find("error: used.txt: line"), std::string::npos) << r.err;  // that one silenced the slip
  const json report = json::parse(run("check --format json --report-unused-suppressions used.txt unused.txt").out);
  EXPECT_EQ(report["summary"]["suppressed"], 1);
  EXPECT_EQ(report["diagnostics"].size(), 3U) << report["diagnostics"].dump(1);
}

}  // namespace
}  // namespace claimcheck::testing
