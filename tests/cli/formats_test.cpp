// `check --format sarif|github|junit`: the shapes CI systems read, checked on the built
// binary. The SARIF log also goes through Microsoft's SARIF Multitool where npm can
// install it (into the build tree, at test time).

#include <gtest/gtest.h>

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
  bool found_rule = false;
  for (const json& rule : rules) {
    EXPECT_TRUE(rule.contains("shortDescription") && rule.contains("fullDescription")) << rule.dump();
    if (rule["id"] == "decimal-slip") {
      found_rule = true;
      EXPECT_EQ(rule["defaultConfiguration"]["level"], "error");
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

// Installs @microsoft/sarif-multitool under the build tree once; false when npm or the
// registry is not available.
bool install_multitool(const fs::path& dir, std::string& why) {
  if (fs::exists(dir / "node_modules" / ".bin" / "sarif-multitool")) return true;
  if (std::system("command -v npm >/dev/null 2>&1") != 0) {
    why = "npm is not installed";
    return false;
  }
  fs::create_directories(dir);
  const std::string cmd = "cd '" + dir.string() +
                          "' && timeout 300 npm install --no-audit --no-fund --loglevel=error "
                          "@microsoft/sarif-multitool >npm-install.log 2>&1";
  if (std::system(cmd.c_str()) != 0) {
    why = "npm install @microsoft/sarif-multitool failed (no network?): see " + (dir / "npm-install.log").string();
    return false;
  }
  return true;
}

TEST_F(CliFormats, SarifPassesTheSarifMultitoolValidator) {
  write_articles();
  write("sub/markdown.md", "---\ntitle: Meta Stock Rises 25% on Muse Spark\n---\n\nMeta's stock rose 2.5% today.\n");
  ASSERT_EQ(run("check --format sarif -o report.sarif slip.txt clean.txt empty.txt sub").exit_code, 2);
  const fs::path tools = CLAIMCHECK_TEST_TOOLS_DIR;
  std::string why;
  if (!install_multitool(tools, why)) GTEST_SKIP() << "SARIF validation skipped: " << why;
  // The multitool exits 0 whatever it finds; its findings are in the log it writes.
  const fs::path validation = dir_ / "validation.sarif";
  const std::string cmd = "cd '" + tools.string() + "' && npx --no-install sarif-multitool validate -o '" +
                          validation.string() + "' '" + (dir_ / "report.sarif").string() + "' >'" +
                          (dir_ / "validate.log").string() + "' 2>&1";
  const int status = std::system(cmd.c_str());
  ASSERT_TRUE(status == 0 && fs::exists(validation)) << "the validator did not run (status " << status << "):\n"
                                                     << slurp(dir_ / "validate.log");
  const json log = json::parse(slurp(validation));
  int errors = 0;
  for (const json& result : log["runs"][0].value("results", json::array())) {
    const std::string level = result.value("level", "warning");
    if (level == "error") ++errors;
    std::cout << "validator " << level << ": " << result.value("ruleId", "") << " " << result["message"].dump() << '\n';
  }
  EXPECT_EQ(errors, 0) << slurp(dir_ / "validate.log");
}

TEST_F(CliFormats, GithubOutputIsOneWorkflowCommandPerLine) {
  write_articles();
  write("q1: a,b.txt", kSlipArticle);
  const CliRun r = run("check --format github slip.txt empty.txt 'q1: a,b.txt'");
  EXPECT_EQ(r.exit_code, 2);
  const std::regex command(R"(::(error|warning|notice) ([a-zA-Z]+=[^,:]*)(,[a-zA-Z]+=[^,:]*)*::[^\r\n]+)");
  const std::vector<std::string> lines = lines_of(r.out);
  ASSERT_EQ(lines.size(), 3U) << r.out;
  for (const std::string& line : lines) EXPECT_TRUE(std::regex_match(line, command)) << line;
  EXPECT_EQ(lines[0].rfind("::error file=q1%3A a%2Cb.txt,line=1,endLine=1,col=18,endColumn=21,title=decimal-slip::", 0),
            0U)
      << lines[0];
  // '%' in the message is escaped, and the working follows on an encoded new line.
  EXPECT_NE(lines[0].find("25%25"), std::string::npos) << lines[0];
  EXPECT_NE(lines[0].find("%0Aworking: "), std::string::npos) << lines[0];
  EXPECT_EQ(lines[2], "::error file=empty.txt,title=claimcheck::empty.txt: empty file");
}

// Parses `xml` with python3's xml.etree when python3 is there; returns "tests failures
// errors" of the root element, or "" (and skips) without python3.
std::string parse_junit(const fs::path& file, const fs::path& dir) {
  if (std::system("command -v python3 >/dev/null 2>&1") != 0) return "";
  const fs::path out = dir / "parsed.txt";
  const std::string cmd =
      "python3 -c 'import sys, xml.etree.ElementTree as E; r = E.parse(sys.argv[1]).getroot(); "
      "s = r.find(\"testsuite\"); "
      "print(r.tag, s.get(\"tests\"), s.get(\"failures\"), s.get(\"errors\"), "
      "len(s.findall(\"testcase\")), len(s.findall(\"testcase/failure\")))' '" +
      file.string() + "' >'" + out.string() + "' 2>&1";
  std::system(cmd.c_str());
  return slurp(out);
}

TEST_F(CliFormats, JunitIsWellFormedWithACasePerFile) {
  write_articles();
  write("a&b <\"odd\">.txt", kSlipArticle);
  const CliRun r = run("check --format junit -o report.xml slip.txt clean.txt empty.txt 'a&b <\"odd\">.txt'");
  EXPECT_EQ(r.exit_code, 2);
  const std::string xml = slurp(dir_ / "report.xml");
  EXPECT_NE(xml.find(R"(name="a&amp;b &lt;&quot;odd&quot;&gt;.txt")"), std::string::npos) << xml;
  EXPECT_NE(xml.find(R"(<failure type="decimal-slip" message="error: )"), std::string::npos) << xml;
  const std::string parsed = parse_junit(dir_ / "report.xml", dir_);
  if (parsed.empty()) GTEST_SKIP() << "python3 not found: well-formedness not checked";
  EXPECT_EQ(parsed, "testsuites 4 2 1 4 2\n");
}

}  // namespace
}  // namespace claimcheck::testing
