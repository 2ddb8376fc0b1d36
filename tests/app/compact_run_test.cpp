// A check keeps compact claims and reads a finding's articles again for its excerpts
// (group/claim_store.hpp). Its report must be the one full claims would give.

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "report/json_report.hpp"
#include "support/test_support.hpp"

namespace claimcheck::testing {
namespace {

namespace fs = std::filesystem;

// The report as a check gives it, and as the full claims of the same articles give it.
std::pair<std::string, std::string> compact_and_full(const std::vector<std::string>& paths) {
  const RunResult compact = pipeline().check(paths);
  RunResult full = pipeline().extract(paths);  // full claims, excerpts and all
  pipeline().check_run(full);
  return {check_report_json(compact).dump(2), check_report_json(full).dump(2)};
}

void expect_excerpts(const RunResult& result) {
  for (const Finding& f : result.findings) {
    for (const Claim& c : f.claims) EXPECT_NE(c.excerpt.find(c.text), std::string::npos) << c.document;
  }
}

class CompactRun : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("claimcheck-compact-" + std::to_string(::getpid()));
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  fs::path dir_;
};

TEST_F(CompactRun, SamplesGiveTheReportOfFullClaims) {
  const auto [compact, full] = compact_and_full({samples_dir().string(), (source_dir() / "tests" / "corpus").string()});
  EXPECT_NE(compact.find("decimal-slip"), std::string::npos);
  EXPECT_EQ(compact, full);
  expect_excerpts(pipeline().check({samples_dir().string()}));
}

TEST_F(CompactRun, SeedsGiveTheReportOfFullClaims) {
  const auto seeds = seeds_dir();
  if (!seeds) GTEST_SKIP() << "../shared/seeds not found next to the checkout; seed tests skipped";
  const auto [compact, full] = compact_and_full({seeds->string()});
  EXPECT_EQ(compact, full);
}

TEST_F(CompactRun, JsonLinesRecordsAreReadAgainForTheirExcerpts) {
  const fs::path file = dir_ / "samples.jsonl";
  {
    std::ofstream out(file);
    for (const auto& entry : fs::directory_iterator(samples_dir())) {
      if (entry.path().extension() != ".txt") continue;
      std::ifstream in(entry.path());
      const std::string body((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
      out << nlohmann::json{{"id", entry.path().filename().string()}, {"body", body}}.dump() << '\n';
    }
  }
  const auto [compact, full] = compact_and_full({file.string()});
  EXPECT_NE(compact.find("#earnings-halcyon-q4.txt"), std::string::npos);
  EXPECT_EQ(compact, full);
  expect_excerpts(pipeline().check({file.string()}));
}

TEST_F(CompactRun, RecordsSharingAnIdGetTheirOwnExcerpts) {
  const fs::path file = dir_ / "same-id.jsonl";
  {
    std::ofstream out(file);
    out << nlohmann::json{{"id", "story"},
                          {"body", "Acme Corp Shares Jump 25%\n\nAcme Corp shares rose 2.5% on Monday.\n"}}
               .dump()
        << '\n'
        << nlohmann::json{{"id", "story"},
                          {"body", "Breaking.\n\nBoral Ltd Shares Fall 40%\n\nBoral Ltd shares fell 4.0% on Friday.\n"}}
               .dump()
        << '\n';
  }
  const RunResult result = pipeline().check({file.string()});
  EXPECT_TRUE(result.diagnostics.empty());
  ASSERT_EQ(result.findings.size(), 2U);
  expect_excerpts(result);
  const auto [compact, full] = compact_and_full({file.string()});
  EXPECT_EQ(compact, full);
}

TEST_F(CompactRun, AnArticleEditedDuringTheCheckKeepsItsFindingsWithANotice) {
  const fs::path article = dir_ / "earnings.txt";
  fs::copy_file(samples_dir() / "earnings-halcyon-q4.txt", article);
  RunResult result =
      pipeline().extract({article.string()}, RunOptions{1, {}, kDefaultMaxDocumentBytes, Retain::ClaimStore});
  {
    std::ofstream out(article, std::ios::trunc);
    out << "Rewritten while the check ran.\n";
  }
  pipeline().check_run(result);
  ASSERT_FALSE(result.findings.empty());
  ASSERT_EQ(result.diagnostics.size(), 1U);
  EXPECT_EQ(result.diagnostics[0].level, DiagnosticLevel::Notice);
  EXPECT_NE(result.diagnostics[0].message.find("changed while it was being checked"), std::string::npos);
  EXPECT_EQ(result.diagnostics[0].path, article.string());
}

}  // namespace
}  // namespace claimcheck::testing
