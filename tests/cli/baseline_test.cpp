// --write-baseline / --baseline end to end: only new findings, robust to moved lines.

#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <utility>
#include <vector>

#include "cli/cli_fixture.hpp"
#include "support/test_support.hpp"

namespace claimcheck::testing {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

class CliBaseline : public Cli {};

TEST_F(CliBaseline, WrittenAtomicallyWithFingerprintsRulesFilesAndMessages) {
  write("desk/slip.txt", kSlipArticle);
  const CliRun r = run("check --write-baseline baseline.json desk");
  EXPECT_EQ(r.exit_code, 1) << r.err;  // writing a baseline reports as usual
  const json baseline = json::parse(slurp(dir_ / "baseline.json"));
  EXPECT_EQ(baseline["version"], 1);
  ASSERT_EQ(baseline["findings"].size(), 1U);
  const json& entry = baseline["findings"][0];
  EXPECT_EQ(entry["rule"], "decimal-slip");
  EXPECT_EQ(entry["file"], "desk/slip.txt");
  EXPECT_EQ(entry["fingerprint"].get<std::string>().size(), 16U);
  EXPECT_NE(entry["message"].get<std::string>().find("misplaced decimal point"), std::string::npos);
  for (const auto& e : fs::directory_iterator(dir_)) {
    EXPECT_EQ(e.path().filename().string().rfind(".baseline.json", 0), std::string::npos) << "temporary file left";
  }
  const CliRun bad = run("check --write-baseline missing/b.json desk");
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_NE(bad.err.find("missing/b.json: cannot write"), std::string::npos) << bad.err;
}

TEST_F(CliBaseline, OnlyNewFindingsAreReportedEvenWhenLinesMove) {
  write("desk/slip.txt", kSlipArticle);
  ASSERT_EQ(run("check --write-baseline baseline.json desk").exit_code, 1);
  // Lines shift: blank lines and a note under the headline; the finding is still the
  // accepted one.
  write("desk/slip.txt",
        "Meta Stock Rises 25% on Muse Spark\n\n\n\nEditor's note: updated.\n\nMeta's stock rose 2.5%, reflecting "
        "tailwinds.\n");
  const CliRun same = run("check --no-color --baseline baseline.json desk");
  EXPECT_EQ(same.exit_code, 0) << same.out;
  EXPECT_NE(same.out.find("0 findings"), std::string::npos) << same.out;
  EXPECT_NE(same.out.find("; 1 in the baseline"), std::string::npos) << same.out;
  // A new article with the same mistake is new.
  write("desk/later.txt", "Halcyon Shares Slide 31% After Miss\n\nHalcyon shares fell 3.1% in early trading.\n");
  const CliRun more = run("check --format json --baseline baseline.json desk");
  EXPECT_EQ(more.exit_code, 1);
  const json report = json::parse(more.out);
  ASSERT_EQ(report["findings"].size(), 1U) << more.out;
  EXPECT_EQ(report["findings"][0]["claims"][0]["document"], "desk/later.txt");
  EXPECT_EQ(report["summary"]["baselined"], 1);
}

TEST_F(CliBaseline, BadBaselineIsOneLineNamingTheFile) {
  write("slip.txt", kSlipArticle);
  write("broken.json", "{\"findings\": [\n  {\"fingerprint\": 12}\n]}\n");
  write("syntax.json", "{\"findings\": [\n,\n]}\n");
  const CliRun broken = run("check --baseline broken.json slip.txt");
  EXPECT_EQ(broken.exit_code, 2);
  EXPECT_EQ(broken.err, "claimcheck: error: broken.json: field 'findings[0].fingerprint' must be a string\n");
  const CliRun syntax = run("check --baseline syntax.json slip.txt");
  EXPECT_EQ(syntax.exit_code, 2);
  EXPECT_NE(syntax.err.find("syntax.json: invalid JSON in baseline: parse error at line 2"), std::string::npos)
      << syntax.err;
  EXPECT_EQ(run("check --baseline none.json slip.txt").err, "claimcheck: error: none.json: cannot open baseline\n");
}

// A fingerprint hashes the path relative to the configuration's folder (else the
// repository root), so a baseline holds however the folder is spelled and wherever the
// run starts.
TEST_F(CliBaseline, SurvivesEveryPathSpellingAndWorkingDirectory) {
  write(".claimcheck.json", "{}\n");
  write("articles/slip.txt", kSlipArticle);
  write("articles/desk/later.txt",
        "Halcyon Shares Slide 31% After Miss\n\nHalcyon shares fell 3.1% in early trading.\n");
  ASSERT_EQ(run("check --write-baseline b1.json articles/").exit_code, 1);
  ASSERT_EQ(run("check --write-baseline b2.json ./articles").exit_code, 1);
  ASSERT_EQ(run("check --write-baseline ../b3.json .", "articles").exit_code, 1);
  ASSERT_EQ(run("check --write-baseline b4.json " + (dir_ / "articles/../articles").string()).exit_code, 1);
  const std::string written = slurp(dir_ / "b1.json");
  EXPECT_EQ(json::parse(written)["findings"].size(), 2U);
  EXPECT_EQ(slurp(dir_ / "b2.json"), written);
  EXPECT_EQ(slurp(dir_ / "b3.json"), written);
  EXPECT_EQ(slurp(dir_ / "b4.json"), written);
  EXPECT_NE(written.find("\"file\": \"articles/desk/later.txt\""), std::string::npos) << written;
  for (const auto& [args, cwd] : std::vector<std::pair<std::string, std::string>>{
           {"check --baseline b1.json ./articles/", ""},
           {"check --baseline ../b1.json .", "articles"},
           {"check --baseline ../../b1.json ..", "articles/desk"},
           {"check --baseline b1.json articles/slip.txt articles/desk/later.txt", ""}}) {
    const CliRun r = run(args + " --format json", cwd);
    EXPECT_EQ(r.exit_code, 0) << args << " in " << cwd << "\n" << r.out << r.err;
    EXPECT_EQ(json::parse(r.out)["summary"]["baselined"], 2) << args;
  }
  // The JSON report's fingerprints are the baseline's.
  const json report = json::parse(run("check --format json ./articles").out);
  EXPECT_NE(written.find(report["findings"][0]["fingerprint"].get<std::string>()), std::string::npos);
}

TEST_F(CliBaseline, WithoutAConfigurationTheRepositoryRootIsTheBase) {
  write("repo/.git/HEAD", "ref: refs/heads/main\n");
  write("repo/articles/slip.txt", kSlipArticle);
  ASSERT_EQ(run("check --write-baseline ../b.json articles", "repo").exit_code, 1);
  EXPECT_EQ(run("check --baseline ../../b.json .", "repo/articles").exit_code, 0);
}

// A baseline written before fingerprints were rebased hashed the path as given: it still
// silences the same findings given the same path.
TEST_F(CliBaseline, OlderBaselinesStillMatch) {
  const fs::path article = write("articles/slip.txt", kSlipArticle);
  const std::vector<Finding> findings = pipeline().check({article.string()}).findings;
  ASSERT_EQ(findings.size(), 1U);
  json old = {{"version", 1},
              {"tool", "claimcheck"},
              {"findings",
               {{{"fingerprint", findings[0].fingerprint},
                 {"rule", "decimal-slip"},
                 {"file", article.string()},
                 {"message", findings[0].message}}}}};
  write("old.json", old.dump(2));
  const CliRun r = run("check --format json --baseline old.json " + article.string());
  EXPECT_EQ(r.exit_code, 0) << r.out;
  EXPECT_EQ(json::parse(r.out)["summary"]["baselined"], 1);
  EXPECT_NE(json::parse(run("check --format json " + article.string()).out)["findings"][0]["fingerprint"],
            findings[0].fingerprint);  // rebased: relative to the working directory here
}

}  // namespace
}  // namespace claimcheck::testing
