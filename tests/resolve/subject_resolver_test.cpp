// Subject resolution on real-style sentences: entity, metric, period.

#include <gtest/gtest.h>

#include <set>

#include "support/test_support.hpp"

namespace claimcheck::testing {
namespace {

TEST(SubjectResolver, EntityAliasesPossessivesAndTickers) {
  const auto doc = analyse(
      "Meta's stock rose 2.5% on the news. Meta Platforms saw its stock rise by around 7%. "
      "After Meta (META.US) released it, shares of NASDAQ:NWR closed up 4.2% on the day.\n");
  EXPECT_EQ(only_claim(doc, "2.5%").subject.entity, "meta");
  EXPECT_EQ(only_claim(doc, "7%").subject.entity, "meta");
  EXPECT_EQ(only_claim(doc, "4.2%").subject.entity, "northwind");
}

// The tests' lexicon knows the invented "Kestrel Motors" (alias "Kestrel"): another
// company whose name starts with the same word is never read as it.
TEST(SubjectResolver, AnAliasThatStartsAnotherNameIsNotThatCompany) {
  const auto body = analyse("Shares of Kestrel Therapeutics soared 61% after the trial results.\n");
  EXPECT_NE(only_claim(body, "61%").subject.entity, "kestrel");
  const auto suffixed = analyse("Kestrel Therapeutics Inc said revenue rose 12% to $40 million.\n");
  EXPECT_EQ(only_claim(suffixed, "12%").subject.entity, "kestrel-therapeutics");
  const auto headline =
      analyse("Kestrel Therapeutics Soars 61% On Trial Data\n\nShares of Kestrel Therapeutics soared 61% on Monday.\n");
  for (const Claim& c : headline.claims) EXPECT_NE(c.subject.entity, "kestrel") << c.text;
  // The company itself, and its name before a suffix or an acronym, still count.
  EXPECT_EQ(only_claim(analyse("Kestrel CEO Ada Moss said Kestrel shares rose 4%.\n"), "4%").subject.entity, "kestrel");
  EXPECT_EQ(only_claim(analyse("Kestrel Motors shares rose 4%.\n"), "4%").subject.entity, "kestrel");
}

TEST(SubjectResolver, EntityAfterTheFigureWhenNoneBefore) {
  const auto doc = analyse("150 billion dollar gamble! Meta's first AI model debuts.\n");
  const Claim c = only_claim(doc, "150 billion dollar");
  EXPECT_EQ(c.subject.entity, "meta");
  EXPECT_EQ(c.subject.metric, "capex");
  EXPECT_TRUE(c.subject.metric_weak);
}

TEST(SubjectResolver, MetricsFromCueWords) {
  const auto doc = analyse(
      "Halcyon said revenue rose 12% year-over-year to $4.6 billion. It reported earnings per share of $1.12. "
      "The board declared a dividend of 45 cents per share. A 3.5% increase in Facebook ad click-through rates "
      "followed. Halcyon shares fell 3.1% in early trading. Halcyon has a headcount of roughly 9,800, it said.\n");
  EXPECT_EQ(only_claim(doc, "12%").subject.metric, "revenue");
  EXPECT_EQ(only_claim(doc, "$4.6 billion").subject.metric, "revenue");
  EXPECT_EQ(only_claim(doc, "$1.12").subject.metric, "eps");
  EXPECT_EQ(only_claim(doc, "45 cents").subject.metric, "dividend");
  EXPECT_EQ(only_claim(doc, "3.5%").subject.metric, "click-through-rate");
  EXPECT_EQ(only_claim(doc, "3.1%").subject.metric, "stock-move");
}

TEST(SubjectResolver, StockMoveNeedsADirection) {
  const auto doc = analyse("Acme said 5% of its shares are held by insiders. Acme Corp shares gained 5% today.\n");
  ASSERT_EQ(claims_written(doc, "5%").size(), 2U);
  EXPECT_NE(claims_written(doc, "5%")[0].subject.metric, "stock-move");
  EXPECT_EQ(claims_written(doc, "5%")[1].subject.metric, "stock-move");
}

TEST(SubjectResolver, AnEntitysOwnMoveOnlyWhenNothingElseIsNamed) {
  // The kind default (a company's move is its share price) needs the company to be the
  // subject of the move; "margin" between them names another, unknown, metric.
  const auto doc = analyse(
      "Dunmore Bank gained 1.8% on Monday. Orrin Corp has risen about 4% this week. Orrin Corp margin "
      "rose 0.5% in 2025.\n");
  EXPECT_EQ(only_claim(doc, "1.8%").subject.metric, "stock-move");
  EXPECT_EQ(only_claim(doc, "4%").subject.metric, "stock-move");
  EXPECT_EQ(only_claim(doc, "0.5%").subject.metric, "");
}

TEST(SubjectResolver, ShareOfSomethingIsItsOwnMetric) {
  const auto doc = analyse(
      "Gartner predicts that by 2027, over 30% of marketing messages will be generated, ad click-through rates "
      "aside.\n");
  const Claim c = only_claim(doc, "30%");
  EXPECT_EQ(c.subject.metric, "share-of");
  EXPECT_EQ(c.unit.noun, "marketing message");
  EXPECT_EQ(c.subject.entity, "gartner");
}

TEST(SubjectResolver, SpendingVerbsAloneDoNotMakeCapex) {
  const auto doc =
      analyse("Meta spent $15 billion to poach Scale AI's founder. Meta is investing over $300 million daily.\n");
  EXPECT_TRUE(only_claim(doc, "$15 billion").subject.metric.empty());
  EXPECT_TRUE(only_claim(doc, "$300 million").subject.metric.empty());
}

TEST(SubjectResolver, WeekdayResolvesAgainstTheDateline) {
  const auto doc =
      analyse("Headline Here For Meta\n\ndate\n10:09 09/04/2026\nMeta's stock price closed up 6.5% on Wednesday.\n");
  EXPECT_EQ(doc.info.date, "2026-04-09");
  EXPECT_EQ(only_claim(doc, "6.5%").subject.period, "2026-04-08");
}

TEST(SubjectResolver, DatelineFormats) {
  EXPECT_EQ(analyse("SAN JOSE, March 11, 2026 (Newswire) - Text.\n").info.date, "2026-03-11");
  EXPECT_EQ(analyse("LONDON, 9 Apr 2026 - Text.\n").info.date, "2026-04-09");
  EXPECT_EQ(analyse("Published 2026-03-12T10:00Z\n").info.date, "2026-03-12");
}

TEST(SubjectResolver, YearFiscalYearAndQuarterPeriods) {
  const auto doc = analyse(
      "Meta has set its 2026 capital expenditure guidance at $115 billion to $135 billion. "
      "Halcyon issued fiscal 2026 revenue guidance of $18 billion to $19 billion. "
      "Acme revenue in Q2 2025 was $3 billion.\n");
  EXPECT_EQ(only_claim(doc, "$115 billion to $135 billion").subject.period,
            "FY2026");  // a flow for a bare year is its total
  EXPECT_EQ(only_claim(doc, "$18 billion to $19 billion").subject.period, "FY2026");
  EXPECT_EQ(only_claim(doc, "$3 billion").subject.period, "2025-Q2");
}

TEST(SubjectResolver, HeadingFallsBackToTheArticleSubject) {
  const auto doc = analyse(
      "Meta Stock Rises on New Model\n\nMeta's stock rose today.\n\nAnnual Capital Expenditure Exceeding $100 "
      "Billion\n\nText.\n");
  const Claim c = only_claim(doc, "$100 Billion");
  EXPECT_EQ(c.subject.entity, "meta");
  EXPECT_EQ(c.subject.entity_evidence, "document");
  EXPECT_EQ(c.subject.metric, "capex");
}

TEST(SubjectResolver, CompaniesNamedWithASuffixAreRecognisedWithoutALexiconEntry) {
  const auto doc = analyse(
      "Acme Corp said revenue rose 5% this year. Later, Acme shares gained 3.1% on Monday, "
      "while The Blue Harbor Group said its revenue fell 2%.\n");
  const Claim revenue = only_claim(doc, "5%");
  EXPECT_EQ(revenue.subject.entity, "acme");
  EXPECT_EQ(revenue.subject.entity_name, "Acme");
  EXPECT_EQ(only_claim(doc, "3.1%").subject.entity, "acme");
  EXPECT_EQ(only_claim(doc, "2%").subject.entity, "blue-harbor");
}

TEST(SubjectResolver, SpelledOutQuarters) {
  const auto doc = analyse(
      "Halcyon said second-quarter revenue for 2026 rose 8%. Its revenue in the third quarter of 2025 was $4 "
      "billion.\n");
  EXPECT_EQ(only_claim(doc, "8%").subject.period, "2026-Q2");
  EXPECT_EQ(only_claim(doc, "$4 billion").subject.period, "2025-Q3");
}

TEST(SubjectResolver, RelativePeriodsResolveAgainstTheDateline) {
  const auto doc = analyse(
      "LONDON, 9 Apr 2026 - Meta invested $15 billion in Scale AI last June. Meta's revenue rose 20% last year. "
      "Meta's revenue will rise 10% next year. Meta's stock fell 2% yesterday.\n");
  EXPECT_EQ(only_claim(doc, "$15 billion").subject.period, "2025-06");
  EXPECT_EQ(only_claim(doc, "20%").subject.period, "2025");
  EXPECT_EQ(only_claim(doc, "10%").subject.period, "2027");
  EXPECT_EQ(only_claim(doc, "2%").subject.period, "2026-04-08");
}

TEST(SubjectResolver, ChangeBasisIsPartOfTheSubject) {
  const auto doc =
      analyse("Halcyon revenue rose 12% year-over-year and 3% quarter-on-quarter, and 4% y/y in Europe.\n");
  EXPECT_EQ(only_claim(doc, "12%").basis, "yoy");
  EXPECT_EQ(only_claim(doc, "3%").basis, "qoq");
  EXPECT_EQ(only_claim(doc, "4%").basis, "yoy");
  EXPECT_TRUE(
      check_texts(
          {{"a.txt", "Halcyon News Today\n\nHalcyon revenue rose 12% year-over-year and 3% quarter-on-quarter.\n"}})
          .empty());
}

TEST(SubjectResolver, TableColumnsTakeTheirOwnHeaderCell) {
  const auto doc = analyse(
      "Intro.\n\nCompanyVerdictQ1 RevenueRevenue Y/YShare Price Move\nHalcyon EnergyBeat$4.9 billion+9%+4.6%\n"
      "Greystone TelecomBeat$3.38 billion+2.8%+1.1%\n\nLONDON, 9 Apr 2026.\n\n"
      "| Metric | Q1 2026 | Q1 2025 |\n|---|---|---|\n| Revenue | $1.31 billion | $1.11 billion |\n");
  EXPECT_EQ(only_claim(doc, "+9%").subject.metric, "revenue");
  EXPECT_EQ(only_claim(doc, "+4.6%").subject.metric, "stock-move");
  EXPECT_EQ(only_claim(doc, "+4.6%").subject.entity, "halcyon");
  EXPECT_EQ(only_claim(doc, "$1.31 billion").subject.period, "2026-Q1");
  EXPECT_EQ(only_claim(doc, "$1.11 billion").subject.period, "2025-Q1");
}

TEST(SubjectResolver, AYearNamingTheEventOrTheComparisonIsNotTheFiguresPeriod) {
  const auto doc = analyse(
      "Wrenmoor Silicon Shares Slide 89% After 2023 Results\n\nFRANKFURT, 19 Feb 2024 - Shares of Wrenmoor Silicon AG "
      "(Nasdaq: WRS) fell 8.9% on Monday. Wrenmoor Silicon's revenue came in at $34.2 million, up 18.5% from the same "
      "period "
      "last year. Its revenue rose 20% last year.\n");
  EXPECT_EQ(only_claim(doc, "89%").subject.period, "");
  EXPECT_EQ(only_claim(doc, "$34.2 million").subject.period, "");
  EXPECT_EQ(only_claim(doc, "20%").subject.period, "2023");
  // With the headline's period gone, its slip meets the body's figure.
  const auto findings = check_one(
      "Wrenmoor Silicon Shares Slide 89% After 2023 Results\n\nFRANKFURT, 19 Feb 2024 - Shares of Wrenmoor Silicon AG "
      "(Nasdaq: WRS) fell 8.9% on Monday.\n");
  ASSERT_EQ(findings.size(), 1U);
  EXPECT_EQ(findings[0].rule, "decimal-slip");
}

TEST(SubjectResolver, AWordOfTheCompanysNameIsNotASegment) {
  const auto doc = analyse(
      "Brenmoor Cloud Shares Jump 101% After Third Quarter Results\n\nLONDON, 12 Nov 2025 - Brenmoor Cloud Corp "
      "(LSE: BMC) shares rose 10.1 per cent on Wednesday. Brenmoor's cloud sales rose 4%.\n");
  EXPECT_EQ(only_claim(doc, "101%").subject.qualifier, "");
  EXPECT_EQ(only_claim(doc, "4%").subject.qualifier, "cloud");
}

TEST(SubjectResolver, ATableRowNamedForTheMetricIsTheWholeCompany) {
  const std::string article =
      "Quenmoor Sets Out Plans\n\nATLANTA, May 2, 2025 - Quenmoor Holdings reported results for the full year.\n\n"
      "| Metric | FY2025 | Prior year | Change |\n|---|---|---|---|\n"
      "| Revenue | $34.17 billion | $28.84 billion | +18.5% |\n| Cloud | $4.1 billion | $3.2 billion | +28.1% |\n\n"
      "Quenmoor's revenue came in at $34.2 million, up 18.5% from the same period last year.\n";
  const auto doc = analyse(article);
  EXPECT_EQ(only_claim(doc, "$34.17 billion").subject.qualifier, "");
  EXPECT_EQ(only_claim(doc, "$4.1 billion").subject.qualifier, "cloud");
  EXPECT_EQ(only_claim(doc, "+18.5%").subject.qualifier, "revenue") << "a change column stays apart";
  const auto findings = check_one(article);
  ASSERT_EQ(findings.size(), 1U);
  EXPECT_EQ(findings[0].rule, "scale-slip");
  std::set<std::string> texts;
  for (const Claim& c : findings[0].claims) texts.insert(c.text);
  EXPECT_EQ(texts, (std::set<std::string>{"$34.17 billion", "$34.2 million"}));
}

TEST(SubjectResolver, ASplitYearIsTheFiscalYearItEndsIn) {
  const auto doc = analyse(
      "Tolland Sees Profit Fall In 1986/87\n\nTolland Optical Co predicted current profit of 5.50 billion yen in "
      "1986/87, down 12 pct. Its sales in 2019-20 rose 4 pct.\n");
  EXPECT_EQ(only_claim(doc, "5.50 billion yen").subject.period, "FY1987");
  EXPECT_EQ(only_claim(doc, "4 pct").subject.period, "FY2020");
}

TEST(SubjectResolver, PriceIndexesAreInflationOrProducerPrices) {
  const auto doc = analyse(
      "Prices Report\n\nThe consumer price index rose 2.5 pct in February. Wholesale prices fell 0.2 pct. The cost "
      "of living was up 7.3 pct. Posted prices for fuel oil rose 25 cts.\n");
  EXPECT_EQ(only_claim(doc, "2.5 pct").subject.metric, "inflation");
  EXPECT_EQ(only_claim(doc, "0.2 pct").subject.metric, "producer-prices");
  EXPECT_EQ(only_claim(doc, "7.3 pct").subject.metric, "inflation");
  // "prices" alone names no metric: a token's price needs its token named.
  EXPECT_NE(only_claim(doc, "25 cts").subject.metric, "token-price");
}

}  // namespace
}  // namespace claimcheck::testing
