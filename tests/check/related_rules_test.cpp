// unit-confusion and derived-rate: figures in different units or per different periods
// for the same thing, firing and not firing, with near-misses at the tolerance edge.

#include "check/related_rules.hpp"

#include <gtest/gtest.h>

#include "support/test_support.hpp"

namespace claimcheck::testing {
namespace {

constexpr const char* kHeader = "Vantor News\n\nMARCH 9, 2026 - ";

TEST(UnitConfusion, SameNumberInPercentAndBasisPoints) {
  const auto findings = check_one(std::string(kHeader) +
                                  "Vantor Corp said its net interest margin rose 50 basis points in 2025. "
                                  "Analysts noted that the Vantor Corp net interest margin rose 0.5% in 2025.\n");
  ASSERT_EQ(rules_of(findings), (std::vector<std::string>{"unit-confusion"}));
  EXPECT_EQ(findings[0].severity, Severity::Warning);
  EXPECT_NE(findings[0].working.find("50 basis points = 0.495 to 0.505 percentage points"), std::string::npos)
      << findings[0].working;
}

TEST(UnitConfusion, PointsThatDoNotConvert) {
  const auto findings = check_one(std::string(kHeader) +
                                  "Vantor Corp net interest margin rose 25 basis points in 2024. Vantor Corp said its "
                                  "net interest margin rose 2.5 percentage points in 2024.\n");
  ASSERT_EQ(rules_of(findings), (std::vector<std::string>{"unit-confusion"}));
  EXPECT_NE(findings[0].working.find("25 basis points = 0.245 to 0.255 percentage points"), std::string::npos)
      << findings[0].working;
}

TEST(UnitConfusion, ARelativeAndAnAbsoluteChangeCanBothBeRight) {
  // 0.5 percentage points on a margin of about 12% is a relative rise of about 4%.
  EXPECT_TRUE(check_one(std::string(kHeader) +
                        "Vantor Corp said its net interest margin rose 50 basis points in 2025. Analysts noted "
                        "that the Vantor Corp net interest margin rose 4% in 2025.\n")
                  .empty());
}

TEST(UnitConfusion, PointsThatConvertAgree) {
  EXPECT_TRUE(check_one(std::string(kHeader) +
                        "Vantor Corp net interest margin rose 25 basis points in 2024. Vantor Corp said its net "
                        "interest margin rose 0.25 percentage points in 2024.\n")
                  .empty());
}

TEST(DerivedRate, ADailyFigureThatCannotMakeTheYear) {
  const auto findings = check_one(std::string(kHeader) +
                                  "Vantor Corp plans capital expenditure of $40 billion in 2026. Vantor Corp is "
                                  "spending $1 billion a day on capital expenditure in 2026.\n");
  ASSERT_EQ(rules_of(findings), (std::vector<std::string>{"derived-rate"}));
  EXPECT_EQ(findings[0].claims[0].text, "$1 billion");
  EXPECT_NE(findings[0].message.find("$1 billion a day"), std::string::npos) << findings[0].message;
  EXPECT_NE(findings[0].working.find("x 250 to 366 days"), std::string::npos) << findings[0].working;
}

TEST(DerivedRate, ADailyFigureWithinTheYearlyOneIsQuiet) {
  // $300 million x 250 = $75 billion, x 366 = $110 billion: "over $300 million" reaches $115 billion.
  EXPECT_TRUE(check_one(std::string(kHeader) +
                        "Vantor Corp plans capital expenditure of $115 billion to $135 billion in 2026. Vantor Corp "
                        "is spending over $300 million a day on capital expenditure in 2026.\n")
                  .empty());
}

TEST(DerivedRate, NearMissAtTheDayCountEdge) {
  // $110 million x 366 = $40.3 billion reaches $39.5 billion; $100 million x 366 = $36.6 billion does not.
  EXPECT_TRUE(check_one(std::string(kHeader) +
                        "Vantor Corp plans capital expenditure of $40 billion in 2026. Vantor Corp is spending $110 "
                        "million a day on capital expenditure in 2026.\n")
                  .empty());
  EXPECT_EQ(rules_of(check_one(std::string(kHeader) +
                               "Vantor Corp plans capital expenditure of $40 billion in 2026. Vantor Corp is spending "
                               "$100.0 million a day on capital expenditure in 2026.\n")),
            (std::vector<std::string>{"derived-rate"}));
}

}  // namespace
}  // namespace claimcheck::testing
