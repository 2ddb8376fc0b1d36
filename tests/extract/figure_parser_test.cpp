// Extraction behaviour on real-style sentences: what is a claim, and what it says.

#include <gtest/gtest.h>

#include <cmath>

#include "support/test_support.hpp"

namespace claimcheck::testing {
namespace {

constexpr double kEps = 1e-6;

void expect_interval(const Interval& i, double low, double high) {
  EXPECT_NEAR(i.low, low, kEps * std::max(1.0, std::fabs(low)));
  EXPECT_NEAR(i.high, high, kEps * std::max(1.0, std::fabs(high)));
}

TEST(FigureParser, PercentWithDirectionAndPrecisionInterval) {
  const auto doc = analyse("Acme Corp shares rose 2.5% on Monday.\n");
  const Claim c = only_claim(doc, "2.5%");
  EXPECT_EQ(c.unit.kind, UnitKind::Percent);
  EXPECT_EQ(c.direction, Direction::Up);
  EXPECT_EQ(c.hedge.kind, HedgeKind::Exact);
  EXPECT_EQ(c.decimals, 1);
  expect_interval(c.stated, 2.5, 2.5);
  expect_interval(c.value, 2.45, 2.55);
}

TEST(FigureParser, HedgeAroundWidensByOneUnitOfTheLastDigit) {
  const auto doc = analyse("Acme recently saw its stock rise by around 7% after the launch.\n");
  const Claim c = only_claim(doc, "7%");
  EXPECT_EQ(c.hedge.kind, HedgeKind::Approximate);
  EXPECT_EQ(c.hedge.word, "around");
  EXPECT_EQ(c.direction, Direction::Up);
  expect_interval(c.value, 6.0, 8.0);
}

TEST(FigureParser, LowerAndUpperBoundHedges) {
  const auto doc = analyse(
      "Capital expenditure exceeding $115 billion is planned. Nearly 75% of staff agreed. "
      "Up to 40% of sites could close. More than 650 ETFs hold the stock.\n");
  const Claim over = only_claim(doc, "$115 billion");
  EXPECT_EQ(over.hedge.kind, HedgeKind::LowerBound);
  EXPECT_EQ(over.value.low, 115e9);
  EXPECT_TRUE(std::isinf(over.value.high));
  const Claim nearly = only_claim(doc, "75%");
  EXPECT_EQ(nearly.hedge.kind, HedgeKind::UpperBound);
  EXPECT_DOUBLE_EQ(nearly.value.high, 75);
  EXPECT_LT(nearly.value.low, 75);
  const Claim up_to = only_claim(doc, "40%");
  EXPECT_EQ(up_to.hedge.word, "up to");
  EXPECT_EQ(up_to.direction, Direction::None);  // "up to" is a bound, not a rise
  EXPECT_EQ(only_claim(doc, "650").hedge.kind, HedgeKind::LowerBound);
  const auto tranche =
      analyse("An initial tranche of a minimum 50 mln dlrs is fixed; a maximum of 20 pct may float.\n");
  EXPECT_EQ(only_claim(tranche, "50 mln dlrs").hedge.kind, HedgeKind::LowerBound);
  EXPECT_EQ(only_claim(tranche, "20 pct").hedge.kind, HedgeKind::UpperBound);
}

TEST(FigureParser, MoneyWithSymbolsCodesWordsAndScales) {
  const auto doc = analyse(
      "It raised €2.3bn in March. Revenue was 115bn USD last year. Rivals spent 150 billion dollar "
      "sums. The fund holds HK$4.5 trillion. Sales hit $2.3B. The bonus pool is $5k per head. "
      "Profit was 45 cents a share.\n");
  const Claim eur = only_claim(doc, "€2.3bn");
  EXPECT_EQ(eur.unit.kind, UnitKind::Money);
  EXPECT_EQ(eur.unit.currency, "EUR");
  expect_interval(eur.stated, 2.3e9, 2.3e9);
  expect_interval(eur.value, 2.25e9, 2.35e9);
  const Claim usd = only_claim(doc, "115bn USD");
  EXPECT_EQ(usd.unit.currency, "USD");
  EXPECT_DOUBLE_EQ(usd.stated.low, 115e9);
  EXPECT_DOUBLE_EQ(only_claim(doc, "150 billion dollar").stated.low, 150e9);
  const Claim hkd = only_claim(doc, "HK$4.5 trillion");
  EXPECT_EQ(hkd.unit.currency, "HKD");
  EXPECT_DOUBLE_EQ(hkd.stated.low, 4.5e12);
  EXPECT_DOUBLE_EQ(only_claim(doc, "$2.3B").stated.low, 2.3e9);
  EXPECT_DOUBLE_EQ(only_claim(doc, "$5k").stated.low, 5e3);
  const Claim cents = only_claim(doc, "45 cents");
  EXPECT_NEAR(cents.stated.low, 0.45, kEps);
  EXPECT_EQ(cents.rate, "share");
}

TEST(FigureParser, RangesDistributeScaleAndUnit) {
  const auto doc = analyse(
      "Guidance is $115 billion to $135 billion. The table says $115 - $135 billion. Microsoft is at "
      "~$80 - $100 billion. Growth of 6-7% is expected, or between 6% and 7%, or 6.5%-7%.\n");
  const Claim words = only_claim(doc, "$115 billion to $135 billion");
  EXPECT_TRUE(words.is_range);
  expect_interval(words.stated, 115e9, 135e9);
  const Claim dash = only_claim(doc, "$115 - $135 billion");
  EXPECT_TRUE(dash.is_range);
  expect_interval(dash.stated, 115e9, 135e9);
  const Claim approx = only_claim(doc, "$80 - $100 billion");
  EXPECT_EQ(approx.hedge.kind, HedgeKind::Approximate);
  expect_interval(approx.stated, 80e9, 100e9);
  const Claim pct = only_claim(doc, "6-7%");
  EXPECT_EQ(pct.unit.kind, UnitKind::Percent);
  expect_interval(pct.stated, 6, 7);
  const Claim between = only_claim(doc, "6% and 7%");
  expect_interval(between.stated, 6, 7);
  expect_interval(only_claim(doc, "6.5%-7%").stated, 6.5, 7);
}

TEST(FigureParser, FromToIsAChangeNotARange) {
  const auto doc = analyse("Revenue rose from $10 billion to $11 billion in the year.\n");
  EXPECT_EQ(claims_written(doc, "$10 billion").size(), 1U);
  EXPECT_EQ(claims_written(doc, "$11 billion").size(), 1U);
}

TEST(FigureParser, PercentPointsAndBasisPointsAreDistinctUnits) {
  const auto doc =
      analyse("Margin was up 2 percentage points, funding costs rose 50 basis points and spreads 25bps.\n");
  EXPECT_EQ(only_claim(doc, "2 percentage points").unit.kind, UnitKind::PercentagePoints);
  EXPECT_EQ(only_claim(doc, "50 basis points").unit.kind, UnitKind::BasisPoints);
  EXPECT_EQ(only_claim(doc, "25bps").unit.kind, UnitKind::BasisPoints);
}

TEST(FigureParser, RatesAfterTheFigure) {
  const auto doc = analyse("Meta is investing over $300 million daily into AI, or $2 billion a week.\n");
  EXPECT_EQ(only_claim(doc, "$300 million").rate, "day");
  EXPECT_EQ(only_claim(doc, "$2 billion").rate, "week");
}

TEST(FigureParser, CountsNeedACountedNoun) {
  const auto doc = analyse("More than 650 ETFs hold 337 million shares, and over 1,000 doctors helped.\n");
  EXPECT_EQ(only_claim(doc, "650").unit.noun, "etf");
  const Claim shares = only_claim(doc, "337 million");
  EXPECT_EQ(shares.unit.kind, UnitKind::Count);
  EXPECT_EQ(shares.unit.noun, "share");
  EXPECT_DOUBLE_EQ(shares.stated.low, 337e6);
  EXPECT_DOUBLE_EQ(only_claim(doc, "1,000").stated.low, 1000);
}

TEST(FigureParser, VagueQuantitiesAreIntervalsMarkedVague) {
  const auto doc = analyse("Its capital expenditures reached tens of billions of dollars.\n");
  const Claim c = only_claim(doc, "tens of billions of dollars");
  EXPECT_EQ(c.hedge.kind, HedgeKind::Vague);
  expect_interval(c.value, 10e9, 100e9);
}

TEST(FigureParser, WordNumbersWithAUnit) {
  const auto doc = analyse("The company earned two billion dollars and margins rose five percent.\n");
  EXPECT_DOUBLE_EQ(only_claim(doc, "two billion dollars").stated.low, 2e9);
  EXPECT_DOUBLE_EQ(only_claim(doc, "five percent").stated.low, 5);
}

TEST(FigureParser, NegativesWithHyphenAndUnicodeMinus) {
  const auto doc = analyse("The spread changed by \u22120.4% and the index by -1.5% this week.\n");
  const Claim minus = only_claim(doc, "\u22120.4%");
  EXPECT_DOUBLE_EQ(minus.stated.low, -0.4);
  EXPECT_EQ(minus.direction, Direction::Down);
  EXPECT_DOUBLE_EQ(only_claim(doc, "-1.5%").stated.low, -1.5);
}

TEST(FigureParser, FullWidthDigitsAndPercentSign) {
  const auto doc = analyse("Acme shares rose \uFF12\uFF15\uFF05 in Tokyo.\n");
  ASSERT_EQ(doc.claims.size(), 1U);
  EXPECT_DOUBLE_EQ(doc.claims[0].stated.low, 25);
  EXPECT_EQ(doc.claims[0].unit.kind, UnitKind::Percent);
  EXPECT_EQ(doc.claims[0].text, "\uFF12\uFF15\uFF05");  // reported as written
}

TEST(FigureParser, NonClaimsAreSkipped) {
  const auto doc = analyse(
      "date\n10:09 09/04/2026\nIn June 2025 and by 2027 the Llama 2 / 3 models and the Nvidia H100 and GPT-4 "
      "shipped. Call +1 408 555 0142. A two-week ceasefire held for 24 hours.\n"
      "  1. In-house chips\n  2. Data centers\nReward\n5\nRepost\nCryptoEye\n\u00B7 4m ago\nReply0\n"
      "Tuesday, 10 March was the day. The Gen 3 actuators and the AF-2 robot. See top-10 lists.\n");
  std::string found;
  for (const auto& c : doc.claims) found += "[" + c.text + "] ";
  EXPECT_TRUE(doc.claims.empty()) << found;
}

TEST(FigureParser, ACountInACapitalsHeadlineFollowsNoName) {
  // Every word of such a headline is a capital: "AT" before the figure names nothing.
  const auto doc =
      analyse("VELTRA COCOA OUTPUT SEEN AT 45 MLN BAGS\n\nThe board said output is seen at 4.5 mln bags.\n");
  const Claim c = only_claim(doc, "45 MLN");
  EXPECT_EQ(c.role, Role::Headline);
  EXPECT_EQ(c.unit.kind, UnitKind::Count);
  EXPECT_EQ(c.unit.noun, "bag");
  // A model name in a headline with lower-case letters is still a name.
  EXPECT_TRUE(analyse("Veltra Ships Gen 3 Actuators\n\nThe actuators ship in May.\n").claims.empty());
}

TEST(FigureParser, CrownsAndFrancsInTheSingularAreMoney) {
  const auto doc = analyse(
      "NORDIC BANK IN 600 MLN CROWN BOND DEAL\n\nNordic Bank is raising 600 mln Danish crowns and 20 mln "
      "SFR.\n");
  EXPECT_EQ(only_claim(doc, "600 MLN CROWN").unit.kind, UnitKind::Money);
  EXPECT_EQ(only_claim(doc, "600 mln Danish crowns").unit.currency, "DKK");
  EXPECT_EQ(only_claim(doc, "20 mln SFR").unit.currency, "CHF");
}

TEST(FigureParser, AverageSharesInAResultsTableAreACount) {
  const auto doc = analyse("Kestrel Corp 1st qtr net\n\nNet 4,516,000 vs 3,980,000\nAvg shrs 24.6 mln vs 24.1 mln\n");
  const Claim c = only_claim(doc, "24.6 mln");
  EXPECT_EQ(c.unit.kind, UnitKind::Count);
  EXPECT_EQ(c.subject.metric, "shares-outstanding");
  EXPECT_TRUE(only_claim(doc, "24.1 mln").subject.earlier);
}

TEST(FigureParser, GluedTableCellsStillYieldTheFigure) {
  const auto doc = analyse(
      "Company2026 AI-related CapEx Guidance (Estimate)Investment Focus\n"
      "Meta$115 - $135 billionIn-house chips, data centersVertical integration\n"
      "Microsoft~$80 - $100 billionAzure AI cloud, Cobalt chipsCloud-first\n");
  const Claim meta = only_claim(doc, "$115 - $135 billion");
  EXPECT_EQ(meta.role, Role::Table);
  EXPECT_EQ(meta.subject.entity, "meta");
  EXPECT_EQ(meta.subject.metric, "capex");
  EXPECT_EQ(meta.subject.period, "2026");
  EXPECT_EQ(only_claim(doc, "$80 - $100 billion").subject.entity, "microsoft");
  EXPECT_EQ(doc.claims.size(), 2U);
}

TEST(FigureParser, SpansPointIntoTheOriginalBytes) {
  // Curly quotes, a CRLF and a CJK word before the figure shift byte offsets.
  const std::string text = "\u201CMeta\u201D \u6781\u81F4 news\r\nMeta shares rose 2.5% today.\r\n";
  const auto doc = analyse(text);
  const Claim c = only_claim(doc, "2.5%");
  EXPECT_EQ(text.substr(c.span.begin, c.span.end - c.span.begin), "2.5%");
  EXPECT_EQ(c.span.line, 2U);
  EXPECT_EQ(c.span.column, 18U);
}

TEST(FigureParser, InvalidUtf8IsReplacedAndOffsetsStayRight) {
  const std::string text = "Bad \xFF\xFE bytes. Acme shares rose 3.1% today.\n";
  Diagnostics diagnostics;
  const auto doc = pipeline().analyse(make_document("bad.txt", text, Format::Text), diagnostics);
  const Claim c = only_claim(doc, "3.1%");
  EXPECT_EQ(text.substr(c.span.begin, 4), "3.1%");
  ASSERT_EQ(diagnostics.size(), 1U);
  EXPECT_NE(diagnostics[0].message.find("invalid UTF-8"), std::string::npos);
}

TEST(FigureParser, NoBreakAndThinSpaceThousands) {
  const auto doc = analyse("Acme employs 12\u202F500 people and paid \u20AC1\u00A0000\u00A0000 in fines.\n");
  EXPECT_DOUBLE_EQ(only_claim(doc, "12\u202F500").stated.low, 12500);
  EXPECT_DOUBLE_EQ(only_claim(doc, "\u20AC1\u00A0000\u00A0000").stated.low, 1e6);
}

TEST(FigureParser, AccountingNegativesInTables) {
  const auto doc = analyse(
      "Intro.\n\nSegment2025 Operating Income (Estimate)Change\nRetail$412.5 million($3.2 million)Flat\n"
      "Wholesale$88.1 millionUp 12.0%\n\nThe company (Acme) made $3 million.\n");
  EXPECT_DOUBLE_EQ(only_claim(doc, "$3.2 million").stated.low, -3.2e6);
  EXPECT_DOUBLE_EQ(only_claim(doc, "$412.5 million").stated.low, 412.5e6);
  EXPECT_DOUBLE_EQ(only_claim(doc, "$3 million").stated.low, 3e6);  // prose parentheses are not negatives
}

TEST(FigureParser, HouseStyleNumberForms) {
  const auto doc = analyse(
      "LumenPay has 1.2m users and a .5% fee. Rates rose half a percentage point. Costs hit 3bn USD.\n"
      "Posted 4m ago. The 3B model shipped.\n");
  const Claim users = only_claim(doc, "1.2m");
  EXPECT_DOUBLE_EQ(users.stated.low, 1.2e6);
  EXPECT_EQ(users.unit.noun, "user");
  EXPECT_DOUBLE_EQ(only_claim(doc, ".5%").stated.low, 0.5);
  const Claim half = only_claim(doc, "half a percentage point");
  EXPECT_DOUBLE_EQ(half.stated.low, 0.5);
  EXPECT_EQ(half.unit.kind, UnitKind::PercentagePoints);
  EXPECT_DOUBLE_EQ(only_claim(doc, "3bn USD").stated.low, 3e9);
  EXPECT_TRUE(claims_written(doc, "4m").empty());
  EXPECT_TRUE(claims_written(doc, "3B").empty());
}

TEST(FigureParser, NumbersInUrlsHandlesAndHashtagsAreNotClaims) {
  const auto doc =
      analyse("See https://example.com/2026/04/top-10-stocks?id=55 and @trader88 on #BTC2026 for 12% more.\n");
  ASSERT_EQ(doc.claims.size(), 1U);
  EXPECT_EQ(doc.claims[0].text, "12%");
}

TEST(FigureParser, AVeryLongLineIsReadInLinearTime) {
  std::string line;
  for (int i = 0; i < 9000; ++i) line += "Acme 1.5% ";  // 90 KB, no sentence punctuation
  line += std::string(300'000, 'x') + " 2.5%";          // and one long word before the last figure
  const auto doc = analyse(line + "\n");
  EXPECT_EQ(doc.claims.size(), 9001U);
}

TEST(TableUnits, BareCellsTakeTheColumnCurrencyAndTheUnitLine) {
  // A tab-separated table: "$" on the first and total rows only, the scale in a line below.
  const auto doc = analyse(
      "\tAt year end,\n\t2025\t2024\nLoans to dealers, short term (1)\t$204,515\t$188,020\nLoans to dealers, long "
      "term (2)\t18,240\t12,301\n\t$222,755\t$200,321\n\nDealer loans are shown below (in thousands):\n"
      "(1) Part of current assets.\n");
  const Claim bare = only_claim(doc, "18,240");
  EXPECT_EQ(bare.unit.kind, UnitKind::Money);
  EXPECT_EQ(bare.unit.currency, "USD");
  expect_interval(bare.stated, 18240e3, 18240e3);
  EXPECT_EQ(bare.subject.period, "2025");
  expect_interval(only_claim(doc, "$204,515").stated, 204515e3, 204515e3);
  // Footnote marks are not figures: "(1)" after a row label or starting a note.
  for (const Claim& c : doc.claims) EXPECT_NE(c.text, "1") << c.text;
  EXPECT_EQ(doc.claims.size(), 6U);
}

TEST(TableUnits, HeaderUnitsPerShareAndCountRows) {
  const auto doc = analyse(
      "\t2025\t2024\n\t£m\t£m\nTrading profit\t412.6\t398.1\nEarnings per share\t2.14\t1.87\n"
      "Weighted average shares\t88,410\t86,952\nEffective tax rate\t24.5\t25.0\n");
  const Claim profit = only_claim(doc, "412.6");
  EXPECT_EQ(profit.unit.currency, "GBP");
  expect_interval(profit.stated, 412.6e6, 412.6e6);
  EXPECT_EQ(only_claim(doc, "88,410").unit.kind, UnitKind::Count);
  for (const Claim& c : doc.claims) EXPECT_NE(c.text, "24.5") << "a ratio row is left as written";
}

TEST(TableUnits, AccountingNegativeInACellIsAFigure) {
  const auto doc = analyse(
      "($ in millions)\n\t2025\t2024\nCash used in investing\t(12,480)\t(3,377)\n"
      "Cash from financing\t6,205\t(1)\n");
  expect_interval(only_claim(doc, "1").stated, -1e6, -1e6);  // the claim is the digits inside "(1)"
  expect_interval(only_claim(doc, "6,205").stated, 6205e6, 6205e6);
}

TEST(ResultsRows, BareFiguresOfAWireResultsRowAreAmountsInTheStorysCurrency) {
  const auto doc = analyse(
      "ACME CORP <ACM> 4TH QTR NET\n\nShr profit 14 cts vs loss 11 cts\nNet profit 3,410,000 vs loss 2,986,000\n"
      "Revs 48.2 mln vs 41.9 mln\n");
  const Claim net = only_claim(doc, "3,410,000");
  EXPECT_EQ(net.unit.kind, UnitKind::Money);
  EXPECT_EQ(net.unit.currency, "USD");
  EXPECT_EQ(only_claim(doc, "2,986,000").unit.currency, "USD");  // "vs loss 2,986,000"
  const Claim revs = only_claim(doc, "48.2 mln");
  EXPECT_EQ(revs.unit.currency, "USD");
  expect_interval(revs.stated, 48.2e6, 48.2e6);
  EXPECT_EQ(only_claim(doc, "41.9 mln").unit.kind, UnitKind::Money);
  // The label says what the row's figures are: "Shr profit" is per share, not net income.
  EXPECT_EQ(only_claim(doc, "14 cts").subject.metric, "eps");
  EXPECT_EQ(revs.subject.metric, "revenue");
}

TEST(ResultsRows, AComparedFigureTakesTheAmountsUnitAndShortScale) {
  const auto doc = analyse(
      "Ostra NV said 1986 net profit was 327.5 mln guilders vs 311.2, on revenue of 6.12 billion "
      "guilders vs 5.9 billion. It paid 4.5 mln guilders to 3 advisers.\n");
  const Claim earlier = only_claim(doc, "311.2");
  EXPECT_EQ(earlier.unit.currency, "NLG");
  expect_interval(earlier.stated, 311.2e6, 311.2e6);
  EXPECT_EQ(only_claim(doc, "5.9 billion").unit.currency, "NLG");
  EXPECT_EQ(only_claim(doc, "3").unit.noun, "adviser");  // a count after "to" stays a count
  // Without a results label or an amount before "vs", a bare number stays unread.
  EXPECT_TRUE(analyse("Scores were 31 vs 28 in the final.\n").claims.empty());
}

}  // namespace
}  // namespace claimcheck::testing
