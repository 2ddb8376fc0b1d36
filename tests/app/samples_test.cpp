// The project's own sample articles: exactly the findings samples/README.md lists.

#include <gtest/gtest.h>

#include "support/expected_findings.hpp"
#include "support/test_support.hpp"

namespace claimcheck::testing {
namespace {

TEST(Samples, ExactlyTheListedFindings) {
  const auto expected = read_expected_findings((samples_dir() / "README.md").string());
  ASSERT_FALSE(expected.empty()) << "samples/README.md has no ```findings block";
  const RunResult result = pipeline().check({samples_dir().string()});
  EXPECT_TRUE(result.diagnostics.empty());
  EXPECT_EQ(result.files_read, 7U);
  EXPECT_EQ(compare_findings(expected, result.findings), "");
}

TEST(Samples, EveryFindingExplainsItself) {
  const RunResult result = pipeline().check({samples_dir().string()});
  for (const Finding& f : result.findings) {
    EXPECT_FALSE(f.message.empty());
    EXPECT_FALSE(f.working.empty());
    EXPECT_GE(f.claims.size(), f.kind == "calendar" ? 1U : 2U);
    for (const Claim& c : f.claims) {
      EXPECT_GT(c.span.line, 0U);
      EXPECT_FALSE(c.excerpt.empty());
      EXPECT_NE(c.excerpt.find(c.text), std::string::npos) << c.excerpt;
    }
  }
}

TEST(Samples, FiguresThatMustNotBeClaims) {
  const RunResult result = pipeline().extract({samples_dir().string()});
  for (const auto& doc : result.documents) {
    for (const Claim& c : doc.claims) {
      for (const char* not_claim : {"09:30", "2027", "408", "AF-2", "Gen 3", "Top 10", "0.35", "12"}) {
        EXPECT_NE(c.text, not_claim) << doc.info.id;
      }
      EXPECT_FALSE(c.stated.low >= 1900 && c.stated.low <= 2100 && c.unit.kind == UnitKind::Count) << c.text;
    }
  }
}

}  // namespace
}  // namespace claimcheck::testing
