// JSON Lines article input end to end: one document per record, locations in the file.

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "cli/cli_fixture.hpp"
#include "read/jsonl_format.hpp"

namespace claimcheck::testing {
namespace {

using nlohmann::json;

class CliJsonl : public Cli {
 protected:
  void write_feed() {
    write(
        "feed.jsonl",
        R"({"id": "m1", "title": "Meta Stock Rises 25% on Muse Spark", "body": "Meta's \"stock\" rose 2.5%,\nas expected.", "date": "2026-04-09T10:00:00Z", "source": "wire"})"
        "\n"
        R"({"id": "m2", "title": "broken)"
        "\n\n"
        R"({"body": "Halcyon shares fell 3.1% in early trading.", "title": "Halcyon Shares Slide 31% After Miss", "id": 7})"
        "\n"
        R"({"id": "m4", "title": "Meta steady", "date": null})"
        "\n");
  }
};

TEST_F(CliJsonl, EachRecordIsADocumentAndLocationsPointIntoTheFile) {
  write_feed();
  const CliRun r = run("check --format json feed.jsonl");
  EXPECT_EQ(r.exit_code, 2) << r.err;  // two broken records
  const json report = json::parse(r.out);
  ASSERT_EQ(report["findings"].size(), 2U) << r.out;
  const std::vector<std::string> lines = lines_of(slurp(dir_ / "feed.jsonl"));
  for (const json& finding : report["findings"]) {
    for (const json& claim : finding["claims"]) {
      const std::string& line = lines.at(claim["span"]["line"].get<std::size_t>() - 1);
      // Plain ASCII records: the column is the byte position in the line.
      EXPECT_EQ(line.substr(claim["span"]["column"].get<std::size_t>() - 1, claim["text"].get<std::string>().size()),
                claim["text"])
          << claim.dump();
    }
  }
  EXPECT_EQ(report["findings"][0]["claims"][0]["document"], "feed.jsonl#7");
  EXPECT_EQ(report["findings"][0]["claims"][0]["span"]["line"], 4);
  EXPECT_EQ(report["findings"][0]["claims"][0]["role"], "headline");
  EXPECT_EQ(report["findings"][1]["claims"][0]["document"], "feed.jsonl#m1");
  EXPECT_EQ(report["findings"][1]["claims"][1]["span"]["line"], 1);
  EXPECT_EQ(report["summary"]["files"], 1);
}

TEST_F(CliJsonl, BrokenRecordsAreOneLineErrorsNamingFileAndLine) {
  write_feed();
  const CliRun r = run("check --no-color feed.jsonl");
  EXPECT_EQ(r.exit_code, 2);
  const std::vector<std::string> errors = lines_of(r.err);
  ASSERT_EQ(errors.size(), 2U) << r.err;
  EXPECT_EQ(errors[0].rfind("claimcheck: error: feed.jsonl: line 2: invalid JSON: parse error at line 1", 0), 0U)
      << errors[0];
  EXPECT_EQ(errors[1], "claimcheck: error: feed.jsonl: line 5: missing field 'body'");
  EXPECT_NE(r.out.find("2 findings (2 errors, 0 warnings, 0 info) in 1 file"), std::string::npos) << r.out;
}

TEST_F(CliJsonl, FormatsNameTheFileAndSuppressionsWorkInsideRecords) {
  // Record s: the comment covers a body line, but the questioned claim is the headline's.
  // Record t: the comment covers the line of the questioned claim (25%).
  write(
      "feed.jsonl",
      R"({"id": "s", "title": "Meta Stock Rises 25% on Muse Spark", "body": "Intro.\n<!-- claimcheck-disable-next-line -->\nMeta's stock rose 2.5% today."})"
      "\n"
      R"({"id": "t", "title": "Meta steady", "body": "<!-- claimcheck-disable-next-line -->\nMeta's stock rose 25% after the Muse Spark model launch.\nMeta's stock rose 2.5% after the Muse Spark model launch today."})"
      "\n");
  const json report = json::parse(run("check --format json feed.jsonl").out);
  EXPECT_EQ(report["summary"]["suppressed"], 1);
  ASSERT_EQ(report["findings"].size(), 1U);
  EXPECT_EQ(report["findings"][0]["claims"][0]["document"], "feed.jsonl#s");
  write("feed.jsonl", R"({"id": "x", "title": "Meta Stock Rises 25% on Muse Spark", "body": "Meta's stock rose 2.5%."})"
                      "\n");
  const json sarif = json::parse(run("check --format sarif feed.jsonl").out);
  const json& location = sarif["runs"][0]["results"][0]["locations"][0]["physicalLocation"];
  EXPECT_EQ(location["artifactLocation"]["uri"], "feed.jsonl");
  EXPECT_EQ(location["region"]["startLine"], 1);
  const CliRun github = run("check --format github feed.jsonl");
  EXPECT_NE(github.out.find("\n::error file=feed.jsonl,line=1,"), std::string::npos) << github.out;
}

TEST(JsonlFormat, DocumentFileStripsTheRecordId) {
  EXPECT_EQ(document_file("desk/feed.jsonl#a#1"), "desk/feed.jsonl");
  EXPECT_EQ(document_file("desk/story#1.txt"), "desk/story#1.txt");
  EXPECT_EQ(document_file("story.txt"), "story.txt");
}

}  // namespace
}  // namespace claimcheck::testing
