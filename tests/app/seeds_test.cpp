// The seed articles in ../shared/seeds (read its README.md): what a careful editor finds.
// Skipped, with a message, where that folder is absent (a user's own clone).

#include <gtest/gtest.h>

#include "support/expected_findings.hpp"
#include "support/test_support.hpp"

namespace claimcheck::testing {
namespace {

#define REQUIRE_SEEDS()           \
  const auto seeds = seeds_dir(); \
  if (!seeds) GTEST_SKIP() << "../shared/seeds not found next to the checkout; seed tests skipped"

TEST(Seeds, ExactlyTheFindingsACarefulEditorMakes) {
  REQUIRE_SEEDS();
  const RunResult result = pipeline().check({seeds->string()});
  const std::vector<ExpectedFinding> expected{
      {"error", "decimal-slip", "000_d91b1e2a408b0414.txt", {"25%", "2.5%"}},
      {"warning", "outlier-majority", "000_d91b1e2a408b0414.txt", {"2.5%", "25%", "6.5%", "7%"}},
      {"warning",
       "range-containment",
       "003_39b20c76938be3b6.txt",
       {"150 billion dollar", "$115 billion to $135 billion"}},
  };
  EXPECT_EQ(compare_findings(expected, result.findings), "");
}

TEST(Seeds, ClaimsWithTheirSubjects) {
  REQUIRE_SEEDS();
  const RunResult result = pipeline().extract({seeds->string()});
  ASSERT_EQ(result.documents.size(), 3U);
  struct Want {
    std::size_t doc;
    const char* text;
    const char* entity;
    const char* metric;
  };
  const Want wants[] = {
      {0, "25%", "meta", "stock-move"},
      {0, "2.5%", "meta", "stock-move"},
      {0, "3.5%", "meta", "click-through-rate"},
      {0, "$115 billion to $135 billion", "meta", "capex"},
      {0, "$115 - $135 billion", "meta", "capex"},
      {0, "$80 - $100 billion", "microsoft", "capex"},
      {0, "$90 - $110 billion", "alphabet", "capex"},
      {0, "$70 - $90 billion", "amazon", "capex"},
      {0, "30%", "gartner", "share-of"},
      {0, "75%", "wef", "share-of"},
      {1, "6.5%", "meta", "stock-move"},
      {1, "150 billion dollar", "meta", "capex"},
      {1, "650", "meta", "count"},
      {1, "337 million", "meta", "count"},
      {1, "1,000", "meta", "count"},
      {2, "7%", "meta", "stock-move"},
      {2, "$115 billion", "meta", "capex"},
  };
  for (const Want& w : wants) {
    const auto found = claims_written(result.documents[w.doc], w.text);
    ASSERT_FALSE(found.empty()) << w.text;
    EXPECT_EQ(found[0].subject.entity, w.entity) << w.text;
    EXPECT_EQ(found[0].subject.metric, w.metric) << w.text;
  }
  EXPECT_EQ(claims_written(result.documents[1], "6.5%").at(0).subject.period, "2026-04-08");
  EXPECT_EQ(result.documents[1].info.date, "2026-04-09");
}

TEST(Seeds, NonClaimsAreSkipped) {
  REQUIRE_SEEDS();
  const RunResult result = pipeline().extract({seeds->string()});
  for (const auto& doc : result.documents) {
    for (const Claim& c : doc.claims) {
      for (const char* text : {"2025", "2026", "2027", "10:09", "2", "3", "100", "0", "5", "1", "4"}) {
        EXPECT_NE(c.text, text) << doc.info.id << " line " << c.span.line;
      }
    }
  }
}

}  // namespace
}  // namespace claimcheck::testing
