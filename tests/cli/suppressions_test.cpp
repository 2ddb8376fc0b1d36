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

}  // namespace
}  // namespace claimcheck::testing
