#include "group/grouper.hpp"

#include <gtest/gtest.h>

#include "support/test_support.hpp"

namespace claimcheck::testing {
namespace {

TEST(Grouper, SameSubjectGroupsAcrossDocumentsAndUnresolvedClaimsStayOut) {
  std::vector<DocumentClaims> docs{
      analyse("Meta's stock rose 2.5% after Muse Spark. Meta spent $15 billion on it.\n", Format::Text, "a.txt"),
      analyse("Meta's stock closed up 6.5% on Muse Spark news. More than 650 ETFs hold it.\n", Format::Text, "b.txt")};
  const auto groups = group_claims(docs);
  ASSERT_EQ(groups.size(), 1U);
  EXPECT_EQ(groups[0].key, "meta||stock-move|percent|||||change|current");
  EXPECT_EQ(groups[0].members.size(), 2U);
}

TEST(Grouper, PeriodsCompatibility) {
  EXPECT_TRUE(periods_compatible("", "2026-04-08"));
  EXPECT_TRUE(periods_compatible("2026", "2026-04-08"));
  EXPECT_TRUE(periods_compatible("FY2026", "2026"));
  EXPECT_FALSE(periods_compatible("2025", "2026"));
  EXPECT_FALSE(periods_compatible("2026-04-08", "2026-04-09"));
}

TEST(Grouper, EventTermsAreRepeatedProperNamesNotCompanies) {
  const auto doc =
      analyse("Meta Platforms unveiled Muse Spark. Muse Spark is new. Meta Platforms again. The Market rose.\n");
  EXPECT_EQ(doc.info.event_terms, (std::vector<std::string>{"Muse Spark"}));
}

}  // namespace
}  // namespace claimcheck::testing
