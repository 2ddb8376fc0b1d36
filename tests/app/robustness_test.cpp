// Bad and extreme input: it costs no finding in the good articles, is named in a
// diagnostic, and never crashes, hangs or grows memory without bound. Several cases
// here were found by the fuzz targets in fuzz/.

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>

#include "report/json_report.hpp"
#include "support/test_support.hpp"

namespace claimcheck::testing {
namespace {

namespace fs = std::filesystem;

void write(const fs::path& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary);
  out << bytes;
}

class Robustness : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("claimcheck-robustness-" + std::to_string(::getpid()) + "-" +
                                        std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override {
    std::error_code ec;
    fs::permissions(dir_ / "broken" / "locked.txt", fs::perms::owner_all, ec);
    fs::remove_all(dir_, ec);
  }
  fs::path dir_;
};

// Found by fuzz_extract: a figure or sentence holding an invalid byte made the JSON
// report throw, so a whole run's findings were lost to one bad byte.
TEST_F(Robustness, InvalidUtf8InsideAFigureStillGivesAJsonReport) {
  write(dir_ / "bad.txt", "Acme Corp Up 25%\n\nAcme Corp shares rose 2.5\xff% and \xc3\x28 more on Tuesday.\n");
  const RunResult result =
      pipeline().check({(dir_ / "bad.txt").string()}, RunOptions{1, {}, kDefaultMaxDocumentBytes, Retain::Both});
  ASSERT_EQ(result.diagnostics.size(), 1U);
  EXPECT_NE(result.diagnostics[0].message.find("invalid UTF-8"), std::string::npos);
  const std::string report = check_report_json(result).dump();
  EXPECT_TRUE(nlohmann::json::accept(report));
  ASSERT_FALSE(result.documents.empty());
  for (const auto& d : result.documents) {
    for (const Claim& c : d.claims) EXPECT_TRUE(nlohmann::json::accept(nlohmann::json(c.excerpt).dump()));
  }
}

// Found by fuzz_extract: the same figure 20,000 times made the rules quadratic (20 s).
TEST_F(Robustness, AFloodOfFiguresIsCutWithAnErrorNotQuadraticWork) {
  std::string text;
  for (int i = 0; i < 20'000; ++i) text += "Acme Corp rose 5%. ";
  write(dir_ / "flood.txt", text);
  const RunResult result = pipeline().check({(dir_ / "flood.txt").string()});
  ASSERT_EQ(result.claims.size(), 1U);
  EXPECT_EQ(result.claim_count(), 10'000U);
  ASSERT_EQ(result.diagnostics.size(), 1U);
  EXPECT_NE(result.diagnostics[0].message.find("more than 10000 figures"), std::string::npos)
      << result.diagnostics[0].message;
}

TEST_F(Robustness, HugeTinyAndEndlessNumbersKeepOrderedIntervals) {
  const std::string text = "Acme Corp revenue was $" + std::string(400, '9') + " billion and its margin " +
                           std::string(400, '9') + "% and $1e308 billion, a change of 0." + std::string(300, '0') +
                           "1%. " + std::string(1'000'000, '7') + "\n" + std::string(200'000, '%') + "\n";
  const DocumentClaims doc = analyse(text);
  for (const Claim& c : doc.claims) {
    EXPECT_LE(c.value.low, c.value.high) << c.text;
    EXPECT_LE(c.span.end, text.size());
  }
}

TEST_F(Robustness, NumbersPastEighteenDigitsAreLeftUnreadWithANotice) {
  write(dir_ / "long.txt",
        "Acme Corp shares rose 7% on Monday.\nAcme Corp sold 18446744073709551617 units and its margin was " +
            std::string(400, '9') + "%.\nAcme Corp sold 999999999999999999 units in 2025.\n");
  const RunResult result = pipeline().extract({(dir_ / "long.txt").string()});
  ASSERT_EQ(result.documents.size(), 1U);
  std::vector<std::string> figures;
  for (const Claim& c : result.documents[0].claims) figures.push_back(c.text);
  // 18 digits are still a figure; 20 and 400 are not, and the notice says where the first is.
  EXPECT_EQ(figures, (std::vector<std::string>{"7%", "999999999999999999"}));
  ASSERT_EQ(result.diagnostics.size(), 1U);
  EXPECT_EQ(result.diagnostics[0].level, DiagnosticLevel::Notice);
  EXPECT_EQ(result.diagnostics[0].path, (dir_ / "long.txt").string());
  EXPECT_EQ(result.diagnostics[0].message,
            "2 numbers with more than 18 digits left unread, the first at line 2 column 16 (20 digits)");
}

TEST_F(Robustness, BrokenFilesCostTheGoodArticlesNoFinding) {
  const fs::path good = dir_ / "good";
  const fs::path mixed = dir_ / "mixed";
  fs::create_directories(good);
  // 50 good articles: the samples, the annotated corpus, and small ones of our own.
  std::size_t count = 0;
  for (const fs::path& folder : {samples_dir(), source_dir() / "tests" / "corpus"}) {
    for (const auto& entry : fs::directory_iterator(folder)) {
      const auto ext = entry.path().extension();
      if ((ext == ".txt" || ext == ".md" || ext == ".html") && entry.path().stem() != "README") {
        fs::copy_file(entry.path(), good / entry.path().filename());
        ++count;
      }
    }
  }
  for (int i = 0; count < 50; ++i, ++count) {
    write(good / ("own-" + std::to_string(i) + ".txt"), "Orrin Corp Shares Jump " + std::to_string(10 + i) +
                                                            "%\n\nOrrin Corp shares rose " + std::to_string(i + 1) +
                                                            "." + std::to_string(i % 10) + "% on Tuesday.\n");
  }
  fs::copy(good, mixed);
  const fs::path broken = mixed / "broken";
  fs::create_directories(broken);
  write(broken / "binary.txt", std::string("\x7f"
                                           "ELF\x02\x01\x01\0\0\0\0\0",
                                           12) +
                                   std::string(64, '\0'));
  write(broken / "invalid.txt", "Acme Corp rose \xff\xfe 5% \xc3\x28.\n");
  write(broken / "empty.txt", "");
  write(broken / "empty.md", "");
  write(broken / "records.jsonl", "");
  write(broken / "half.jsonl", "{\"id\":\"a\",\"title\":\"Acme Corp Up 3%\",\"body\":\"Acme Corp rose 3");
  write(broken / "truncated.html", "<html><head><title>Acme Corp up 4%</title></head><body><p>Acme Corp rose 4");
  write(broken / "front-matter.md", "---\ntitle: [unclosed\n---\nAcme Corp rose 5%.\n");
  write(broken / "nul.txt", std::string("Acme Corp rose 5%\0\0\0 and", 25));
  write(broken / "locked.txt", std::string("\x01\x02\x03", 3));
  fs::permissions(broken / "locked.txt", fs::perms::none);

  const RunResult alone = pipeline().check({good.string()});
  const RunResult together = pipeline().check({mixed.string()});
  EXPECT_GE(alone.findings.size(), 10U);  // repeated figures are merged into one finding each
  // Every finding among the good articles is still there, word for word (messages name
  // files, not folders, so the two runs can be compared).
  std::set<std::string> good_findings;
  for (const auto& f : together.findings) {
    if (f.claims.front().document.find("/broken/") == std::string::npos) good_findings.insert(f.message);
  }
  std::set<std::string> expected;
  for (const auto& f : alone.findings) expected.insert(f.message);
  EXPECT_EQ(good_findings, expected);
  // Each broken file is named by a diagnostic.
  for (const char* name : {"binary.txt", "empty.txt", "empty.md", "records.jsonl", "half.jsonl", "nul.txt"}) {
    const bool named = std::any_of(together.diagnostics.begin(), together.diagnostics.end(),
                                   [&](const Diagnostic& d) { return d.path.find(name) != std::string::npos; });
    EXPECT_TRUE(named) << name;
  }
}

}  // namespace
}  // namespace claimcheck::testing
