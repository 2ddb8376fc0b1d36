// The JSON that `check --format json|gitlab|rdjson`, `extract --format json|jsonl` and
// `rules --format json` write, validated against the schemas published in docs/schema/
// (with python3's jsonschema, Debian python3-jsonschema). The report schemas refuse fields
// they do not document, so a field added to a report without its documentation fails
// here; the GitLab and reviewdog schemas say what those consumers accept (docs/ci.md).
// Every other CLI test's JSON is validated too, by the fixture (cli/produced_json.hpp);
// here every format runs over the samples, the corpus and a folder of broken inputs.

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "cli/cli_fixture.hpp"
#include "cli/produced_json.hpp"

namespace claimcheck::testing {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

class CliSchema : public Cli {
 protected:
  // Articles that exercise every part of the reports: findings with and without a
  // suggestion, a change with its from and to values, a multiple, a weekday beside a
  // date, a JSON Lines feed with a broken record, invalid UTF-8 and an empty file.
  void write_articles() {
    write("slip.txt", kSlipArticle);
    write("majority.md",
          "---\ntitle: Meta results\ndate: 2026-04-08\n---\n\nMeta shares rose 3.1% on Monday.\n\n"
          "Meta shares gained 3.1% on Monday after results.\n\nMeta's shares climbed 31% on Monday.\n");
    write("changes.txt",
          "Meta Revenue Climbs\n\nMeta revenue rose 35% from $10 billion to $11 billion on Wednesday, 14 May 2026.\n\n"
          "Meta's profit doubled from $2 billion to $4 billion.\n");
    write("feed.jsonl",
          "{\"id\": 1, \"title\": \"Meta Stock Rises 25%\", \"body\": \"Meta's stock rose 2.5%.\"}\n"
          "{\"id\": 2}\n");
    write("latin1.txt", "Meta's shares rose 3.1% on Monday.\nThe caf\xE9 sold 12 cakes.\n");
    write("empty.txt", "");
  }

  // Exit status of the validator on `file`: 0 valid, 1 not (its report in `why`); skips
  // the test when python3 or its jsonschema module is missing.
  int validate(const fs::path& file, const std::string& schema, bool lines, std::string& why) {
    const fs::path out = dir_ / "validate.txt";
    const std::string cmd = std::string("'") + CLAIMCHECK_PYTHON + "' '" + CLAIMCHECK_SOURCE_DIR +
                            "/tests/support/validate_json.py' '" + CLAIMCHECK_SOURCE_DIR + "/docs/schema/" + schema +
                            "' '" + file.string() + "'" + (lines ? " --lines" : "") + " >'" + out.string() + "' 2>&1";
    const int status = std::system(cmd.c_str());
    why = slurp(out);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  }

  void expect_valid(const std::string& args, const std::string& schema, bool lines = false) {
    write("produced.json", run(args).out);
    std::string why;
    const int status = validate(dir_ / "produced.json", schema, lines, why);
    if (status == 77 || status == 127) GTEST_SKIP() << "JSON Schema validation skipped: " << why;
    EXPECT_EQ(status, 0) << "claimcheck " << args << "\n" << why;
  }
};

TEST_F(CliSchema, CheckReportsMatchTheirSchema) {
  write_articles();
  const std::string inputs = " slip.txt majority.md changes.txt feed.jsonl latin1.txt empty.txt";
  expect_valid("check --format json" + inputs, "report.schema.json");
  if (IsSkipped()) return;
  run("check --write-baseline base.json slip.txt");
  expect_valid("check --format json --baseline base.json" + inputs, "report.schema.json");
  expect_valid("check --format json clean-but-missing.txt", "report.schema.json");
}

TEST_F(CliSchema, ExtractReportAndClaimStreamMatchTheirSchemas) {
  write_articles();
  const std::string inputs = " slip.txt majority.md changes.txt feed.jsonl latin1.txt";
  expect_valid("extract --format json" + inputs, "report.schema.json");
  if (IsSkipped()) return;
  const json extracted = json::parse(run("extract --format json changes.txt").out);
  const json& doc = extracted["documents"][0];
  // The articles do reach the optional parts, so the schema is checked on them too.
  EXPECT_FALSE(doc["changes"].empty()) << doc.dump();
  EXPECT_FALSE(doc["calendar"].empty()) << doc.dump();
  expect_valid("extract --format jsonl" + inputs, "claims.schema.json", true);
}

TEST_F(CliSchema, AnUndocumentedFieldFailsValidation) {
  write("slip.txt", kSlipArticle);
  json report = json::parse(run("check --format json slip.txt").out);
  report["findings"][0]["claims"][0]["undocumented"] = 1;
  write("changed.json", report.dump());
  std::string why;
  const int status = validate(dir_ / "changed.json", "report.schema.json", false, why);
  if (status == 77 || status == 127) GTEST_SKIP() << "JSON Schema validation skipped: " << why;
  EXPECT_EQ(status, 1) << why;
  EXPECT_NE(why.find("undocumented"), std::string::npos) << why;
}

// Every JSON format over the shipped samples, the test corpus and a folder of inputs that
// cannot be read: the fixture validates each output when the test ends.
TEST_F(CliSchema, EveryJsonFormatOverSamplesCorpusAndBrokenInputsMatchesItsSchema) {
  fs::copy(fs::path(CLAIMCHECK_SOURCE_DIR) / "samples", dir_ / "samples", fs::copy_options::recursive);
  fs::copy(fs::path(CLAIMCHECK_SOURCE_DIR) / "tests/corpus", dir_ / "corpus", fs::copy_options::recursive);
  write("broken/empty.txt", "");
  write("broken/latin1.txt", "The caf\xE9 sold 12 cakes.\n");
  write("broken/binary.txt", std::string("\x7f"
                                         "ELF\0\0\x01",
                                         7));
  write("broken/front.md", "---\ntitle: [unclosed\n---\n\nMeta's shares rose 3.1%.\n");
  write("broken/feed.jsonl",
        "{\"id\": 1, \"body\": \"Meta's shares rose 3.1%.\"}\n{\"id\": 2}\nnot json\n{\"id\": 3, \"body\": 7}\n");
  write("broken/slip.md", std::string("<!-- claimcheck-disable-next-line decimal-slip -->\n") + kSlipArticle);
  const std::vector<std::string> inputs = {"--config samples/.claimcheck.json samples/", "--no-config corpus/",
                                           "--no-config broken/", "--no-config samples/ corpus/ broken/"};
  std::size_t reports = 0;
  for (const std::string& in : inputs) {
    for (const char* format : {"json", "gitlab", "rdjson"}) {
      const CliRun r = run(std::string("check --format ") + format + " " + in);
      EXPECT_NE(r.exit_code, -1);
      reports += r.out.empty() ? 0 : 1;
    }
    reports += run("check --format json --report-unused-suppressions " + in).out.empty() ? 0 : 1;
    reports += run("extract --format json " + in).out.empty() ? 0 : 1;
    reports += run("extract --format jsonl " + in).out.empty() ? 0 : 1;
  }
  run("check --write-baseline base.json --no-config corpus/");
  reports += run("check --format json --baseline base.json --no-config corpus/ broken/").out.empty() ? 0 : 1;
  reports += run("check --format gitlab -o gl.json --no-config corpus/").exit_code >= 0 ? 1 : 0;
  write("config/.claimcheck.json",
        "{\"rules\": {\"calendar\": \"off\", \"consistency\": {\"severity\": \"info\"},"
        " \"decimal-slip\": {\"parameters\": {\"max_power\": 2}}}}");
  reports += run("rules --format json").out.empty() ? 0 : 1;
  reports += run("rules --format json --config config/.claimcheck.json").out.empty() ? 0 : 1;
  EXPECT_EQ(reports, inputs.size() * 6 + 4);  // every one wrote its report
}

// The GitLab and reviewdog schemas refuse what their consumers would: a path GitLab cannot
// match, a field reviewdog's decoder does not know.
TEST_F(CliSchema, ConsumerSchemasRefuseWhatTheConsumerWould) {
  write("slip.txt", kSlipArticle);
  json gitlab = json::parse(run("check --format gitlab slip.txt").out);
  gitlab[0]["location"]["path"] = "./slip.txt";
  write("gitlab.json", gitlab.dump());
  json rdjson = json::parse(run("check --format rdjson slip.txt").out);
  rdjson["diagnostics"][0]["location"]["range"]["start"]["col"] = 3;
  write("rdjson.json", rdjson.dump());
  std::string why;
  int status = validate(dir_ / "gitlab.json", "gitlab-code-quality.schema.json", false, why);
  if (status == 77 || status == 127) GTEST_SKIP() << "JSON Schema validation skipped: " << why;
  EXPECT_EQ(status, 1) << why;
  EXPECT_NE(why.find("/0/location/path"), std::string::npos) << why;
  status = validate(dir_ / "rdjson.json", "rdjson.schema.json", false, why);
  EXPECT_EQ(status, 1) << why;
  EXPECT_NE(why.find("'col'"), std::string::npos) << why;
}

// The fixture's check itself: a document that breaks its schema, and a GitLab report with
// a fingerprint twice, are reported with the command that wrote them.
TEST(ProducedJsonTest, ReportsTheCommandOfADocumentThatBreaksItsSchema) {
  const fs::path dir = fs::temp_directory_path() / ("claimcheck-produced-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  ProducedJson produced(dir);
  produced.record(R"({"version": 1, "rules": [{"id": "x"}]})", JsonFormat{"rules.schema.json"}, "claimcheck rules X");
  produced.record(R"([{"description": "d", "check_name": "c", "fingerprint": "f", "severity": "major",
                      "location": {"path": "a.txt", "lines": {"begin": 1}}},
                     {"description": "d", "check_name": "c", "fingerprint": "f", "severity": "major",
                      "location": {"path": "a.txt", "lines": {"begin": 2}}}])",
                  JsonFormat{"gitlab-code-quality.schema.json"}, "claimcheck check Y");
  std::string skipped;
  const std::string violations = produced.validate(skipped);
  fs::remove_all(dir);
  EXPECT_NE(violations.find("claimcheck check Y: fingerprint f is on 2 issues"), std::string::npos) << violations;
  if (!skipped.empty()) GTEST_SKIP() << "JSON Schema validation skipped: " << skipped;
  EXPECT_NE(violations.find("claimcheck rules X (rules.schema.json): document: /rules/0: 'kind' is a required"),
            std::string::npos)
      << violations;
}

TEST(ProducedJsonTest, KnowsWhichCommandsWriteWhichFormat) {
  EXPECT_EQ(json_format_of("check --format json a.txt")->schema, "report.schema.json");
  EXPECT_EQ(json_format_of("check --no-config --format=rdjson a.txt")->schema, "rdjson.schema.json");
  EXPECT_EQ(json_format_of("check --format gitlab -o gl.json a")->schema, "gitlab-code-quality.schema.json");
  EXPECT_TRUE(json_format_of("extract --format jsonl a.txt")->lines);
  EXPECT_EQ(json_format_of("rules --format json")->schema, "rules.schema.json");
  EXPECT_FALSE(json_format_of("check --format sarif a.txt"));
  EXPECT_FALSE(json_format_of("check a.txt"));
  EXPECT_FALSE(json_format_of("explain decimal-slip"));
  EXPECT_EQ(output_file_of("check --format json -o 'my report.json' a.txt"), "my report.json");
  EXPECT_EQ(output_file_of("check --output=r.json a.txt"), "r.json");
  EXPECT_FALSE(output_file_of("check --format json a.txt"));
  EXPECT_TRUE(redirects_stdout("check --format json a.txt | head"));
  EXPECT_TRUE(redirects_stdout("check --format json a.txt 2>&1"));
  EXPECT_FALSE(redirects_stdout("check --format json a.txt 2>/dev/null"));
}

}  // namespace
}  // namespace claimcheck::testing
