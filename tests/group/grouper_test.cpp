#include "group/grouper.hpp"

#include <gtest/gtest.h>

#include "support/test_support.hpp"

namespace claimcheck::testing {
namespace {

TEST(Grouper, SameSubjectGroupsAcrossDocumentsAndUnresolvedClaimsStayOut) {
  std::vector<DocumentClaims> docs{
      analyse("Meta's stock rose 2.5% after Muse Spark. Meta spent $15 billion on Muse Spark.\n", Format::Text,
              "a.txt"),
      analyse("Meta's stock closed up 6.5% on Muse Spark news. More than 650 ETFs hold it. Muse Spark.\n", Format::Text,
              "b.txt")};
  const ClaimStore store = ClaimStore::from(docs);
  const auto groups = group_claims(store, cluster_events(store));
  ASSERT_EQ(groups.size(), 1U);
  EXPECT_EQ(groups[0].key, "meta||stock-move|percent|||||change|current");
  EXPECT_EQ(groups[0].members.size(), 2U);
}

TEST(Grouper, ArticlesOnDifferentEventsFormDifferentGroups) {
  const std::vector<DocumentClaims> docs{
      analyse("Meta's stock rose 2.5% after Muse Spark. Muse Spark is new.\n", Format::Text, "a.txt"),
      analyse("Meta's stock closed up 6.5% after Quarterly Results. Quarterly Results.\n", Format::Text, "b.txt")};
  const ClaimStore store = ClaimStore::from(docs);
  EXPECT_TRUE(group_claims(store, cluster_events(store)).empty());
}

TEST(EventClusters, SharedTermsLinkArticlesTransitivelyAndCopiesStandAlone) {
  const std::vector<DocumentClaims> docs{
      analyse("Meta's stock rose 2.5% after Muse Spark. Muse Spark is new.\n", Format::Text, "a.txt"),
      analyse("Muse Spark and Llama Works: Meta's stock rose 7%. Muse Spark, Llama Works.\n", Format::Text, "b.txt"),
      analyse("Meta's stock rose 6.5% on Llama Works. Llama Works.\n", Format::Text, "c.txt"),
      analyse("Meta's stock rose 2.5% after Muse Spark. Muse Spark is new.\n", Format::Text, "copy-of-a.txt"),
      analyse("Meta's stock rose 1% after Orbit Day. Orbit Day.\n", Format::Text, "d.txt")};
  const EventClusters events = cluster_events(ClaimStore::from(docs));
  EXPECT_EQ(events.event, (std::vector<std::size_t>{0, 0, 0, 3, 4}));
  EXPECT_EQ(events.original, (std::vector<std::size_t>{0, 1, 2, 0, 4}));
  EXPECT_EQ(events.shared_terms(docs[0].info, docs[1].info), (std::vector<std::string>{"Muse Spark"}));
  // Linked through b.txt, but a.txt and c.txt name no term in common: not the same event.
  EXPECT_TRUE(events.same_event(docs[0].info, docs[1].info));
  EXPECT_FALSE(events.same_event(docs[0].info, docs[2].info));
}

TEST(EventClusters, ATermInTooManyArticlesIsATopicNotAnEvent) {
  const std::vector<DocumentClaims> docs{
      analyse("Meta's stock rose 2.5% at Harbor Summit. Harbor Summit.\n", Format::Text, "a.txt"),
      analyse("Meta's stock rose 7% at Harbor Summit. Harbor Summit.\n", Format::Text, "b.txt"),
      analyse("Meta's stock rose 6% at Harbor Summit. Harbor Summit.\n", Format::Text, "c.txt")};
  const ClaimStore store = ClaimStore::from(docs);
  const EventClusters topical = cluster_events(store, 2);
  EXPECT_EQ(topical.event, (std::vector<std::size_t>{0, 1, 2}));
  EXPECT_FALSE(topical.same_event(docs[0].info, docs[1].info));
  EXPECT_EQ(cluster_events(store, 3).event, (std::vector<std::size_t>{0, 0, 0}));
}

TEST(EventClusters, DatedArticlesWeeksApartAreDifferentEvents) {
  DocumentInfo a{"a.txt", "2026-04-09", {"Muse Spark"}};
  DocumentInfo b{"b.txt", "2026-04-20", {"Muse Spark"}};
  DocumentInfo c{"c.txt", "2026-05-20", {"Muse Spark"}};
  DocumentInfo undated{"d.txt", "", {"Muse Spark"}};
  const EventClusters events;
  EXPECT_TRUE(events.same_event(a, b));
  EXPECT_FALSE(events.same_event(a, c));
  EXPECT_TRUE(events.same_event(c, undated));
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
