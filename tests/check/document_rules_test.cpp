// arithmetic and calendar: one article's sums and dates, firing and not firing, with
// near-misses at the rounding edge.

#include "check/document_rules.hpp"

#include <gtest/gtest.h>

#include "support/test_support.hpp"

namespace claimcheck::testing {
namespace {

constexpr const char* kHeader = "Kestrel News\n\nMARCH 9, 2026 - ";

TEST(Arithmetic, APercentChangeThatItsFromAndToDoNotMake) {
  const auto findings =
      check_one(std::string(kHeader) + "Kestrel Corp revenue rose 35% from $10 billion to $11 billion.\n");
  ASSERT_EQ(rules_of(findings), (std::vector<std::string>{"arithmetic"}));
  const Finding& f = findings[0];
  EXPECT_EQ(f.severity, Severity::Error);
  ASSERT_EQ(f.claims.size(), 3U);
  EXPECT_EQ(f.claims[0].text, "35%");
  EXPECT_EQ(f.claims[1].text, "$10 billion");
  EXPECT_EQ(f.claims[2].text, "$11 billion");
  EXPECT_NE(f.message.find("+10%"), std::string::npos) << f.message;
}

TEST(Arithmetic, ToThenFromAndComparedWithAreReadToo) {
  EXPECT_EQ(rules_of(check_one(std::string(kHeader) +
                               "Kestrel Corp net income rose 24% to $612 million from $537 million.\n")),
            (std::vector<std::string>{"arithmetic"}));
  EXPECT_TRUE(check_one(std::string(kHeader) +
                        "Kestrel Corp net income rose 14% to $612 million, compared with $537 million a year "
                        "earlier.\n")
                  .empty());
}

TEST(Arithmetic, AComparisonSpelledOutWithItsPeriods) {
  // The direction is the slip: the values make a rise.
  EXPECT_EQ(rules_of(check_one(std::string(kHeader) +
                               "Kestrel Corp operating income decreased 41% to $282.1 million for the first quarter "
                               "of 2026 compared to $200.3 million for the first quarter of 2025.\n")),
            (std::vector<std::string>{"arithmetic"}));
  EXPECT_TRUE(check_one(std::string(kHeader) +
                        "Kestrel Corp operating income increased 41% to $282.1 million for the first quarter of "
                        "2026 compared to $200.3 million for the first quarter of 2025.\n")
                  .empty());
  EXPECT_TRUE(check_one(std::string(kHeader) +
                        "Kestrel Corp net sales decreased by 6% to $216 million as compared to sales of $230 "
                        "million this time last year.\n")
                  .empty());
}

TEST(Arithmetic, TheChangeAfterTheComparedValues) {
  EXPECT_EQ(rules_of(check_one(std::string(kHeader) +
                               "Kestrel Corp earned $0.72 per share versus $0.60 per share in the fourth quarter of "
                               "2025, a 20% decrease.\n")),
            (std::vector<std::string>{"arithmetic"}));
  EXPECT_TRUE(check_one(std::string(kHeader) +
                        "Kestrel Corp earned $0.72 per share versus $0.60 per share in the fourth quarter of 2025, "
                        "a 20% increase.\n")
                  .empty());
  EXPECT_EQ(
      rules_of(check_one(std::string(kHeader) + "Kestrel Corp revenue was $63 million, up 30% from $90 million.\n")),
      (std::vector<std::string>{"arithmetic"}));
  EXPECT_TRUE(
      check_one(std::string(kHeader) + "Kestrel Corp revenue was $63 million, down 30% from $90 million.\n").empty());
}

TEST(Arithmetic, AnotherMeasureIsNotTheEarlierValue) {
  // Analysts' estimates and peers are compared with, not changed from.
  EXPECT_TRUE(check_one(std::string(kHeader) +
                        "Kestrel Corp earnings per share rose 12% to $1.10 for the quarter, compared with analysts' "
                        "estimates of $1.02.\n")
                  .empty());
  EXPECT_TRUE(check_one(std::string(kHeader) +
                        "Kestrel Corp earnings per share rose 12% to $1.10 for the quarter, compared with the $1.02 "
                        "analysts expected.\n")
                  .empty());
}

TEST(Arithmetic, AListAfterTheValuesIsNotTheirChange) {
  EXPECT_TRUE(check_one(std::string(kHeader) +
                        "Kestrel Corp said its divisions grew from 4% to 19% and every region grew too, Europe "
                        "most, up 8%.\n")
                  .empty());
}

TEST(Arithmetic, ComparedValuesAThousandfoldApartByTheirScaleWordsAlone) {
  const auto findings =
      check_one(std::string(kHeader) + "Kestrel Corp newsprint revenue rose to 38.2 bln dlrs from 37.5 mln dlrs.\n");
  ASSERT_EQ(rules_of(findings), (std::vector<std::string>{"arithmetic"}));
  EXPECT_NE(findings[0].message.find("scale words a thousand times apart"), std::string::npos) << findings[0].message;
  // A results table's row against its prior period.
  EXPECT_EQ(rules_of(check_one("Kestrel Corp 1st qtr net\n\nShr 41 cts vs 36 cts\nSales 47.0 mln vs 44.2 mln\nAvg "
                               "shrs 24.6 bln vs 24.1 mln\n")),
            (std::vector<std::string>{"arithmetic"}));
  // A correction, and a one-digit start, are no slips.
  EXPECT_TRUE(check_one(std::string(kHeader) +
                        "Our chart had a typo: its third column should read $2.6 billion rather than $2.6 million.\n")
                  .empty());
  EXPECT_TRUE(check_one(std::string(kHeader) +
                        "Kestrel Corp assets in its new funds rose to $1.6 billion from $1 million a year earlier.\n")
                  .empty());
  // Crossing a billion is written with numbers far apart.
  EXPECT_TRUE(check_one(std::string(kHeader) + "Kestrel Corp sales were 1.2 bln dlrs vs 998 mln dlrs.\n").empty());
  EXPECT_TRUE(check_one(std::string(kHeader) + "Kestrel Corp sales were 1.5 bln dlrs vs 900 mln dlrs.\n").empty());
}

TEST(Arithmetic, RoundingDecidesTheEdge) {
  // $10 billion may be 9.5 to 10.5 and $11 billion 10.5 to 11.5: up to +21%.
  EXPECT_TRUE(
      check_one(std::string(kHeader) + "Kestrel Corp revenue rose 20% from $10 billion to $11 billion.\n").empty());
  // Written to a decimal place they allow +9% to +11% only.
  EXPECT_EQ(rules_of(check_one(std::string(kHeader) +
                               "Kestrel Corp revenue rose 20% from $10.0 billion to $11.0 billion.\n")),
            (std::vector<std::string>{"arithmetic"}));
}

TEST(Arithmetic, PercentagePointsWrittenAsAPercent) {
  const auto findings = check_one(std::string(kHeader) + "Kestrel Corp gross margin fell from 12% to 9%, a 3% drop.\n");
  ASSERT_EQ(rules_of(findings), (std::vector<std::string>{"arithmetic"}));
  EXPECT_NE(findings[0].message.find("difference in percentage points"), std::string::npos) << findings[0].message;
  EXPECT_TRUE(
      check_one(std::string(kHeader) + "Kestrel Corp gross margin fell from 12% to 9%, a 3 percentage point drop.\n")
          .empty());
  EXPECT_TRUE(check_one(std::string(kHeader) + "Kestrel Corp gross margin fell from 12% to 9%, a 25% drop.\n").empty());
}

TEST(Arithmetic, BasisPointsBetweenTwoRates) {
  EXPECT_TRUE(check_one(std::string(kHeader) + "The Kestrel Corp yield rose from 4.25% to 4.50%, up 25 basis "
                                               "points.\n")
                  .empty());
  EXPECT_EQ(rules_of(check_one(std::string(kHeader) + "The Kestrel Corp yield rose from 4.25% to 4.50%, up 35 "
                                                      "basis points.\n")),
            (std::vector<std::string>{"arithmetic"}));
}

TEST(Arithmetic, AMultipleWordTheValuesDoNotMake) {
  const auto findings =
      check_one(std::string(kHeader) + "Orrin Corp net income doubled to $4.6 billion from $3.1 billion.\n");
  ASSERT_EQ(rules_of(findings), (std::vector<std::string>{"arithmetic"}));
  EXPECT_EQ(findings[0].claims.at(0).text, "doubled");
  EXPECT_NE(findings[0].message.find("doubled from $3.1 billion to $4.6 billion, but that is 1.48 times, not 2 times"),
            std::string::npos)
      << findings[0].message;
}

TEST(Arithmetic, MultipleWordsAreRoundButNotThatRound) {
  // "tripled": 2.7 to 3.3 times. 1.0 to 3.1 is about 3.1 times; 1.0 to 3.5 is 3.5.
  EXPECT_TRUE(
      check_one(std::string(kHeader) + "Orrin Corp revenue tripled from $1.0 billion to $3.1 billion.\n").empty());
  EXPECT_EQ(
      rules_of(check_one(std::string(kHeader) + "Orrin Corp revenue tripled from $1.00 billion to $3.50 billion.\n")),
      (std::vector<std::string>{"arithmetic"}));
  EXPECT_TRUE(check_one(std::string(kHeader) + "Orrin Corp costs halved to $2.0 billion from $4.1 billion.\n").empty());
  // "more than doubled" is a bound, not a factor.
  EXPECT_TRUE(
      check_one(std::string(kHeader) + "Orrin Corp sales more than doubled to $9 billion from $3 billion.\n").empty());
}

TEST(Calendar, AWeekdayTheDateDoesNotFallOn) {
  const auto findings = check_one(std::string(kHeader) + "On Tuesday, 5 March 2026, Kestrel Corp opened a plant.\n");
  ASSERT_EQ(rules_of(findings), (std::vector<std::string>{"calendar"}));
  EXPECT_EQ(findings[0].claims.at(0).text, "Tuesday, 5 March 2026");
  EXPECT_NE(findings[0].message.find("is a Thursday"), std::string::npos) << findings[0].message;
  EXPECT_TRUE(check_one(std::string(kHeader) + "On Thursday, 5 March 2026, Kestrel Corp opened a plant.\n").empty());
  // Without a year the article's own is used: March 5 2026 is a Thursday.
  EXPECT_EQ(rules_of(check_one(std::string(kHeader) + "On Friday, March 5, Kestrel Corp opened a plant.\n")),
            (std::vector<std::string>{"calendar"}));
}

TEST(Calendar, OnlyADatelineDatesTheArticle) {
  // A date inside a sentence ("the notes mature March 31, 1989") is some other day: its
  // year does not date "Tuesday, March 24" elsewhere in the story.
  EXPECT_TRUE(check_one("TREASURY TO SELL NOTES\n\nThe Treasury will auction notes on Tuesday, March 24, it said.\n"
                        "The two-year notes mature March 31, 1989.\n")
                  .empty());
  // A dateline does: March 24, 1987 was a Tuesday, not a Wednesday.
  EXPECT_EQ(rules_of(check_one("TREASURY TO SELL NOTES\n\nWASHINGTON, March 20, 1987 - The Treasury will auction "
                               "notes on Wednesday, March 24, it said.\n")),
            (std::vector<std::string>{"calendar"}));
}

TEST(Calendar, AShareMoveOnAWeekend) {
  const auto findings = check_one(std::string(kHeader) + "On Saturday, Kestrel Corp shares rose 4%.\n");
  ASSERT_EQ(rules_of(findings), (std::vector<std::string>{"calendar"}));
  EXPECT_EQ(findings[0].severity, Severity::Warning);
  EXPECT_NE(findings[0].message.find("stock exchanges are closed"), std::string::npos) << findings[0].message;
  EXPECT_TRUE(check_one(std::string(kHeader) + "On Friday, Kestrel Corp shares rose 4%.\n").empty());
}

}  // namespace
}  // namespace claimcheck::testing
