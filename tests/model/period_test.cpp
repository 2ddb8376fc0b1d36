// Period: every form the resolver writes reads back to itself, and the questions the
// rules ask of it (a day? a whole year? can two periods be one figure's?) are answered
// from the parsed parts.

#include "model/period.hpp"

#include <gtest/gtest.h>

#include "group/grouper.hpp"

namespace claimcheck::testing {
namespace {

TEST(Period, EveryWrittenFormReadsBackToItself) {
  for (const char* text : {"", "2026", "FY2026", "FY", "2026-Q2", "2026-Q", "Q", "FY2026-Q", "2026-04", "2026-04-08",
                           "2026-04-08-Q", "2026-04-Q", "fiscal 2026", "FYQ", "2026-13"}) {
    EXPECT_EQ(Period::parse(text).to_string(), text);
  }
}

TEST(Period, WhatTheRulesAsk) {
  EXPECT_TRUE(Period::parse("2026-04-08").is_day());
  EXPECT_EQ(Period::parse("2026-04-08").day(), Date{std::chrono::year{2026} / 4 / 8});
  EXPECT_FALSE(Period::parse("2026-04-08-Q").is_day());
  EXPECT_FALSE(Period::parse("FY2026").is_day());
  EXPECT_FALSE(Period::parse("2026-02-31").day());
  for (const char* year : {"2026", "FY2026", "FY"}) EXPECT_TRUE(Period::parse(year).is_year()) << year;
  for (const char* other : {"", "Q", "2026-Q", "2026-04", "2026-04-08"}) EXPECT_FALSE(Period::parse(other).is_year());
  EXPECT_EQ(Period::parse("2026").some_quarter().to_string(), "2026-Q");
  EXPECT_EQ(Period::parse("").some_quarter().to_string(), "Q");
  EXPECT_EQ(Period::parse("2026").whole_year_total().to_string(), "FY2026");
  EXPECT_EQ(Period::parse("").whole_year_total().to_string(), "FY");
}

TEST(Period, TwoPeriodsAreOneFiguresWhenOneLiesWithinTheOther) {
  struct Case {
    const char* a;
    const char* b;
    bool compatible;
  };
  for (const Case& c : std::initializer_list<Case>{{"2026", "2026-04-08", true},
                                                   {"FY2026", "2026", true},
                                                   {"2025", "2026", false},
                                                   {"2026-Q", "2026-Q2", true},
                                                   {"2026-Q2", "2026-Q3", false},
                                                   {"Q", "2025-Q4", true},
                                                   {"", "FY2026", true},
                                                   {"FY2026", "2026-Q2", false},
                                                   {"FY2026", "2026-04", false},
                                                   {"FY2026-Q", "FY2026-Q", false},
                                                   {"2026-Q", "2026-04", false},
                                                   {"2026-04", "2026-04-08", true},
                                                   {"2026-04-08", "2026-04-09", false},
                                                   {"2026-04-08-Q", "2026-04-08", true},
                                                   {"2026-04-Q", "2026-04-08", false},
                                                   {"FY", "2026", true},
                                                   {"FY", "2026-04", false},
                                                   {"odd", "odd", true},
                                                   {"odd", "2026", false},
                                                   {"odd", "", true}}) {
    EXPECT_EQ(periods_compatible(c.a, c.b), c.compatible) << c.a << " / " << c.b;
    EXPECT_EQ(periods_compatible(c.b, c.a), c.compatible) << c.b << " / " << c.a;
  }
}

}  // namespace
}  // namespace claimcheck::testing
