#pragma once
// The period a claim refers to, parsed once from the string form the resolver writes and
// the reports and claim streams carry (Subject::period):
//
//   ""            not stated
//   "2026"        a year (a figure of it: a level, a change, part of the year)
//   "FY2026"      a whole year's total ("fiscal 2026", "net profit for 2025", "2019-20")
//   "FY"          a whole year's total, the year not stated
//   "2026-Q2"     a quarter;  "2026-Q": some quarter of 2026;  "Q": some quarter
//   "2026-04"     a month;    "2026-04-08": a day
//   "2026-04-08-Q", "2026-04-Q": a day or month in a sentence about a quarter
//   "to-date"     a running total up to now ("year-to-date", "since the merger"): kept as text
//
// The rules ask it what they need (a day? a quarter? a whole year?) instead of reading
// the characters; to_string() gives back the form it was parsed from. A form not listed
// (a hand-written claim stream) is kept as text and compares only with itself.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "model/calendar.hpp"

namespace claimcheck {

class Period {
 public:
  Period() = default;
  static Period parse(std::string_view text);

  [[nodiscard]] bool stated() const { return whole_year_ || year_ || quarter_ != 0 || !other_.empty(); }
  // "FY...": a whole year's total.
  [[nodiscard]] bool whole_year() const { return whole_year_; }
  // A quarter, named or not ("2026-Q2", "2026-Q", "Q").
  [[nodiscard]] bool names_quarter() const { return quarter_ != 0; }
  // A calendar year alone, or a whole year's total: "2026", "FY2026", "FY".
  [[nodiscard]] bool is_year() const;
  // "2026-04-08": one day (day() is empty for one not in the calendar, "2026-02-31").
  [[nodiscard]] bool is_day() const;
  [[nodiscard]] std::optional<Date> day() const;

  // The same period with a length the sentence gives it: some quarter ("2026" ->
  // "2026-Q", "" -> "Q", "2026-04-08" -> "2026-04-08-Q"), or its whole year's total
  // ("2026" -> "FY2026", "" -> "FY").
  [[nodiscard]] Period some_quarter() const;
  [[nodiscard]] Period whole_year_total() const;

  [[nodiscard]] std::string to_string() const;

  // Can a figure of period `a` be the same figure as one of `b`? A quarter's figure and a
  // whole year's are never the same thing, nor a whole year's total and a month's or a
  // day's; otherwise one period must lie within the other as written ("2026" and
  // "2026-04-08"; "FY2026" and "2026"; "2026-Q" and "2026-Q2"; an unstated period or
  // year goes with any).
  friend bool compatible(const Period& a, const Period& b);

 private:
  static constexpr std::uint8_t kSomeQuarter = 5;

  // Finer than a year, with the year stated: a quarter, a month or a day of it.
  [[nodiscard]] bool within_a_year() const { return year_ && (quarter_ != 0 || month_ != 0); }

  bool whole_year_ = false;
  std::optional<int> year_;
  std::uint8_t month_ = 0;    // 1-12, or 0: none
  std::uint8_t day_ = 0;      // 1-31, or 0: none
  std::uint8_t quarter_ = 0;  // 1-4, kSomeQuarter, or 0: none; written last
  std::string other_;         // a form not parsed here, as written
};

}  // namespace claimcheck
