// `check --format gitlab` (GitLab Code Quality) and `--format rdjson` (reviewdog): the
// fields each consumer reads, on the built binary. Neither consumer installs here (GitLab
// is a server, reviewdog is neither in Debian nor on npm); every output is validated
// against docs/schema/gitlab-code-quality.schema.json and rdjson.schema.json, written from
// their documentation (the CLI fixture does it, cli/produced_json.hpp), and rdjson also
// with an independent validator of reviewdog's format from npm (docs/ci.md says which
// checks what).

#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <set>

#include "cli/cli_fixture.hpp"

namespace claimcheck::testing {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

// @umbrelladocs/rdformat-validator: a validator of the Reviewdog Diagnostic Format written
// from reviewdog's definition by others than reviewdog or claimcheck; pinned, so that a
// new release cannot change what the test means.
constexpr const char* kRdformatValidator = "@umbrelladocs/rdformat-validator@1.0.1";

class CliReviewFormats : public Cli {
 protected:
  void write_articles() {
    write("news/slip.txt", kSlipArticle);
    write("news/copy.txt", kSlipArticle);
    write("feed.jsonl", "{\"id\": 1, \"body\": \"Meta's shares rose 3.1%.\"}\n{\"id\": 2}\n");
  }
};

TEST_F(CliReviewFormats, GitlabCodeQualityHasAnIssuePerFindingAndInputError) {
  write_articles();
  const CliRun r = run("check --format gitlab ./news/slip.txt news/copy.txt feed.jsonl");
  EXPECT_EQ(r.exit_code, 2) << r.err;
  const json issues = json::parse(r.out);
  ASSERT_TRUE(issues.is_array());
  std::set<std::string> fingerprints;
  std::set<std::string> checks;
  for (const json& issue : issues) {
    // What GitLab requires of every issue.
    for (const char* field : {"description", "check_name", "fingerprint", "severity", "location"})
      EXPECT_TRUE(issue.contains(field)) << field << " in " << issue.dump();
    EXPECT_TRUE(std::set<std::string>({"info", "minor", "major", "critical", "blocker"}).contains(issue["severity"]));
    EXPECT_GE(issue["location"]["lines"]["begin"].get<int>(), 1);
    EXPECT_TRUE(fingerprints.insert(issue["fingerprint"].get<std::string>()).second) << "duplicate fingerprint";
    checks.insert(issue["check_name"].get<std::string>());
  }
  EXPECT_EQ(checks, std::set<std::string>({"decimal-slip", "claimcheck/input"}));
  ASSERT_GE(issues.size(), 3U) << r.out;
  const json& first = issues[0];
  EXPECT_EQ(first["check_name"], "decimal-slip");
  EXPECT_EQ(first["severity"], "major");
  EXPECT_EQ(first["location"]["path"], "news/slip.txt");  // "./" dropped: GitLab matches repository paths
  EXPECT_EQ(first["location"]["lines"]["begin"], 1);
  const json& input = issues.back();
  EXPECT_EQ(input["check_name"], "claimcheck/input");
  EXPECT_EQ(input["location"]["path"], "feed.jsonl");
  EXPECT_EQ(input["location"]["lines"]["begin"], 2);
  // The same findings give the same fingerprints on the next run (GitLab compares runs).
  EXPECT_EQ(json::parse(run("check --format gitlab ./news/slip.txt news/copy.txt feed.jsonl").out), issues);
  EXPECT_EQ(run("check --format gitlab news/copy.txt").out.substr(0, 1), "[");
}

TEST_F(CliReviewFormats, GitlabReportOfACleanRunIsAnEmptyArray) {
  write("clean.txt", "Meta's shares rose 3.1% on Monday.\n");
  const CliRun r = run("check --format gitlab clean.txt");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(json::parse(r.out), json::array());
}

TEST_F(CliReviewFormats, RdjsonHasADiagnosticPerFindingOnWholeLines) {
  write_articles();
  const CliRun r = run("check --format rdjson ./news/slip.txt feed.jsonl");
  EXPECT_EQ(r.exit_code, 2) << r.err;
  const json result = json::parse(r.out);
  EXPECT_EQ(result["source"]["name"], "claimcheck");
  EXPECT_EQ(result["severity"], "ERROR");
  const json& diagnostics = result["diagnostics"];
  ASSERT_EQ(diagnostics.size(), 2U) << r.out;
  const json& finding = diagnostics[0];
  EXPECT_EQ(finding["code"]["value"], "decimal-slip");
  EXPECT_EQ(finding["severity"], "ERROR");
  EXPECT_NE(finding["message"].get<std::string>().find("25%"), std::string::npos);
  EXPECT_EQ(finding["location"]["path"], "news/slip.txt");
  // Lines only: rdjson columns count UTF-8 bytes, which the report does not know.
  EXPECT_EQ(finding["location"]["range"], json::parse(R"({"start": {"line": 1}, "end": {"line": 1}})"));
  EXPECT_EQ(finding["original_output"].get<std::string>().rfind("working: ", 0), 0U);
  const json& input = diagnostics[1];
  EXPECT_EQ(input["code"]["value"], "claimcheck/input");
  EXPECT_EQ(input["location"]["range"]["start"]["line"], 2);
  EXPECT_EQ(input["severity"], "ERROR");
}

// The npm validator in its strictest mode (no field beyond the format's) on a report with
// findings, input errors and a notice; and, so that the check can fail, on one with a field
// reviewdog does not know.
TEST_F(CliReviewFormats, RdjsonPassesAnIndependentValidatorOfReviewdogsFormat) {
  write_articles();
  write("news/clean.md", "---\ntitle: [unclosed\n---\n\nMeta's shares rose 3.1%.\n");
  ASSERT_EQ(run("check --format rdjson -o report.json news/ feed.jsonl").exit_code, 2);
  json broken = json::parse(slurp(dir_ / "report.json"));
  broken["diagnostics"][0]["location"]["range"]["start"]["col"] = 3;
  write("broken.json", broken.dump());
  const fs::path tools = fs::path(CLAIMCHECK_TEST_TOOLS_DIR) / "rdformat-validator";
  std::string why;
  if (!npm_install(tools, kRdformatValidator, "node_modules/.bin/rdformat-validator", why))
    GTEST_SKIP() << "rdjson validation skipped: " << why;
  const auto validate = [&](const fs::path& file) {
    const fs::path log = dir_ / "rdformat.log";
    const std::string cmd = "'" + (tools / "node_modules/.bin/rdformat-validator").string() +
                            "' --strict --no-extra-fields --format json '" + file.string() + "' >'" + log.string() +
                            "' 2>&1";
    const int status = std::system(cmd.c_str());
    return std::make_pair(WIFEXITED(status) ? WEXITSTATUS(status) : -1, slurp(log));
  };
  const auto [status, log] = validate(dir_ / "report.json");
  EXPECT_EQ(status, 0) << log;
  EXPECT_EQ(json::parse(log)["totalWarnings"], 0) << log;
  const auto [broken_status, broken_log] = validate(dir_ / "broken.json");
  EXPECT_EQ(broken_status, 1) << broken_log;
}

TEST_F(CliReviewFormats, RdjsonOverallSeverityIsTheHighestReported) {
  write("clean.txt", "Meta's shares rose 3.1% on Monday.\n");
  const json result = json::parse(run("check --format rdjson clean.txt").out);
  EXPECT_EQ(result["diagnostics"], json::array());
  EXPECT_EQ(result["severity"], "INFO");
}

}  // namespace
}  // namespace claimcheck::testing
