// `check --format sarif|github|junit`: the shapes CI systems read, checked on the built
// binary and by the tools that consume them where they install: the SARIF log by
// Microsoft's SARIF Multitool (from npm, into the build tree, at test time) with GitHub's
// rules, the JUnit XML by xmllint against tests/report/junit.xsd.

#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <regex>

#include "cli/cli_fixture.hpp"

namespace claimcheck::testing {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

class CliFormats : public Cli {
 protected:
  // A slip (one error finding with a related claim), a clean article, an empty file.
  void write_articles() {
    write("slip.txt", kSlipArticle);
    write("clean.txt", "Meta's shares rose 3.1% on Monday.\n\nMeta shares gained 3.1% on Monday after results.\n");
    write("empty.txt", "");
  }
};

TEST_F(CliFormats, SarifHasRuleMetadataLocationsAndFingerprints) {
  write_articles();
  const CliRun r = run("check --format sarif slip.txt clean.txt empty.txt");
  EXPECT_EQ(r.exit_code, 2) << r.err;  // the empty file is an input error
  const json log = json::parse(r.out);
  EXPECT_EQ(log["version"], "2.1.0");
  const json& run0 = log["runs"][0];
  EXPECT_EQ(run0["tool"]["driver"]["name"], "claimcheck");
  EXPECT_EQ(run0["columnKind"], "unicodeCodePoints");
  const json& rules = run0["tool"]["driver"]["rules"];
  ASSERT_FALSE(rules.empty());
  // GitHub code scanning needs an absolute informationUri and every rule's help.
  const std::string homepage = run0["tool"]["driver"]["informationUri"];
  EXPECT_TRUE(homepage.starts_with("file:///") || homepage.starts_with("https://")) << homepage;
  bool found_rule = false;
  for (const json& rule : rules) {
    EXPECT_TRUE(rule.contains("fullDescription")) << rule.dump();
    const std::string summary = rule["shortDescription"]["text"];
    EXPECT_EQ(summary.find(rule["id"].get<std::string>()), std::string::npos) << summary;
    EXPECT_TRUE(summary.ends_with(".")) << summary;
    EXPECT_FALSE(rule["help"]["text"].get<std::string>().empty()) << rule.dump();
    if (rule["id"] == "decimal-slip") {
      found_rule = true;
      EXPECT_EQ(rule["defaultConfiguration"]["level"], "error");
      EXPECT_EQ(summary,
                "Two figures for the same thing written with the same digits but a factor of 10, 100 or 1000 "
                "apart (25% vs 2.5%).");
      const std::string markdown = rule["help"]["markdown"];
      EXPECT_NE(markdown.find("- `max_power` = `3`"), std::string::npos) << markdown;
      EXPECT_NE(markdown.find("claimcheck explain decimal-slip"), std::string::npos) << markdown;
    }
  }
  EXPECT_TRUE(found_rule);
  ASSERT_EQ(run0["results"].size(), 1U);
  const json& result = run0["results"][0];
  EXPECT_EQ(result["ruleId"], "decimal-slip");
  EXPECT_EQ(rules[result["ruleIndex"].get<std::size_t>()]["id"], "decimal-slip");
  EXPECT_EQ(result["level"], "error");
  const json& location = result["locations"][0]["physicalLocation"];
  EXPECT_EQ(location["artifactLocation"]["uri"], "slip.txt");
  EXPECT_EQ(location["region"]["startLine"], 1);
  EXPECT_EQ(location["region"]["startColumn"], 18);
  EXPECT_EQ(location["region"]["endLine"], 1);
  EXPECT_EQ(location["region"]["endColumn"], 21);  // "25%" is three characters
  const json& related = result["relatedLocations"][0]["physicalLocation"];
  EXPECT_EQ(related["region"]["startLine"], 3);
  EXPECT_EQ(related["region"]["startColumn"], 19);
  EXPECT_EQ(related["region"]["endColumn"], 23);
  EXPECT_EQ(result["partialFingerprints"]["claimcheck/v1"].get<std::string>().size(), 16U);
  const json& invocation = run0["invocations"][0];
  EXPECT_EQ(invocation["executionSuccessful"], false);
  EXPECT_NE(invocation["toolExecutionNotifications"][0]["message"]["text"].get<std::string>().find("empty.txt"),
            std::string::npos);
}

TEST_F(CliFormats, SarifUrisAreEncodedRelativeOrFileUris) {
  write("odd name #1.txt", kSlipArticle);
  const json relative = json::parse(run("check --format sarif './odd name #1.txt'").out);
  EXPECT_EQ(relative["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
            "odd%20name%20%231.txt");
  const json absolute = json::parse(run("check --format sarif '" + (dir_ / "odd name #1.txt").string() + "'").out);
  const auto uri = absolute["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
                       .get<std::string>();
  EXPECT_EQ(uri.rfind("file:///", 0), 0U) << uri;
}

// Where npm puts the Linux build of the multitool, with the SARIF 2.1.0 JSON Schema it ships.
constexpr const char* kMultitoolPackage = "node_modules/@microsoft/sarif-multitool-linux";

// The validator's findings on `sarif` with the rule set `kinds` ("" for its default):
// "LEVEL RULE message" lines, empty when it found nothing. Fails the test when it did not run.
std::string multitool_findings(const fs::path& tools, const fs::path& sarif, const fs::path& dir,
                               const std::string& kinds) {
  const fs::path validation = dir / "validation.sarif";
  fs::remove(validation);
  const std::string rule_kind = kinds.empty() ? "" : " --rule-kind '" + kinds + "'";
  // The .NET tool itself: npm's wrapper passes its arguments through a shell, which would
  // split "Gh;Sarif" at the semicolon.
  const std::string cmd = "'" + (tools / kMultitoolPackage / "Sarif.Multitool").string() + "' validate" + rule_kind +
                          " -o '" + validation.string() + "' '" + sarif.string() + "' >'" +
                          (dir / "validate.log").string() + "' 2>&1";
  const int status = std::system(cmd.c_str());
  if (status != 0 || !fs::exists(validation)) {
    ADD_FAILURE() << "the validator did not run (status " << status << "):\n" << slurp(dir / "validate.log");
    return "?";
  }
  // The multitool exits 0 whatever it finds; its findings are in the log it writes.
  std::string findings;
  for (const json& result : json::parse(slurp(validation))["runs"][0].value("results", json::array())) {
    findings +=
        result.value("level", "warning") + " " + result.value("ruleId", "") + " " + result["message"].dump() + "\n";
  }
  return findings;
}

TEST_F(CliFormats, SarifPassesTheSarifMultitoolValidatorWithGithubRules) {
  write_articles();
  write("sub/markdown.md", "---\ntitle: Meta Stock Rises 25% on Muse Spark\n---\n\nMeta's stock rose 2.5% today.\n");
  write("feed.jsonl", "{\"id\": 1, \"body\": \"Meta's shares rose 3.1%.\"}\n{\"id\": 2}\n");
  ASSERT_EQ(run("check --format sarif -o report.sarif slip.txt clean.txt empty.txt sub feed.jsonl").exit_code, 2);
  const fs::path tools = fs::path(CLAIMCHECK_TEST_TOOLS_DIR) / "sarif-multitool";
  std::string why;
  if (!npm_install(tools, "@microsoft/sarif-multitool", std::string(kMultitoolPackage) + "/Sarif.Multitool", why))
    GTEST_SKIP() << "SARIF validation skipped: " << why;
  // Its default rules (the SARIF specification's), then GitHub's code-scanning rules with
  // them, as `validate --rule-kind "Gh;Sarif"` runs them: no error, and no warning either.
  EXPECT_EQ(multitool_findings(tools, dir_ / "report.sarif", dir_, ""), "");
  EXPECT_EQ(multitool_findings(tools, dir_ / "report.sarif", dir_, "Gh;Sarif"), "");
  // And the SARIF 2.1.0 JSON Schema that the multitool's package ships, with jsonschema.
  const std::string schema_check =
      std::string("python3 '") + CLAIMCHECK_SOURCE_DIR + "/tests/support/validate_json.py' '" +
      (tools / kMultitoolPackage / "sarif-2.1.0.json").string() + "' '" + (dir_ / "report.sarif").string() + "' >'" +
      (dir_ / "schema.log").string() + "' 2>&1";
  const int status = std::system(schema_check.c_str());
  if (WIFEXITED(status) && WEXITSTATUS(status) == 77) GTEST_SKIP() << slurp(dir_ / "schema.log");
  EXPECT_EQ(status, 0) << slurp(dir_ / "schema.log");
}

TEST_F(CliFormats, GithubOutputIsOneWorkflowCommandPerLine) {
  write_articles();
  write("q1: a,b.txt", kSlipArticle);
  const CliRun r = run("check --format github slip.txt empty.txt 'q1: a,b.txt'");
  EXPECT_EQ(r.exit_code, 2);
  const std::regex command(R"(::(error|warning|notice) ([a-zA-Z]+=[^,:]*)(,[a-zA-Z]+=[^,:]*)*::[^\r\n]+)");
  std::vector<std::string> lines = lines_of(r.out);
  ASSERT_EQ(lines.size(), 4U) << r.out;
  // The first, a debug message the runner hides, is the report's mark (model/report_marker.hpp).
  EXPECT_EQ(lines.front(), "::debug::claimcheck-report: written by claimcheck, never read back as an article");
  lines.erase(lines.begin());
  for (const std::string& line : lines) EXPECT_TRUE(std::regex_match(line, command)) << line;
  EXPECT_EQ(lines[0].rfind("::error file=q1%3A a%2Cb.txt,line=1,endLine=1,col=18,endColumn=21,title=decimal-slip::", 0),
            0U)
      << lines[0];
  // '%' in the message is escaped, and the working follows on an encoded new line.
  EXPECT_NE(lines[0].find("25%25"), std::string::npos) << lines[0];
  EXPECT_NE(lines[0].find("%0Aworking: "), std::string::npos) << lines[0];
  EXPECT_EQ(lines[2], "::error file=empty.txt,title=claimcheck::empty.txt: empty file");
}

TEST_F(CliFormats, InputErrorsCarryTheirLineAndColumnInEveryFormat) {
  write("feed.jsonl", "{\"id\": 1, \"body\": \"Meta's shares rose 3.1%.\"}\n{\"id\": 2}\n");
  write("latin1.txt", "Meta's shares rose 3.1% on Monday.\nThe caf\xE9 sold 12 cakes.\n");
  write("front.md", "---\ntitle: a: b\n---\n\nMeta rose 3%.\n");
  const std::string inputs = " feed.jsonl latin1.txt front.md";
  const CliRun github = run("check --format github" + inputs);
  EXPECT_EQ(github.exit_code, 2) << github.err;
  std::vector<std::string> lines = lines_of(github.out);
  ASSERT_EQ(lines.size(), 4U) << github.out;
  lines.erase(lines.begin());  // the report's mark
  EXPECT_EQ(lines[0], "::error file=feed.jsonl,line=2,title=claimcheck::feed.jsonl: line 2: missing field 'body'");
  EXPECT_EQ(lines[1].rfind("::error file=latin1.txt,line=2,col=8,title=claimcheck::latin1.txt: invalid UTF-8 at line 2 "
                           "column 8",
                           0),
            0U)
      << lines[1];
  EXPECT_EQ(lines[2].rfind("::error file=front.md,line=2,title=claimcheck::front.md: malformed YAML front matter", 0),
            0U)
      << lines[2];

  const json report = json::parse(run("check --format json" + inputs).out);
  const json& diagnostics = report["diagnostics"];
  ASSERT_EQ(diagnostics.size(), 3U) << diagnostics.dump();
  EXPECT_EQ(diagnostics[0]["line"], 2);
  EXPECT_FALSE(diagnostics[0].contains("column"));
  EXPECT_EQ(diagnostics[1]["line"], 2);
  EXPECT_EQ(diagnostics[1]["column"], 8);

  const json sarif = json::parse(run("check --format sarif" + inputs).out);
  const json& region =
      sarif["runs"][0]["invocations"][0]["toolExecutionNotifications"][1]["locations"][0]["physicalLocation"]["region"];
  EXPECT_EQ(region, json({{"startLine", 2}, {"startColumn", 8}}));

  // A claim stream's broken record, read by `check --claims`, has its line too.
  write("claims.jsonl", run("extract --format jsonl feed.jsonl").out + "{\"type\": \"claim\"}\n");
  const std::vector<std::string> stream = lines_of(run("check --format github --claims claims.jsonl").out);
  ASSERT_EQ(stream.size(), 2U);
  EXPECT_EQ(stream[1].rfind("::error file=claims.jsonl,line=3,title=claimcheck::", 0), 0U) << stream[1];

  const std::string junit = run("check --format junit" + inputs).out;
  EXPECT_NE(junit.find(R"(<testcase classname="feed.jsonl" name="input error" file="feed.jsonl" line="2">)"),
            std::string::npos)
      << junit;
}

// xmllint's verdict on `xml` against the JUnit schema of tests/report/junit.xsd; empty
// when xmllint (Debian: libxml2-utils) is not installed.
std::string validate_junit(const fs::path& xml, const fs::path& dir) {
  if (std::system("command -v xmllint >/dev/null 2>&1") != 0) return "";
  const fs::path out = dir / "xmllint.txt";
  const std::string cmd = std::string("xmllint --noout --schema '") + CLAIMCHECK_SOURCE_DIR +
                          "/tests/report/junit.xsd' '" + xml.string() + "' >'" + out.string() + "' 2>&1";
  const int status = std::system(cmd.c_str());
  return (status == 0 ? "valid: " : "invalid: ") + slurp(out);
}

TEST_F(CliFormats, JunitHasATestCasePerFindingInASuitePerFile) {
  write_articles();
  write("a&b <\"odd\">.txt", kSlipArticle);
  // Two findings in one file: Jenkins reads one failure per test case, so two test cases.
  write("two.txt", std::string(kSlipArticle) + "\nThe results came on Wednesday, 14 May 2026.\n");
  const CliRun r = run("check --format junit -o report.xml slip.txt clean.txt empty.txt two.txt 'a&b <\"odd\">.txt'");
  EXPECT_EQ(r.exit_code, 2);
  const std::string xml = slurp(dir_ / "report.xml");
  EXPECT_NE(xml.find(R"(<testsuite name="a&amp;b &lt;&quot;odd&quot;&gt;.txt" tests="1" failures="1" errors="0")"),
            std::string::npos)
      << xml;
  EXPECT_NE(xml.find(R"(<testcase classname="slip.txt" name="decimal-slip at slip.txt:1:18" file="slip.txt" )"
                     R"(line="1">)"),
            std::string::npos)
      << xml;
  EXPECT_NE(xml.find(R"(<failure type="decimal-slip" message="error: )"), std::string::npos) << xml;
  EXPECT_NE(xml.find(R"(<testsuite name="two.txt" tests="2" failures="2" errors="0")"), std::string::npos) << xml;
  EXPECT_NE(xml.find(R"(name="calendar at two.txt:5:)"), std::string::npos) << xml;
  EXPECT_NE(xml.find(R"(<testcase classname="clean.txt" name="no findings" file="clean.txt"/>)"), std::string::npos)
      << xml;
  EXPECT_NE(xml.find(R"(<error type="input" message="empty file"/>)"), std::string::npos) << xml;
  EXPECT_NE(xml.find(R"(<testsuites name="claimcheck" tests="6" failures="4" errors="1">)"), std::string::npos) << xml;
  const std::string verdict = validate_junit(dir_ / "report.xml", dir_);
  if (verdict.empty()) GTEST_SKIP() << "xmllint (libxml2-utils) not installed: the JUnit schema is not checked";
  EXPECT_EQ(verdict.rfind("valid: ", 0), 0U) << verdict;
}

}  // namespace
}  // namespace claimcheck::testing
