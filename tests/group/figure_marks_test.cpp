// Precise figures as evidence that two articles report one event, and what that lets the
// rules compare: a summary that names no company against the call it summarises.

#include "group/figure_marks.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "group/event_clusters.hpp"
#include "support/test_support.hpp"

namespace claimcheck::testing {
namespace {

// The marks of the first article of `texts`, each text analysed as its own article.
std::vector<std::vector<std::uint64_t>> marks_of(const std::vector<std::string>& texts) {
  std::vector<DocumentClaims> docs;
  for (std::size_t i = 0; i < texts.size(); ++i) docs.push_back(analyse(texts[i], Format::Text, std::to_string(i)));
  const ClaimStore store = ClaimStore::from(docs);
  std::vector<std::vector<std::uint64_t>> out;
  for (std::size_t d = 0; d < store.size(); ++d) out.push_back(figure_marks(store, d));
  return out;
}

TEST(FigureMarks, SignificantDigitsAsWritten) {
  EXPECT_EQ(significant_digits(481.1, 1), 4);
  EXPECT_EQ(significant_digits(15, 0), 2);
  EXPECT_EQ(significant_digits(1250, 0), 3);
  EXPECT_EQ(significant_digits(2.50, 2), 3);
  EXPECT_EQ(significant_digits(0.05, 2), 1);
  EXPECT_EQ(significant_digits(0, 0), 0);
}

TEST(FigureMarks, OneFigureWrittenThreeWaysIsOneMark) {
  const auto marks = marks_of({"Orrin Corp revenue was $481.1 million in the quarter.\n",
                               "Orrin Corp revenue was 481.1 mln dlrs in the quarter.\n",
                               "Orrin Corp revenue was $481,100,000 in the quarter.\n"});
  ASSERT_EQ(marks[0].size(), 1U);
  EXPECT_EQ(marks[0], marks[1]);
  EXPECT_EQ(marks[0], marks[2]);
}

TEST(FigureMarks, RoundHedgedAndYearFiguresMarkNothing) {
  const auto marks = marks_of({"Orrin Corp revenue rose 15% to $2 billion in 2021.\n",
                               "Orrin Corp revenue was about $481.1 million, over $362.4 million a year ago.\n"});
  EXPECT_TRUE(marks[0].empty());
  EXPECT_TRUE(marks[1].empty());
}

TEST(FigureMarks, ThePercentSignAndTheWordAreOneUnit) {
  const auto marks = marks_of({"Orrin Corp revenue rose 12.7 percent.\n", "Orrin Corp revenue rose 12.7%.\n",
                               "Orrin Corp revenue was $12.7 million.\n"});
  EXPECT_EQ(marks[0], marks[1]);
  EXPECT_NE(marks[0], marks[2]);
}

// A summary in the style of a wire digest of an earnings call: lower case, no company.
const std::string kSummary = "q3 revenue rose 12.7 percent to $362.4 million.\nq3 adjusted earnings per share $27.8.\n";
const std::string kCall =
    "Thank you, operator. Revenue for the third quarter was $362.4 million, an increase of 12.7%.\nAdjusted "
    "earnings per share for the third quarter were $2.78, compared with $2.31 last year.\n";

TEST(FigureLinks, ArticlesSharingAPreciseFigureAreOneEvent) {
  const std::vector<DocumentClaims> docs{analyse(kSummary, Format::Text, "summary.txt"),
                                         analyse(kCall, Format::Text, "call.txt"),
                                         analyse("Orrin Corp revenue was $511.9 million.\n", Format::Text, "x.txt")};
  const ClaimStore store = ClaimStore::from(docs);
  const EventClusters events = cluster_events(store, pipeline().engine().across());
  EXPECT_EQ(events.event, (std::vector<std::size_t>{0, 0, 2}));
  EXPECT_TRUE(events.same_event(store, 0, 1));
  EXPECT_FALSE(events.same_event(store, 0, 2));
  EXPECT_FALSE(events.shared_figure(store, 0, 1).empty());
}

TEST(FigureLinks, ASummaryIsCheckedAgainstTheCallItSummarises) {
  const auto findings = check_texts({{"summary.txt", kSummary}, {"call.txt", kCall}});
  ASSERT_EQ(rules_of(findings), (std::vector<std::string>{"decimal-slip"}));
  EXPECT_EQ(findings[0].claims[0].text, "$27.8");
  EXPECT_NE(findings[0].working.find("Same event: both articles state"), std::string::npos) << findings[0].working;
}

TEST(FigureLinks, WithoutASharedFigureTheSummaryStandsAlone) {
  std::string call = kCall;
  call.replace(call.find("$362.4 million"), 14, "$360 million");
  call.replace(call.find("12.7%"), 5, "13%");
  EXPECT_TRUE(check_texts({{"summary.txt", kSummary}, {"call.txt", call}}).empty());
}

TEST(FigureLinks, TwoDigitsAreNotEnoughWithoutOneStatedPeriod) {
  // "$8.7" against "$0.87" of two articles tied only by their event: two digits repeat by
  // chance in a long call, so the summary's period must be the call's.
  std::string summary = kSummary;
  summary.replace(summary.find("$27.8"), 5, "$8.7");
  std::string call = kCall;
  call.replace(call.find("$2.78"), 5, "$0.87");
  EXPECT_TRUE(check_texts({{"summary.txt", summary}, {"call.txt", call}}).empty());
}

TEST(FigureLinks, ArticlesNamingDifferentCompaniesShareNoSubject) {
  // Two companies that happen to report the same revenue figure are two subjects.
  const auto findings =
      check_texts({{"a.txt",
                    "Orrin Corp revenue was $362.4 million. Orrin Corp adjusted earnings per share were "
                    "$8.7.\n"},
                   {"b.txt",
                    "Halcyon Inc revenue was $362.4 million. Halcyon Inc adjusted earnings per share were "
                    "$0.87.\n"}});
  EXPECT_TRUE(findings.empty());
}

}  // namespace
}  // namespace claimcheck::testing
