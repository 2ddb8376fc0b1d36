// The JSON that `check --format json`, `extract --format json` and `extract --format
// jsonl` write, validated against the schemas published in docs/schema/ (with python3's
// jsonschema, Debian python3-jsonschema). The schemas refuse fields they do not
// document, so a field added to a report without its documentation fails here.

#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "cli/cli_fixture.hpp"

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
    const std::string cmd = std::string("python3 '") + CLAIMCHECK_SOURCE_DIR + "/tests/support/validate_json.py' '" +
                            CLAIMCHECK_SOURCE_DIR + "/docs/schema/" + schema + "' '" + file.string() + "'" +
                            (lines ? " --lines" : "") + " >'" + out.string() + "' 2>&1";
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

}  // namespace
}  // namespace claimcheck::testing
