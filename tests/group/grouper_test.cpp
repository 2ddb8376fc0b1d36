#include "group/grouper.hpp"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <filesystem>
#include <string>
#include <vector>

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
  const auto groups = group_claims(store, cluster_events(store, pipeline().engine().across()));
  ASSERT_EQ(groups.size(), 1U);
  const ClaimRef first = groups[0].members[0];
  EXPECT_EQ(key_of(store.claim(first.document, first.claim), kFigureKey),
            "meta||stock-move|percent|||||change|current");
  EXPECT_EQ(groups[0].members.size(), 2U);
}

TEST(Grouper, KeysCompareAsTheirWrittenForms) {
  // Prefixes, the separator's neighbours in byte order ('-' and letters sort before '|',
  // '}' and '~' after it), empty fields and non-ASCII bytes: the order must be the
  // written keys' order, which is the order groups are checked and reported in.
  // The views below point into these: they must outlive the loops.
  const std::vector<std::string> words{"", "meta", "meta-x", "metaz", "meta~", "meta}", "met", "é", "a|b", "a"};
  const std::vector<std::string> metrics{"revenue", "", "rev~"};
  std::vector<KeyView> views;
  for (const std::string& entity : words) {
    for (const std::string& metric : metrics) {
      KeyView v;
      v.entity = entity;
      v.metric = metric;
      v.qualifier = entity.size() > 3 ? "x" : "";
      v.currency = "USD";
      v.unit = entity.size() % 2 == 0 ? UnitKind::Money : UnitKind::Percent;
      v.direction = metric.empty() ? Direction::Up : Direction::None;
      views.push_back(v);
    }
  }
  auto sign = [](int v) { return (v > 0) - (v < 0); };
  for (const GroupingKey* key : {&kFigureKey, &kChangeFamilyKey, &kRateFamilyKey}) {
    for (const KeyView& a : views) {
      for (const KeyView& b : views) {
        const std::string x = key_string(a, *key);
        const std::string y = key_string(b, *key);
        ASSERT_EQ(sign(compare_keys(a, b, *key)), sign(x.compare(y))) << x << " vs " << y;
      }
    }
  }
}

TEST(Grouper, GroupsComeInTheOrderOfTheirKeysAsWritten) {
  std::vector<DocumentClaims> docs;
  for (const auto& [name, figures] :
       {std::pair{"a.txt", std::array{"2.5%", "12%", "3%"}}, std::pair{"b.txt", std::array{"7%", "15%", "4%"}}}) {
    docs.push_back(analyse(fmt::format("Meta's stock rose {} after Muse Spark. Meta's revenue rose {} on Muse Spark. "
                                       "Meta's profit fell {} on Muse Spark.\n",
                                       figures[0], figures[1], figures[2]),
                           Format::Text, name));
  }
  const ClaimStore store = ClaimStore::from(docs);
  const GroupList groups = group_claims(store, cluster_events(store, pipeline().engine().across()));
  ASSERT_GE(groups.size(), 2U);
  std::vector<std::string> keys;
  for (std::size_t i = 0; i < groups.size(); ++i) {
    const ClaimRef first = groups[i].members[0];
    keys.push_back(*key_of(store.claim(first.document, first.claim), kFigureKey));
    for (const ClaimRef& r : groups[i].members) {
      EXPECT_EQ(key_of(store.claim(r.document, r.claim), kFigureKey), keys.back()) << "one key in a group";
    }
  }
  EXPECT_TRUE(std::is_sorted(keys.begin(), keys.end()));
}

TEST(Grouper, SlicesAndThreadsChangeNothingInTheGroups) {
  std::vector<DocumentClaims> docs;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(source_dir() / "tests" / "corpus")) {
    if (!entry.is_regular_file() || entry.path().extension() == ".json") continue;
    docs.push_back(pipeline().extract({entry.path().string()}).documents.at(0));
  }
  for (const char* name : {"a.txt", "b.txt", "c.txt"}) {
    docs.push_back(analyse(std::string("Meta's stock rose ") + (name[0] == 'a' ? "2.5" : "7") +
                               "% after Muse Spark. Meta's revenue rose 12% to $40 billion on Muse Spark.\n",
                           Format::Text, name));
  }
  const ClaimStore store = ClaimStore::from(docs);
  const EventClusters events = cluster_events(store, pipeline().engine().across());
  auto layout = [](const GroupList& groups) {
    std::vector<std::vector<std::uint64_t>> out;
    for (std::size_t i = 0; i < groups.size(); ++i) {
      std::vector<std::uint64_t> g{groups[i].event};
      for (const ClaimRef& r : groups[i].members) g.push_back((std::uint64_t{r.document} << 32U) | r.claim);
      out.push_back(std::move(g));
    }
    return out;
  };
  for (const GroupingKey* key : {&kFigureKey, &kChangeFamilyKey, &kRateFamilyKey}) {
    const auto reference = layout(group_claims_by(store, events, *key));
    if (key == &kFigureKey) {
      ASSERT_GE(reference.size(), 3U);
    }
    for (const unsigned threads : {1U, 2U, 3U}) {
      for (const std::size_t slice : {std::size_t{1}, std::size_t{7}, kClaimsPerSlice}) {
        EXPECT_EQ(layout(group_claims_by(store, events, *key, threads, slice)), reference)
            << threads << " threads, slices of " << slice;
      }
    }
  }
}

TEST(Grouper, ArticlesOnDifferentEventsFormDifferentGroups) {
  const std::vector<DocumentClaims> docs{
      analyse("Meta's stock rose 2.5% after Muse Spark. Muse Spark is new.\n", Format::Text, "a.txt"),
      analyse("Meta's stock closed up 6.5% after Quarterly Results. Quarterly Results.\n", Format::Text, "b.txt")};
  const ClaimStore store = ClaimStore::from(docs);
  EXPECT_TRUE(group_claims(store, cluster_events(store, pipeline().engine().across())).empty());
}

TEST(EventClusters, SharedTermsLinkArticlesTransitivelyAndCopiesStandAlone) {
  const std::vector<DocumentClaims> docs{
      analyse("Meta's stock rose 2.5% after Muse Spark. Muse Spark is new.\n", Format::Text, "a.txt"),
      analyse("Muse Spark and Llama Works: Meta's stock rose 7%. Muse Spark, Llama Works.\n", Format::Text, "b.txt"),
      analyse("Meta's stock rose 6.5% on Llama Works. Llama Works.\n", Format::Text, "c.txt"),
      analyse("Meta's stock rose 2.5% after Muse Spark. Muse Spark is new.\n", Format::Text, "copy-of-a.txt"),
      analyse("Meta's stock rose 1% after Orbit Day. Orbit Day.\n", Format::Text, "d.txt")};
  const EventClusters events = cluster_events(ClaimStore::from(docs), pipeline().engine().across());
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
  const EventClusters topical = cluster_events(store, pipeline().engine().across(), 2);
  EXPECT_EQ(topical.event, (std::vector<std::size_t>{0, 1, 2}));
  EXPECT_FALSE(topical.same_event(docs[0].info, docs[1].info));
  EXPECT_EQ(cluster_events(store, pipeline().engine().across(), 3).event, (std::vector<std::size_t>{0, 0, 0}));
}

TEST(EventClusters, DatedArticlesWeeksApartAreDifferentEvents) {
  DocumentInfo a{"a.txt", "2026-04-09", {"Muse Spark"}};
  DocumentInfo b{"b.txt", "2026-04-20", {"Muse Spark"}};
  DocumentInfo c{"c.txt", "2026-05-20", {"Muse Spark"}};
  DocumentInfo undated{"d.txt", "", {"Muse Spark"}};
  EventClusters events;
  events.across = pipeline().engine().across();  // rules/across-articles.json: 14 days
  EXPECT_TRUE(events.same_event(a, b));
  EXPECT_FALSE(events.same_event(a, c));
  EXPECT_TRUE(events.same_event(c, undated));
  // The window is data: at 10 days, 11 days apart are two events.
  events.across.event_window_days = 10;
  EXPECT_FALSE(events.same_event(a, b));
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
