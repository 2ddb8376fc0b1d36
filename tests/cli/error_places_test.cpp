// Where an input problem is travels as data, in every reader and loader: a broken rule
// file, configuration or claim stream, an unclosed comment, a suppression naming no rule
// each carry their file, line and column as fields of the report (GitHub's line= and
// col=, JSON's line and column), not only inside the message.

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "cli/cli_fixture.hpp"
#include "support/test_support.hpp"

namespace claimcheck::testing {
namespace {

using nlohmann::json;

class CliErrorPlaces : public Cli {};

// GitHub workflow commands, without the report's own mark (a ::debug:: line).
std::vector<std::string> annotations(const std::string& out) {
  std::vector<std::string> lines = lines_of(out);
  std::erase_if(lines, [](const std::string& line) { return line.starts_with("::debug::"); });
  return lines;
}

TEST_F(CliErrorPlaces, ABrokenRuleFileIsAnnotatedAtItsLineAndColumn) {
  write("slip.txt", kSlipArticle);
  write("mine/house.json", "{\n  \"id\": \"house\",\n  \"kind\": \"consistency\",\n  oops\n}\n");
  const CliRun r = run("check --rules mine --format github slip.txt");
  EXPECT_EQ(r.exit_code, 2);
  // The one line on standard error is unchanged; the annotation places it for GitHub.
  EXPECT_EQ(r.err.rfind("claimcheck: error: mine/house.json: invalid JSON: ", 0), 0U) << r.err;
  const std::vector<std::string> lines = annotations(r.out);
  ASSERT_EQ(lines.size(), 1U) << r.out;
  EXPECT_EQ(
      lines[0].rfind("::error file=mine/house.json,line=4,col=3,title=claimcheck::mine/house.json: invalid JSON: ", 0),
      0U)
      << lines[0];
  // The text report leaves it to standard error.
  EXPECT_EQ(run("check --rules mine slip.txt").out, "");
}

TEST_F(CliErrorPlaces, ABadFieldOfARuleFileIsPlacedAtItsValue) {
  write("slip.txt", kSlipArticle);
  write("mine/house.json",
        "{\n  \"id\": \"house\",\n  \"kind\": \"consistency\",\n  \"description\": \"d\",\n"
        "  \"severity\": \"fatal\",\n  \"message\": \"{a} vs {b}\"\n}\n");
  const CliRun r = run("check --rules mine --format github slip.txt");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err,
            "claimcheck: error: mine/house.json: field 'severity': 'fatal' is not one of error, warning, info\n");
  const std::vector<std::string> lines = annotations(r.out);
  ASSERT_EQ(lines.size(), 1U) << r.out;
  // Line 5, column 15: the value's opening quote.
  EXPECT_EQ(lines[0].rfind("::error file=mine/house.json,line=5,col=15,title=claimcheck::mine/house.json: field "
                           "'severity': ",
                           0),
            0U)
      << lines[0];
  const json d = json::parse(run("check --rules mine --format json slip.txt").out)["diagnostics"][0];
  EXPECT_EQ(d["line"], 5) << d;
  EXPECT_EQ(d["column"], 15) << d;

  // Found once the rule is loaded, when the engine resolves its kind: placed the same way.
  write("mine/house.json",
        "{\n  \"id\": \"house\",\n  \"kind\":   \"consistensy\",\n  \"description\": \"d\",\n"
        "  \"severity\": \"error\",\n  \"message\": \"{a} vs {b}\"\n}\n");
  const json kind = json::parse(run("check --rules mine --format json slip.txt").out)["diagnostics"][0];
  EXPECT_EQ(kind["message"].get<std::string>().rfind("field 'kind': unknown rule kind 'consistensy'", 0), 0U) << kind;
  EXPECT_EQ(kind["line"], 3) << kind;
  EXPECT_EQ(kind["column"], 13) << kind;
}

TEST_F(CliErrorPlaces, ABadValueOfHowArticlesAreComparedIsPlaced) {
  write("slip.txt", kSlipArticle);
  std::filesystem::copy(source_dir() / "rules", dir_ / "house-rules", std::filesystem::copy_options::recursive);
  write("house-rules/across-articles.json",
        "{\n  \"description\": \"d\",\n  \"event_window_days\": 14,\n  \"cross_article_confidence\": 1.5\n}\n");
  const CliRun r = run("check --rules-dir house-rules --format json slip.txt");
  EXPECT_EQ(r.exit_code, 2);
  const json d = json::parse(r.out)["diagnostics"][0];
  EXPECT_EQ(d["path"], "house-rules/across-articles.json") << d;
  EXPECT_EQ(d["message"], "field 'cross_article_confidence': must be a number above 0 and at most 1") << d;
  EXPECT_EQ(d["line"], 4) << d;
  EXPECT_EQ(d["column"], 31) << d;
  // The shipped values, written out again, give the shipped report.
  write("house-rules/across-articles.json", "{\"event_window_days\": 14, \"cross_article_confidence\": 0.85}");
  EXPECT_EQ(run("check --rules-dir house-rules --format json slip.txt").out, run("check --format json slip.txt").out);
}

TEST_F(CliErrorPlaces, ABrokenConfigurationHasItsFileLineAndColumnInTheJsonReport) {
  write("slip.txt", kSlipArticle);
  write("cfg.json", "{\n  \"fail_on\": \"error\",\n  \"rules\": {\"decimal-slip\": {\"enabled\": false,}}\n}\n");
  const CliRun r = run("check --config cfg.json --format json slip.txt");
  EXPECT_EQ(r.exit_code, 2);
  const json report = json::parse(r.out);
  ASSERT_EQ(report["diagnostics"].size(), 1U) << r.out;
  const json& d = report["diagnostics"][0];
  EXPECT_EQ(d["level"], "error");
  EXPECT_EQ(d["path"], "cfg.json");
  EXPECT_EQ(d["line"], 3);
  EXPECT_EQ(d["column"], 47);  // the '}' after the trailing comma
  EXPECT_EQ(d["message"].get<std::string>().rfind("invalid JSON: ", 0), 0U) << d;
  EXPECT_TRUE(report["findings"].empty());

  // A field it cannot use names the file and is placed at its value, past comments.
  write("cfg.json", "// house rules\n{\"rules\": {}, /* strict */\n  \"fail_on\": \"sometimes\"}\n");
  const json field = json::parse(run("check --config cfg.json --format json slip.txt").out)["diagnostics"][0];
  EXPECT_EQ(field["path"], "cfg.json");
  EXPECT_EQ(field["message"], "field 'fail_on': must be error, warning, info or none");
  EXPECT_EQ(field["line"], 3) << field;
  EXPECT_EQ(field["column"], 14) << field;
}

TEST_F(CliErrorPlaces, AClaimStreamSyntaxErrorHasItsLineAndColumn) {
  write("a.txt", "Meta's shares rose 3.1% on Monday.\n");
  write("claims.jsonl", run("extract --format jsonl a.txt").out + "{\"type\": \"claim\", oops}\n");
  const std::size_t line = lines_of(slurp(dir_ / "claims.jsonl")).size();
  const std::vector<std::string> out = annotations(run("check --format github --claims claims.jsonl").out);
  ASSERT_EQ(out.size(), 1U);
  EXPECT_EQ(out[0].rfind(fmt::format("::error file=claims.jsonl,line={},col=19,title=claimcheck::", line), 0), 0U)
      << out[0];
}

TEST_F(CliErrorPlaces, NoticesCarryTheirLineAsData) {
  write("a.md",
        "# Title\n\nMeta rose 3%.\n\n  <!-- claimcheck-disable-next-line no-such-rule -->\nMeta rose 3%.\n\n"
        "Text.  <!-- never closed\nmore\n");
  const json report = json::parse(run("check --format json a.md").out);
  const json& diagnostics = report["diagnostics"];
  ASSERT_EQ(diagnostics.size(), 2U) << diagnostics.dump();
  // The unclosed comment: line 8, column 8 (after "Text.  ").
  EXPECT_EQ(diagnostics[0]["level"], "notice");
  EXPECT_EQ(diagnostics[0]["line"], 8) << diagnostics[0];
  EXPECT_EQ(diagnostics[0]["column"], 8) << diagnostics[0];
  // The suppression that names no rule: the line of its comment.
  EXPECT_NE(diagnostics[1]["message"].get<std::string>().find("no-such-rule"), std::string::npos) << diagnostics[1];
  EXPECT_EQ(diagnostics[1]["line"], 5) << diagnostics[1];
}

}  // namespace
}  // namespace claimcheck::testing
