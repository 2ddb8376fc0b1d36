// The built binary, as users and pipelines run it: exit codes, formats, errors.

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "cli/cli_fixture.hpp"
#include "support/test_support.hpp"

namespace claimcheck::testing {
namespace {

namespace fs = std::filesystem;

TEST_F(Cli, CleanArticleExitsZero) {
  write("clean.txt", "Meta's shares rose 3.1% on Monday.\n\nMeta shares gained 3.1% on Monday after results.\n");
  const CliRun r = run("check " + dir_.string());
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_NE(r.out.find("0 findings"), std::string::npos);
}

TEST_F(Cli, ErrorFindingExitsOneWithLocationAndCaret) {
  const fs::path a =
      write("slip.txt", "Meta Stock Rises 25% on Muse Spark\n\nMeta's stock rose 2.5%, reflecting tailwinds.\n");
  const CliRun r = run("check --no-color " + a.string());
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.out.find("1:18  error  decimal-slip"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("slip.txt:3:19  (body) 2.5%"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("^^^"), std::string::npos);
}

TEST_F(Cli, FailOnControlsTheExitCode) {
  const fs::path a =
      write("slip.txt", "Meta Stock Rises 25% on Muse Spark\n\nMeta's stock rose 2.5%, reflecting tailwinds.\n");
  EXPECT_EQ(run("check --fail-on none " + a.string()).exit_code, 0);
  EXPECT_EQ(run("check --fail-on warning " + a.string()).exit_code, 1);
}

TEST_F(Cli, MissingFileExitsTwoNamingIt) {
  const CliRun r = run("check " + (dir_ / "no-such-article.txt").string());
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("no-such-article.txt: no such file or directory"), std::string::npos) << r.err;
}

TEST_F(Cli, BadFileDoesNotHideFindingsInGoodOnes) {
  write("slip.txt", "Meta Stock Rises 25% on Muse Spark\n\nMeta's stock rose 2.5%, reflecting tailwinds.\n");
  write("binary.txt", std::string("abc\0def", 7));
  write("empty.txt", "");
  const CliRun r = run("check --format json " + dir_.string());
  EXPECT_EQ(r.exit_code, 2);
  const auto report = nlohmann::json::parse(r.out);
  EXPECT_EQ(report["findings"].size(), 1U);
  EXPECT_EQ(report["diagnostics"].size(), 2U);
  EXPECT_NE(r.err.find("binary.txt: binary file"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("empty.txt: empty file"), std::string::npos) << r.err;
}

TEST_F(Cli, JsonReportHasAVersionAndQuotesTheClaims) {
  const CliRun r = run("check --format json " + samples_dir().string());
  EXPECT_EQ(r.exit_code, 1);
  const auto report = nlohmann::json::parse(r.out);
  EXPECT_EQ(report["version"], 1);
  EXPECT_EQ(report["summary"]["files"], 7);
  ASSERT_FALSE(report["findings"].empty());
  const auto& f = report["findings"][0];
  for (const char* key : {"rule", "severity", "confidence", "message", "working", "claims", "fingerprint"}) {
    EXPECT_TRUE(f.contains(key)) << key;
  }
  EXPECT_TRUE(f["claims"][0]["span"].contains("line"));
}

TEST_F(Cli, ClaimStreamGivesTheSameFindingsAsTheArticles) {
  const CliRun direct = run("check --format json " + samples_dir().string());
  const CliRun extracted = run("extract --format jsonl " + samples_dir().string());
  ASSERT_EQ(extracted.exit_code, 0);
  write("claims.jsonl", extracted.out);
  const CliRun streamed = run("check --format json --claims " + (dir_ / "claims.jsonl").string());
  EXPECT_EQ(streamed.exit_code, direct.exit_code);
  EXPECT_EQ(nlohmann::json::parse(streamed.out)["findings"], nlohmann::json::parse(direct.out)["findings"]);
}

TEST_F(Cli, ExtractJsonListsClaims) {
  const fs::path a = write("a.txt", "Meta's stock rose 2.5% on the news.\n");
  const CliRun r = run("extract --format json " + a.string());
  EXPECT_EQ(r.exit_code, 0);
  const auto doc = nlohmann::json::parse(r.out);
  EXPECT_EQ(doc["documents"][0]["claims"][0]["text"], "2.5%");
}

TEST_F(Cli, BadRuleFileIsNamed) {
  write("rules.json", "{\"id\": \"x\", \"kind\": \"consistency\"}");
  const CliRun r = run("check --rules " + dir_.string() + " " + samples_dir().string());
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("rules.json: missing field 'description'"), std::string::npos) << r.err;
}

TEST_F(Cli, UsageErrorsExitTwo) {
  EXPECT_EQ(run("check --format yaml x").exit_code, 2);
  EXPECT_EQ(run("").exit_code, 2);
  EXPECT_EQ(run("--version").exit_code, 0);
}

class CliIo : public Cli {};

TEST_F(CliIo, ReadsAnArticleFromStandardInput) {
  const fs::path a = write("in.txt", "Meta Stock Rises 25% Today\n\nMeta's stock rose 2.5% on the day.\n");
  const CliRun r = run("check --no-color - < " + a.string());
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.out.find("<stdin>"), std::string::npos) << r.out;
}

TEST_F(CliIo, ReadsJsonLinesArticlesFromStandardInput) {
  const fs::path a =
      write("in.jsonl",
            "{\"id\": \"a1\", \"title\": \"Meta Stock Rises 25% Today\", \"body\": \"Meta's stock rose "
            "2.5% on the day.\"}\nnot a record\n{\"id\": \"a2\", \"body\": \"Meta's revenue rose 3%.\"}\n");
  const CliRun r = run("check --format json --stdin-format jsonl - < " + a.string());
  EXPECT_EQ(r.exit_code, 2) << "a broken record is an input error; the others are still checked";
  const auto report = nlohmann::json::parse(r.out);
  ASSERT_EQ(report["findings"].size(), 1U);
  EXPECT_EQ(report["findings"][0]["claims"][0]["document"], "<stdin>#a1");
  EXPECT_EQ(report["findings"][0]["claims"][0]["span"]["line"], 1);
  EXPECT_EQ(report["summary"]["claims"], 3);
  EXPECT_NE(r.err.find("<stdin>: line 2: invalid JSON"), std::string::npos) << r.err;
}

TEST_F(CliIo, OutputFileIsWrittenWholeAndAFailedWriteLeavesTheOldOneAlone) {
  const fs::path report = dir_ / "report.json";
  const CliRun r = run("check --format json -o " + report.string() + " " + samples_dir().string());
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_TRUE(r.out.empty());
  EXPECT_EQ(nlohmann::json::parse(slurp(report))["summary"]["files"], 7);
  for (const auto& entry : fs::directory_iterator(dir_)) {
    EXPECT_EQ(entry.path().filename().string().rfind(".report", 0), std::string::npos) << "temporary file left behind";
  }
  const CliRun bad = run("check -o " + (dir_ / "missing" / "r.json").string() + " " + samples_dir().string());
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_NE(bad.err.find("missing/r.json: cannot write"), std::string::npos) << bad.err;
}

TEST_F(CliIo, ClosedStandardOutputIsAnErrorNotACrash) {
  // Enough output to fill a pipe whose reader has gone.
  std::string many;
  for (int i = 0; i < 400; ++i) many += "Meta Stock Rises 25% Today\n\nMeta's stock rose 2.5% on the day.\n\n";
  const fs::path a = write("big.txt", many);
  const std::string cmd = std::string(CLAIMCHECK_BINARY) + " extract " + a.string() + " 2>" + (dir_ / "err").string() +
                          " | head -c 1 >/dev/null; echo ${PIPESTATUS[0]} > " + (dir_ / "status").string();
  ASSERT_EQ(std::system(("bash -c '" + cmd + "'").c_str()), 0);
  EXPECT_EQ(slurp(dir_ / "status"), "2\n");
  EXPECT_NE(slurp(dir_ / "err").find("cannot write to standard output"), std::string::npos);
}

}  // namespace
}  // namespace claimcheck::testing
