// Each rule kind, firing and not firing, including near-misses at the tolerance edge.

#include "check/rule_engine.hpp"

#include <gtest/gtest.h>

#include "support/test_support.hpp"

namespace claimcheck::testing {
namespace {

TEST(DecimalSlip, HeadlineTwentyFiveBodyTwoPointFive) {
  const auto findings =
      check_one("Meta Stock Rises 25% on Muse Spark\n\nMeta's stock rose 2.5%, reflecting tailwinds.\n");
  ASSERT_EQ(findings.size(), 1U);
  const Finding& f = findings[0];
  EXPECT_EQ(f.rule, "decimal-slip");
  EXPECT_EQ(f.severity, Severity::Error);
  EXPECT_EQ(f.claims.at(0).text, "25%");
  EXPECT_EQ(f.claims.at(0).role, Role::Headline);
  EXPECT_EQ(f.claims.at(1).text, "2.5%");
  EXPECT_NE(f.message.find("misplaced decimal point"), std::string::npos);
  EXPECT_EQ(f.working.rfind("25 = 2.5 x 10", 0), 0U) << f.working;
  EXPECT_FALSE(f.fingerprint.empty());
}

TEST(DecimalSlip, DifferentDigitsAreNotASlip) {
  const auto findings =
      check_one("Meta Stock Rises 25% on Muse Spark\n\nMeta's stock rose 2.4%, reflecting tailwinds.\n");
  EXPECT_EQ(rules_of(findings), (std::vector<std::string>{"headline-vs-body"}));
}

TEST(DecimalSlip, ABoundIsJudgedAsWritten) {
  // "up to 50 mln" allows 5 mln, but as written it is the headline's figure with its
  // decimal point moved; wire capitals read like lower case.
  const auto findings = check_one(
      "NORDBANK FILES 5 MLN DLR SHELF\n\nNordbank Corp said it filed a shelf registration to issue up to 50 mln "
      "dlrs of debt securities.\n");
  ASSERT_EQ(rules_of(findings), (std::vector<std::string>{"decimal-slip"}));
  EXPECT_NE(findings[0].working.find("the bound allows both"), std::string::npos) << findings[0].working;
  EXPECT_NE(findings[0].working.find("Tied by"), std::string::npos) << findings[0].working;
}

TEST(DecimalSlip, WireHeadlinesAgainstTheirBodies) {
  // A plan the company reports ("said it would float") is the fact its headline states
  // ("TO FLOAT"), not a forecast kept apart from it.
  EXPECT_EQ(rules_of(check_one("NORDBANK TO FLOAT 5 MLN DLR NOTE\n\nNordbank Corp said it would float a 50 mln dlr "
                               "note.\n")),
            (std::vector<std::string>{"decimal-slip"}));
  // A capitalised headline word is the name its body writes: "TOKYO" is "Tokyo".
  EXPECT_EQ(rules_of(check_one("TOKYO TO ISSUE 10 MLN DLR BOND\n\nThe Tokyo Metropolitan Government said it would "
                               "float a 100 mln dlr 10-year bond.\n")),
            (std::vector<std::string>{"decimal-slip"}));
  // A stake "of" a company and "of the total" are one share of the whole.
  EXPECT_EQ(rules_of(check_one("FINALCO HAS 89 PCT OF WEBB\n\nFinalco Group Inc said it has acquired 8.9 pct of the "
                               "total.\n")),
            (std::vector<std::string>{"decimal-slip"}));
  // European currency units are money.
  EXPECT_EQ(rules_of(check_one("CREDIT NORD ISSUES 15 MLN ECU BOND\n\nCredit Nord is issuing a 150 mln ECU eurobond, "
                               "lead manager Banque Lune said.\n")),
            (std::vector<std::string>{"decimal-slip"}));
  // Someone's forecast is still not the company's figure when it is no slip.
  EXPECT_TRUE(check_one("NORDBANK TO FLOAT 50 MLN DLR NOTE\n\nAnalysts said the market could absorb 75 mln dlrs of "
                        "Nordbank notes.\n")
                  .empty());
}

TEST(DirectionConflict, AHeadlineOfNoCompanyAgainstItsBodyByTheMetricBothName) {
  // A country's statistics name no company: the metric both lines name is what ties them.
  const auto findings = check_one(
      "NORDLAND CONSUMER PRICES FALL 0.3 PCT\n\nOslo, March 10 - Nordland's consumer prices rose 0.3 pct last "
      "month, the statistics office reported, and were 2.1 pct higher on the year.\n");
  EXPECT_EQ(rules_of(findings), (std::vector<std::string>{"direction-conflict"}));
  // The body's own fall of the same size confirms the headline instead.
  EXPECT_TRUE(check_one("NORDLAND CONSUMER PRICES FALL 0.3 PCT\n\nOslo, March 10 - Nordland's consumer prices "
                        "fell 0.3 pct last month after rising 0.3 pct a month earlier, the statistics office "
                        "reported.\n")
                  .empty());
  // Without a metric named on both sides nothing ties the figures.
  EXPECT_TRUE(check_one("NORDLAND CONSUMER PRICES FALL 0.3 PCT\n\nOslo, March 10 - The index rose 0.3 pct last "
                        "month, the statistics office reported.\n")
                  .empty());
}

TEST(DecimalSlip, AnUnlabelledTableCellNeedsItsWholeLabelInTheText) {
  // One word of the row label ("marketing") in a sentence about something else is no tie.
  const std::string table =
      "Year\t2025\t2025\t2024\t2024\nNet sales\t$9,120\t100%\t$8,644\t100%\n"
      "Marketing, distribution and admin\t505\t6%\t398\t5%\n\n";
  EXPECT_TRUE(check_one(table +
                        "Net sales\nNet sales in 2025 grew 6% over 2024. Orders of garden tools in 2025 rose 9% "
                        "over 2024, chiefly because marketing campaigns lifted unit volumes by approximately 50% "
                        "after a weak spring.\n")
                  .empty());
}

TEST(ScaleSlip, PreciseDigitsAtTwoScalesPagesApartInACallTranscript) {
  // A long call states many amounts, and the two sentences are pages apart: three
  // significant digits at two scales, said of one thing, are one figure written wrong.
  std::string call = "Thank you, operator. Our order backlog stood at $4.15 billion, a record.\n";
  for (int i = 0; i < 12; ++i) {
    call += "In region " + std::to_string(i) + ", we shipped " + std::to_string(100 + i) + " units and booked $" +
            std::to_string(20 + i) + " million of orders.\n";
  }
  call += "Looking ahead, the order backlog of $4.15 million gives us good visibility.\n";
  EXPECT_EQ(rules_of(check_one(call)), (std::vector<std::string>{"scale-slip"}));
  // Said of nothing in common, the same digits may be two amounts of a long call
  // ("deposits of $4.15 billion", "other income of $4.15 million").
  std::string unrelated = call;
  const std::string later = "the order backlog of $4.15 million gives";
  unrelated.replace(unrelated.find(later), later.size(), "other income of $4.15 million gives");
  EXPECT_TRUE(check_one(unrelated).empty());
}

TEST(Consistency, AResultsRowsPerShareAndNetFiguresAreDifferentMetrics) {
  EXPECT_TRUE(check_one("ACME CORP <ACM> 1ST QTR NET\n\nShr profit 11 cts vs profit 93 cts\nNet profit 124,434 vs "
                        "profit 1,020,000\nRevs 12.4 mln vs 18.1 mln\n")
                  .empty());
}

TEST(HeadlineVsBody, AHeadlineItsBodyRepeatsIsRightAgainstOtherFigures) {
  // The body repeats the headline's 21.8%: its 19.9% for eight weeks is another period.
  EXPECT_TRUE(check_one("BRISK SHOES FEBRUARY SALES UP 21.8 PCT\n\nBrisk Shoes Inc said its February sales rose 21.8 "
                        "pct to 10.1 mln dlrs. Sales for the eight weeks ended February 28 were up 19.9 pct.\n")
                  .empty());
  // An amount "in addition to" the headline's is set aside: not a slip of it.
  EXPECT_TRUE(check_one("NORDTEL UNIT FILES 500 MLN DLR DEBT OFFERING\n\nNordtel Co filed for a shelf offering of up "
                        "to 500 mln dlrs of debt securities. The offering is in addition to 50 mln dlrs of debt "
                        "securities already registered.\n")
                  .empty());
  // Without the repeat, the headline's slip is found.
  EXPECT_EQ(rules_of(check_one("NORDTEL UNIT FILES 50 MLN DLR DEBT OFFERING\n\nNordtel Co filed for a shelf offering "
                               "of up to 500 mln dlrs of debt securities.\n")),
            (std::vector<std::string>{"decimal-slip"}));
}

TEST(Consistency, SentencesPagesApartMustRepeatTheStatement) {
  // Side by side, two near-identical statements of one figure disagree.
  const std::string near =
      "Halcyon Results Call\n\nHalcyon said adjusted net income was $85 million in the period.\nHalcyon said "
      "adjusted net income was $59 million in the period after charges.\n";
  EXPECT_EQ(rules_of(check_one(near)), (std::vector<std::string>{"consistency"}));
  // Pages apart, as in a call transcript, the same words are another business's figure
  // unless the whole sentence is repeated.
  const std::string filler = "Operator: our next question comes from the line of a caller.\n";
  const std::string apart =
      "Halcyon Results Call\n\nHalcyon said adjusted net income was $85 million in the period.\n" + filler + filler +
      filler + "Halcyon said adjusted net income was $59 million in the period after charges.\n";
  EXPECT_TRUE(check_one(apart).empty());
  const std::string repeated =
      "Halcyon Results Call\n\nHalcyon said grid storage business net income was $85 million in the period.\n" +
      filler + filler + filler + "Halcyon said grid storage business net income was $59 million in the period.\n";
  EXPECT_EQ(rules_of(check_one(repeated)), (std::vector<std::string>{"consistency"}));
}

TEST(DecimalSlip, TerseLinesOfOneMetricAndPeriod) {
  // Summary lines share few words, but one metric for one stated period with the same
  // digits is one figure slipped; opposite moves of it are not tied this way.
  EXPECT_EQ(
      rules_of(check_one("Meta results\n\nMeta posts second-quarter 2026 earnings per share of $2.0 on "
                         "advertising.\nThe board met in Menlo Park on Tuesday.\nIn the filing, second-quarter "
                         "2026 earnings per share were $0.20 excluding items.\nThe company did not comment further, a "
                         "spokesperson said.\n")),
      (std::vector<std::string>{"decimal-slip"}));
  EXPECT_TRUE(check_one("Meta results\n\nMeta said second-quarter 2026 ad impressions rose 20% in Asia.\nThe board "
                        "met in Menlo Park on Tuesday.\nIn Europe, second-quarter 2026 ad impressions fell 20% on "
                        "lower demand.\nThe company did not comment further, a spokesperson said.\n")
                  .empty());
}

TEST(Consistency, HedgeAndRoundingAreRespected) {
  // "around 7%" covers 6 to 8; 6.5% (6.45 to 6.55) fits inside.
  EXPECT_TRUE(check_one("Meta Stock Rises Around 7% Today\n\nMeta's stock closed up 6.5% on the day.\n").empty());
  // Near miss: 5.8% (5.75 to 5.85) lies outside 6 to 8.
  const auto findings = check_one("Meta Stock Rises Around 7% Today\n\nMeta's stock closed up 5.8% on the day.\n");
  EXPECT_EQ(rules_of(findings), (std::vector<std::string>{"headline-vs-body"}));
}

TEST(Consistency, RoundingEdgeOfExactFigures) {
  // The same statement twice (a near-identical frame), the figure written differently.
  // 3.1% allows 3.05 to 3.15, 3.15% allows 3.145 to 3.155: they touch, so no finding.
  auto story = [](const std::string& second) {
    return "Acme News Today\n\nMeta shares rose 3.1% on Monday after the Muse Spark model launch. Traders said Meta "
           "shares rose " +
           second + " on Monday after the Muse Spark model launch.\n";
  };
  EXPECT_TRUE(check_one(story("3.15%")).empty());
  const auto findings = check_one(story("3.2%"));
  ASSERT_EQ(findings.size(), 1U);
  EXPECT_EQ(findings[0].rule, "consistency");
  EXPECT_EQ(findings[0].severity, Severity::Error);
}

TEST(Consistency, OppositeDirectionsAreNotComparedAsMagnitudes) {
  EXPECT_TRUE(check_one("Acme News Today\n\nMeta shares rose 3% on Monday. Meta shares fell 1% on Tuesday.\n").empty());
}

TEST(Consistency, DifferentPeriodsAreNotCompared) {
  EXPECT_TRUE(
      check_one(
          "Meta set its 2025 capital expenditure at $40 billion and its 2026 capital expenditure at $115 billion.\n")
          .empty());
}

TEST(Consistency, DifferentMetricsAreNotCompared) {
  EXPECT_TRUE(check_one("Meta's stock rose 2.5% after a 3.5% increase in Facebook ad click-through rates.\n").empty());
}

TEST(RangeContainment, PointOutsideRangeAcrossArticles) {
  const auto findings = check_texts({
      // The headline of one article against the other's body: an outlet's headline figure
      // is what the others report, whatever words each uses.
      {"guide.txt",
       "Meta Sets Out Its Plans\n\nMeta has set its 2026 capital expenditure guidance at $115 billion to $135 "
       "billion for Muse Spark. Muse Spark matters.\n"},
      {"gamble.txt", "150 billion dollar gamble!\n\nMeta's Muse Spark debuts. Muse Spark is here.\n"},
  });
  ASSERT_EQ(findings.size(), 1U);
  EXPECT_EQ(findings[0].rule, "range-containment");
  EXPECT_EQ(findings[0].severity, Severity::Warning);
  EXPECT_EQ(findings[0].claims[0].text, "150 billion dollar");
}

TEST(RangeContainment, BoundsTheRangeSatisfiesAreCompatible) {
  EXPECT_TRUE(
      check_texts({
                      {"guide.txt",
                       "Meta has set its 2026 capital expenditure guidance at $115 billion to $135 billion. Muse "
                       "Spark, Muse Spark.\n"},
                      {"over.txt", "Meta has capital expenditure exceeding $115 billion. Muse Spark, Muse Spark.\n"},
                      {"head.txt",
                       "Meta News\n\nAnnual Capital Expenditure Exceeding $100 Billion\n\nMuse Spark, Muse Spark.\n"},
                  })
          .empty());
}

TEST(RangeContainment, NearMissInsideTheRoundedRange) {
  // $136 billion allows 135.5 to 136.5; the range allows up to 135.5: they touch.
  // Within one article a range is compared only with the same statement (its frame).
  EXPECT_TRUE(check_one("Meta set its 2026 capital expenditure guidance at $115 billion to $135 billion. Later, Meta "
                        "set its 2026 capital expenditure guidance at $136 billion.\n")
                  .empty());
  EXPECT_EQ(rules_of(check_one("Meta set its 2026 capital expenditure guidance at $115 billion to $135 billion. Later, "
                               "Meta set its 2026 capital expenditure guidance at $137 billion.\n")),
            (std::vector<std::string>{"range-containment"}));
  // Another statement of the same metric is another fact: a plan against a guidance.
  EXPECT_TRUE(check_one("Meta set 2026 capital expenditure at $115 billion to $135 billion. Later, Meta's capital "
                        "expenditure of $137 billion in 2026 looms.\n")
                  .empty());
}

TEST(OutlierMajority, NamesTheFigureTheOtherSourcesSupport) {
  const auto findings = check_texts({
      {"a.txt", "Meta's stock rose 2.5% after Muse Spark. Muse Spark is new.\n"},
      {"b.txt", "Meta's stock price closed up 6.5% after Muse Spark. Muse Spark again.\n"},
      {"c.txt", "Meta Platforms saw its stock rise by around 7% after Muse Spark. Muse Spark.\n"},
  });
  ASSERT_EQ(findings.size(), 1U);
  const Finding& f = findings[0];
  EXPECT_EQ(f.rule, "outlier-majority");
  EXPECT_EQ(f.claims[0].document, "a.txt");
  EXPECT_NE(f.message.find("6.5% and around 7%"), std::string::npos) << f.message;
  EXPECT_NE(f.suggestion.find("6.5%"), std::string::npos);
}

TEST(RepeatedFindings, OneFigureQuestionedAgainstSeveralOutletsIsOneFinding) {
  auto claim = [](std::string document, std::string text, std::size_t at) {
    Claim c;
    c.document = std::move(document);
    c.text = std::move(text);
    c.span = {at, at + 4, 1, static_cast<std::uint32_t>(at + 1)};
    return c;
  };
  auto finding = [&](std::string rule, Severity severity, double confidence, std::string partner_document) {
    Finding f;
    f.rule = std::move(rule);
    f.severity = severity;
    f.confidence = confidence;
    f.message = "a.txt says $40m, " + partner_document + " says $40bn.";
    f.claims = {claim("a.txt", "$40m", 10), claim(partner_document, "$40bn", 20)};
    return f;
  };
  std::vector<Finding> findings{
      finding("scale-slip", Severity::Warning, 0.8, "b.txt"), finding("scale-slip", Severity::Error, 0.7, "c.txt"),
      finding("consistency", Severity::Warning, 0.9, "b.txt"), finding("scale-slip", Severity::Warning, 0.9, "d.txt")};
  merge_repeated_findings(findings);
  ASSERT_EQ(findings.size(), 2U);
  const Finding& merged = findings[0];
  EXPECT_EQ(merged.severity, Severity::Error) << "the most severe is kept whole";
  EXPECT_EQ(merged.confidence, 0.9);
  std::vector<std::string> documents;
  for (const Claim& c : merged.claims) documents.push_back(c.document);
  EXPECT_EQ(documents, (std::vector<std::string>{"a.txt", "c.txt", "b.txt", "d.txt"}));
  EXPECT_EQ(merged.message,
            "a.txt says $40m, c.txt says $40bn. It also disagrees with $40bn (b.txt) and $40bn (d.txt).");
  EXPECT_EQ(findings[1].rule, "consistency") << "another rule's finding on the figure stays its own";
}

TEST(OutlierMajority, ArticlesOnDifferentEventsAreNotCompared) {
  EXPECT_TRUE(check_texts({
                              {"a.txt", "Meta's stock rose 2.5% after Muse Spark. Muse Spark is new.\n"},
                              {"b.txt",
                               "Meta's stock price closed up 6.5% after Quarterly Results. Quarterly Results again.\n"},
                          })
                  .empty());
}

TEST(HeadlineVsBody, TheHeadlineFigureTheBodyContradicts) {
  const auto findings = check_one("Orrin Corp Shares Jump 12%\n\nOrrin Corp shares rose 8.5% on Tuesday.\n");
  ASSERT_EQ(rules_of(findings), (std::vector<std::string>{"headline-vs-body"}));
  EXPECT_EQ(findings[0].severity, Severity::Error);
  EXPECT_EQ(findings[0].claims[0].role, Role::Headline);
  EXPECT_NE(findings[0].message.find("The headline gives"), std::string::npos) << findings[0].message;
  // Front matter titles are headlines too.
  EXPECT_EQ(rules_of(check_texts({{"story.md",
                                   "---\ntitle: Orrin Corp Shares Jump 12%\n---\n\nOrrin Corp shares "
                                   "rose 8.5% on Tuesday.\n"}})),
            (std::vector<std::string>{"headline-vs-body"}));
}

TEST(HeadlineVsBody, RoundingEdge) {
  // "9%" allows 8.5 to 9.5 and "8.5%" 8.45 to 8.55: they meet at 8.5. "8.4%" does not.
  EXPECT_TRUE(check_one("Orrin Corp Shares Jump 9%\n\nOrrin Corp shares rose 8.5% on Tuesday.\n").empty());
  EXPECT_EQ(rules_of(check_one("Orrin Corp Shares Jump 9%\n\nOrrin Corp shares rose 8.4% on Tuesday.\n")),
            (std::vector<std::string>{"headline-vs-body"}));
  EXPECT_TRUE(check_one("Orrin Corp Shares Jump About 9%\n\nOrrin Corp shares rose 8.1% on Tuesday.\n").empty());
}

TEST(RuleEngine, FindingsAreDeterministic) {
  const std::vector<std::pair<std::string, std::string>> docs{
      {"a.txt", "Meta Stock Rises 25% on Muse Spark\n\nMeta's stock rose 2.5%. Muse Spark.\n"},
      {"b.txt", "Meta's stock price closed up 6.5% after Muse Spark. Muse Spark again.\n"},
      {"c.txt", "Meta Platforms saw its stock rise by around 7% after Muse Spark. Muse Spark.\n"}};
  const auto first = check_texts(docs);
  const auto second = check_texts(docs);
  ASSERT_EQ(first.size(), second.size());
  for (std::size_t i = 0; i < first.size(); ++i) {
    EXPECT_EQ(first[i].fingerprint, second[i].fingerprint);
    EXPECT_EQ(first[i].message, second[i].message);
  }
}

TEST(ScaleSlip, MillionAgainstBillion) {
  const auto findings = check_one(
      "Halcyon News Today\n\nHalcyon reported revenue of $4.6 billion from grid storage. Analysts said Halcyon "
      "reported revenue of $4.6 million from grid storage, beating forecasts.\n");
  ASSERT_EQ(findings.size(), 1U);
  EXPECT_EQ(findings[0].rule, "scale-slip");
  EXPECT_NE(findings[0].working.find("4.6 billion = 4.6 million x 1,000"), std::string::npos) << findings[0].working;
}

TEST(ScaleSlip, TheSameNumberRoundedDifferently) {
  const auto findings = check_texts({
      {"a.txt", "Halcyon Corp reported revenue of $2.23 billion in 2025 for Orbit Day. Orbit Day.\n"},
      {"b.txt", "Halcyon Corp reported revenue of $2.2 million in 2025 for Orbit Day. Orbit Day.\n"},
  });
  ASSERT_EQ(rules_of(findings), (std::vector<std::string>{"scale-slip"}));
  // An open-ended figure says too little to call it a slip; as a plain disagreement it
  // needs the same statement twice, which two words of context are not.
  EXPECT_EQ(rules_of(check_texts({
                {"a.txt", "Halcyon Corp reported revenue of $2.23 billion in 2025 for Orbit Day. Orbit Day.\n"},
                {"b.txt", "Halcyon Corp reported revenue of under $2.5 million in 2025 for Orbit Day. Orbit Day.\n"},
            })),
            (std::vector<std::string>{}));
  EXPECT_EQ(rules_of(check_texts({
                {"a.txt",
                 "Halcyon Corp reported revenue of $2.23 billion from grid storage in 2025 for Orbit Day. "
                 "Orbit Day.\n"},
                {"b.txt",
                 "Halcyon Corp reported revenue of under $2.5 million from grid storage in 2025 for Orbit "
                 "Day. Orbit Day.\n"},
            })),
            (std::vector<std::string>{"consistency"}));
}

TEST(ScaleSlip, DifferentNumbersAreNotASlip) {
  // 4.5 (4.45 to 4.55) and 4.6 (4.55 to 4.65) touch at the edge: two numbers, not one.
  const auto findings = check_one(
      "Halcyon News Today\n\nHalcyon reported revenue of $4.6 billion from grid storage. Analysts said Halcyon "
      "reported revenue of $4.5 million from grid storage, beating forecasts.\n");
  EXPECT_EQ(rules_of(findings), (std::vector<std::string>{"consistency"}));
}

TEST(ScaleSlip, OneNumberAtTwoScalesInAnArticleOfFewAmounts) {
  // Few amounts, the same digits under "mln" and "bln": one of them is wrong, whatever
  // words surround them.
  const std::string story =
      "Congress Votes On Aid Bill\n\nThe House of Representatives today opposed a grant of 40 bln dlrs to the "
      "rebels until the administration accounts for earlier aid.\nLeaders said it will be hard to stop the 40 mln "
      "dlrs approved in the spring from going through.\n";
  const auto findings = check_one(story);
  ASSERT_EQ(rules_of(findings), (std::vector<std::string>{"scale-slip"}));
  EXPECT_NE(findings[0].working.find("an article that states 2 amounts"), std::string::npos) << findings[0].working;
  // A correction says which one is meant: not a slip left in the copy.
  EXPECT_TRUE(check_one("Congress Votes On Aid Bill\n\nThe House opposed a grant of 40 bln dlrs to the rebels.\nA "
                        "correction said the grant is 40 mln dlrs instead.\n")
                  .empty());
}

TEST(ScaleSlip, AnArticleOfManyAmountsNeedsWordsInCommon) {
  // A long report states many amounts; the same digits at two scales are then as likely
  // two facts ("$1.5 billion of liquidity", "$1.5 million of subsidies").
  std::string story = "Results Call\n\n";
  for (int i = 1; i <= 9; ++i)
    story += "Segment " + std::to_string(i) + " had sales of $" + std::to_string(i * 11) + " million.\n";
  story +=
      "We had total liquidity of $1.5 billion at quarter end.\nCosts include a benefit of $1.5 million of "
      "subsidies.\n";
  EXPECT_TRUE(check_one(story).empty());
}

TEST(ScaleSlip, ABareTableCellIsNotAScaleWord) {
  // The cell's scale is the table's unit line; "460" against "$460 million" is that line
  // unread, not a slip.
  EXPECT_TRUE(
      check_one(
          "Annual Report 2019\n\nNet sales\t$460\t$443\n\nNet sales were $460 million in 2019, up from $443 million.\n")
          .empty());
}

TEST(DecimalSlip, TwoBoundsAreNoSlip) {
  // "Over 1 million" and "over 100,000" can both be true: neither states a value to slip.
  EXPECT_TRUE(check_one("Kestrel Leasing Call\n\nKestrel has leased well over 1 million square feet of offices a "
                        "quarter.\nThis quarter Kestrel leased over 100,000 square feet of offices.\n")
                  .empty());
}

TEST(DirectionConflict, HeadlineFallsBodyRises) {
  const auto findings =
      check_one("Meta Shares Fall 2.5% on Muse Spark\n\nMeta's stock rose 2.5%, reflecting tailwinds.\n");
  ASSERT_EQ(findings.size(), 1U);
  EXPECT_EQ(findings[0].rule, "direction-conflict");
  EXPECT_NE(findings[0].message.find("went down 2.5%"), std::string::npos) << findings[0].message;
}

TEST(DirectionConflict, DifferentSizedMovesOnUnstatedDaysAreLeftAlone) {
  EXPECT_TRUE(check_one("Acme News Today\n\nMeta shares rose 3% in the morning. Meta shares fell 1% in late trading.\n")
                  .empty());
}

TEST(Comparability, FiguresOfOneSentenceAreAboutDifferentThings) {
  EXPECT_TRUE(
      check_one("Kestrel News Today\n\nKestrel copper output rose 11% to 286,000 tonnes, while Kestrel cobalt output "
                "fell 9% to 14,200 tonnes.\n")
          .empty());
}

TEST(Comparability, FiguresOfOneLongSentenceAreStillOneSentence) {
  // Excerpts of a sentence longer than an excerpt are windows around each figure; the two
  // figures are still in one sentence (this quarter's and a year ago's).
  const std::string sentence =
      "For the three months ended September 30, 2020, Kestrel reported $208 million in revenues, net income of $11.8 "
      "million and an adjusted EBITDA of $14.1 million, compared to $201.2 million in revenues, net income of $1.9 "
      "million and adjusted EBITDA of $3.4 million in the third quarter of 2019, as the brokerage recovered.";
  ASSERT_GT(sentence.size(), 300U);
  EXPECT_TRUE(check_one("Kestrel News Today\n\n" + sentence + "\n").empty());
}

TEST(Comparability, ATemplateRepeatedForAnotherSegmentIsAnotherFact) {
  // A call walks through its segments in one sentence template; the segment's name sits
  // outside the figure's few words. Only the same sentence repeated is the same fact.
  std::string call = "Kestrel Third Quarter Call\n\n";
  const std::string filler = "We continue to see strong demand.\n";
  call += "In our fresh-cut fruit category, net sales increased to $124 million, compared with $123 million.\n";
  for (int i = 0; i < 4; ++i) call += filler;
  call += "In our fresh vegetable category, net sales increased to $46 million, compared with $40 million.\n";
  EXPECT_TRUE(check_one(call).empty());
  std::string repeated = "Kestrel Third Quarter Call\n\n";
  repeated += "In our fresh-cut fruit category, net sales increased to $124 million, compared with $123 million.\n";
  for (int i = 0; i < 4; ++i) repeated += filler;
  repeated += "In our fresh-cut fruit category, net sales increased to $142 million, compared with $123 million.\n";
  EXPECT_EQ(rules_of(check_one(repeated)), (std::vector<std::string>{"consistency"}));
}

TEST(Comparability, EarlierValuesOutlooksAndSegmentsAreNotTheCurrentWhole) {
  EXPECT_TRUE(check_one("Kestrel News Today\n\nKestrel gross margin improved to 18.6% from 15.9%. Kestrel said gross "
                        "margin was 18.6%.\n")
                  .empty());
  EXPECT_TRUE(check_one("Fed News Today\n\nThe Fed cut rates by 25 basis points on Wednesday. Traders now expect the "
                        "Fed to cut rates "
                        "by about 60 basis points by December.\n")
                  .empty());
  EXPECT_TRUE(check_one("Juniper Retail News\n\nJuniper Retail revenue rose 1.4% in the year. Online sales rose 6% at "
                        "Juniper Retail.\n")
                  .empty());
}

TEST(Comparability, QuarterAndFullYearFiguresDiffer) {
  EXPECT_TRUE(check_one("Arcadia News Today\n\nArcadia reported quarterly revenue of $3.1 billion. Arcadia expects "
                        "full-year revenue of $12 billion to $13 billion.\n")
                  .empty());
}

TEST(Comparability, PricesAreComparedOnlyOnTheSameDay) {
  EXPECT_TRUE(
      check_one(
          "Meridian News Today\n\nMeridian shares closed at HK$15.03. The placement was priced at HK$14.52 a share "
          "and Meridian shares traded at HK$17.40 last year.\n")
          .empty());
}

TEST(Comparability, AYearToDateTotalIsNotTheQuarters) {
  const std::string quarter =
      "Thank you for joining Acme Partners Inc. Let me turn to results.\n\nThird quarter adjusted operating income "
      "and adjusted net income of $55.1 million and $41.3 million declined 7% and 11% respectively and adjusted "
      "earnings per share of $1.24 declined 10% versus the third quarter of 2019.\n";
  const std::string rest =
      " operating income and adjusted net income of $210.4 million and $150.9 million declined 15% and 21% "
      "respectively and adjusted earnings per share of $3.62 declined 19% versus the prior period.\n";
  EXPECT_TRUE(check_one(quarter + "Year-to-date," + rest).empty());
  // Without the year-to-date words the two sentences state one figure twice.
  const auto findings = check_one(quarter + "Then," + rest);
  ASSERT_EQ(rules_of(findings), (std::vector<std::string>{"consistency"}));
  EXPECT_EQ(findings[0].claims.at(0).text, "$1.24");
}

TEST(Comparability, ASequentialChangeIsNotTheYearOnYearOne) {
  EXPECT_TRUE(check_one("Acme Industries Inc. Let me turn to the segments.\n\nTotal commercial aftermarket revenue "
                        "increased by approximately 37% in Q4 and declined approximately 16% for full year fiscal "
                        "2021 when compared with prior year periods.\nBookings were solid in the quarter.\n"
                        "Sequentially, total commercial aftermarket revenues grew approximately 12%, and bookings "
                        "grew more than 20%.\n")
                  .empty());
}

TEST(Comparability, ARunningTotalIsNotThePlannedOne) {
  const std::string plan =
      "Acme Financial Corp. Let me update you on the merger.\n\nThis consists of merger-related and restructuring "
      "charges of approximately $2.4 billion and incremental operating expenses related to the merger of "
      "approximately $1.6 billion.\nWe remain on track.\n";
  const std::string incurred =
      " the merger was announced, we have incurred $1.1 billion of merger-related and restructuring charges and $700 "
      "million incremental operating expenses related to the merger.\n";
  EXPECT_TRUE(check_one(plan + "Since" + incurred).empty());
  EXPECT_EQ(rules_of(check_one(plan + "When" + incurred)), (std::vector<std::string>{"consistency"}));
}

TEST(DirectionConflict, OneDigitMovesLinesApartAreDifferentMoves) {
  const std::string head =
      "Acme Produce Inc. Thank you.\n\nOverall volume was 10% higher, unit pricing was 1% higher and unit cost was "
      "2% lower than the third quarter.\nWe saw good demand.\nBananas did well.\nMargins held.\n";
  EXPECT_TRUE(check_one(head + "Volume increased 9%, unit price increased 6% and unit cost was 1% lower.\n").empty());
  // A size written more precisely is one move written twice.
  const std::string precise =
      "Acme Produce Inc. Thank you.\n\nOverall volume was 10% higher, unit pricing was 1% higher and unit cost was "
      "2.5% lower than the third quarter.\nWe saw good demand.\nBananas did well.\nMargins held.\n";
  EXPECT_EQ(rules_of(check_one(precise + "Volume increased 9%, unit price increased 6% and unit cost was 2.5% "
                                         "higher than the third quarter.\n")),
            (std::vector<std::string>{"direction-conflict"}));
}

TEST(Comparability, TwoNotesUnderATableAreAboutDifferentRows) {
  const std::string note =
      " shares of our common stock issuable upon exercise of stock options exercisable within 60 days of February "
      "15, 2020.\n";
  const std::string head = "Beneficial ownership of Acme Corp\n\nThe table lists holders of Acme Corp stock.\n";
  EXPECT_TRUE(check_one(head + "(3) Consists of 16,016" + note +
                        "(4) Includes shares held in trust.\n(5) Consists of 36,888" + note)
                  .empty());
  EXPECT_EQ(rules_of(check_one(head + "Consists of 16,016" + note + "Consists of 36,888" + note)),
            (std::vector<std::string>{"consistency"}));
}

TEST(Comparability, OuncesOfGoldAreNotOuncesOfSilver) {
  const std::string head = "Westmin Mining Corp said output rose.\n\n";
  EXPECT_TRUE(check_one(head +
                        "The mine produced 44,000 ounces of gold and 966,266 ounces of silver in 1986, a company "
                        "spokesman said.\nThe mine produced 44,000 ounces of gold, 966,266 ounces of silver and "
                        "copper in 1986, the spokesman said.\n")
                  .empty());
  const auto findings = check_one(head +
                                  "The mine produced 44,000 ounces of gold in 1986, a company spokesman said.\nThe "
                                  "mine produced 54,000 ounces of gold in 1986, a company spokesman said.\n");
  ASSERT_EQ(rules_of(findings), (std::vector<std::string>{"consistency"}));
  EXPECT_NE(findings[0].message.find("number of ounces of gold"), std::string::npos) << findings[0].message;
}

TEST(Comparability, ACallRepeatsOneSentenceForEachSegment) {
  // The call's host is the company of every sentence; the segment is named sentences
  // before, so the same sentence pages apart may be another segment's.
  const std::string sentence =
      "% on a two-year basis, which includes the impact of about 2% of our stores being temporarily closed as of "
      "the end of the quarter.\n";
  std::string call =
      "Welcome to the Acme Brands second quarter earnings call.\n\nAt Burger Shack, traffic was "
      "strong.\nSame-store sales declined 1" +
      sentence;
  for (int i = 0; i < 4; ++i) call += "We continue to see strong demand.\n";
  call += "Moving on to Taco Town.\nSame-store sales declined 6" + sentence;
  EXPECT_TRUE(check_one(call).empty());
}

TEST(HeadlineEcho, TheHeadlinesDigitsInTheBodyAtAnotherPowerOfTen) {
  // The headline's figure is read with no metric, the body's as a note issue: only the
  // digits and the unit tie them.
  const auto findings = check_one(
      "OPTIMA SETS 14.5 MLN DLR NOTE ISSUE\n\nOptima Inc said it is offering 145 mln dlrs of five-year "
      "notes through underwriters.\n");
  ASSERT_EQ(rules_of(findings), (std::vector<std::string>{"headline-echo"}));
  EXPECT_EQ(findings[0].claims.at(0).text, "14.5 MLN DLR");
  EXPECT_NE(findings[0].working.find("145 million = 14.5 million x 10"), std::string::npos) << findings[0].working;
}

TEST(HeadlineEcho, NotWhereTheBodyConfirmsTheHeadlineOrTheDigitsAreFew) {
  EXPECT_TRUE(check_one("OPTIMA SETS 14.5 MLN DLR NOTE ISSUE\n\nOptima Inc said it is offering 14.5 mln dlrs of "
                        "notes. Its parent raised 145 mln dlrs last year.\n")
                  .empty());
  EXPECT_TRUE(check_one("OPTIMA SETS 5 MLN DLR NOTE ISSUE\n\nOptima Inc said its parent raised 50 mln dlrs last "
                        "year.\n")
                  .empty());
  // A hedged body figure is an estimate of something else, not the headline's digits
  // moved; that the headline's figure is nowhere in the body is headline-unstated's
  // warning.
  EXPECT_EQ(rules_of(check_one("OPTIMA SETS 14.5 MLN DLR NOTE ISSUE\n\nOptima Inc said it received an offer valued "
                               "at about 145 mln dlrs.\n")),
            (std::vector<std::string>{"headline-unstated"}));
  // Another unit or currency is another figure.
  EXPECT_TRUE(check_one("OPTIMA SETS 14.5 MLN DLR NOTE ISSUE\n\nOptima Inc said it is offering 145 mln stg of "
                        "notes.\n")
                  .empty());
}

TEST(HeadlineEcho, APairTheGroupKindsReportIsReportedOnce) {
  EXPECT_EQ(rules_of(check_one("Meta Stock Rises 25% on Muse Spark\n\nMeta's stock rose 2.5%, reflecting "
                               "tailwinds.\n")),
            (std::vector<std::string>{"decimal-slip"}));
}

TEST(HeadlineUnstated, AHeadlineFigureTheBodyNeverStatesAgainstTheLeads) {
  const auto findings = check_one(
      "HARBOUR TRUST TO SELL 18.4 BILLION DLRS IN NOTES\n\nHarbour Trust said it will sell 12.6 billion dlrs of "
      "two-year notes at its auction next week.\n");
  ASSERT_EQ(rules_of(findings), (std::vector<std::string>{"headline-unstated"}));
  EXPECT_EQ(findings[0].severity, Severity::Warning);
  ASSERT_EQ(findings[0].claims.size(), 2U);
  EXPECT_EQ(findings[0].claims[0].text, "18.4 BILLION DLRS");
  EXPECT_EQ(findings[0].claims[1].text, "12.6 billion dlrs");
  EXPECT_NE(findings[0].message.find("never states"), std::string::npos) << findings[0].message;
}

TEST(HeadlineUnstated, TheLeadsFigureWithTheHeadlinesDigitsAmongOthers) {
  // The headline's figure is nowhere in the body; of the lead's two moves, one has its
  // digits a power of ten apart.
  const auto findings = check_one(
      "HARBOUR TRUST MARCH SALES RISE 6 PCT\n\nHarbour Trust said sales for March rose 0.6 pct and year-to-date "
      "sales rose 4.1 pct.\n");
  ASSERT_EQ(rules_of(findings), (std::vector<std::string>{"headline-unstated"}));
  EXPECT_EQ(findings[0].claims[1].text, "0.6 pct");
  EXPECT_NE(findings[0].working.find("same digits"), std::string::npos) << findings[0].working;
  // A level in the headline is no move in the lead.
  EXPECT_TRUE(check_one("OPTIMA SETS 5 MLN DLR NOTE ISSUE\n\nOptima Inc said its parent raised 50 mln dlrs last "
                        "year.\n")
                  .empty());
}

TEST(HeadlineUnstated, NotWhereTheBodyStatesItOrTheLeadIsNotOneFigure) {
  // Stated further down.
  EXPECT_TRUE(check_one("HARBOUR TRUST TO SELL 18.4 BILLION DLRS IN NOTES\n\nHarbour Trust said it will sell 12.6 "
                        "billion dlrs of two-year notes next week.\nThe whole offering comes to 18.4 billion dlrs.\n")
                  .empty());
  // Rounded in the headline.
  EXPECT_TRUE(check_one("HARBOUR TRUST PROFIT UP NEARLY 30 PCT\n\nHarbour Trust said its net profit rose 28.7 pct "
                        "in the year.\n")
                  .empty());
  // Two figures of the unit in the lead: the headline may be their sum.
  EXPECT_TRUE(check_one("HARBOUR TRUST TO SELL 18.4 BILLION DLRS IN NOTES\n\nHarbour Trust said it will sell 12.6 "
                        "billion dlrs of two-year notes and 5.8 billion dlrs of five-year notes.\n")
                  .empty());
  // The lead's figure and another one add up to the headline's.
  EXPECT_TRUE(check_one("HARBOUR TRUST OFFERED 31 DLRS A SHARE\n\nHarbour Trust said holders would receive 22 dlrs a "
                        "share in cash and notes.\nIt values the notes at nine dlrs a share.\n")
                  .empty());
  // A first line that ends with a full stop is a summary's first point, not a headline.
  EXPECT_TRUE(check_one("q1 harbour trust earnings per share $2.18.\nupdates its outlook.\nq1 revenue of $52.5 "
                        "billion.\n")
                  .empty());
  // The lead's first sentence names another metric; a later sentence is another fact.
  EXPECT_TRUE(check_one("Harbour Trust Reports 2025 Sales of $594.7 million\n\nHarbour Trust plans capital "
                        "expenditure of $1.10 billion in 2025. Revenue guidance is $2.5 billion.\n")
                  .empty());
  EXPECT_TRUE(check_one("Harbour Trust Shares Jump 2.6% After Fourth Quarter Results\n\nThe board declared a dividend "
                        "of 113.0 pence per share. Revenue grew 17.4 per cent to 585 million pounds.\n")
                  .empty());
  // Stated in a subheading below the headline.
  EXPECT_TRUE(check_one("Harbour Trust Reports Fourth Quarter Sales of $620.1 million\n\nHarbour Trust agreed to buy a "
                        "rival in a deal worth $4.4 billion.\n\n$620.07 million\n\nThe deal closes in May.\n")
                  .empty());
  // A move in the headline, a level in the lead.
  EXPECT_TRUE(check_one("HARBOUR TRUST RAISES LEAD PRICE 0.50 CT\n\nHarbour Trust said it raised its price of "
                        "corroding lead to 26.50 cents a lb.\n")
                  .empty());
}

}  // namespace
}  // namespace claimcheck::testing
