#pragma once
// Time: the article's own date (from its dateline or metadata) and the periods claims
// refer to, resolved against it ("on Wednesday" in a piece dated 9 April 2026 is
// 2026-04-08). Numeric datelines are read day first (09/04/2026 is 9 April), the
// convention of the wires this tool was first built for.

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/analysed_text.hpp"
#include "extract/lexicon.hpp"
#include "model/calendar.hpp"
#include "model/month_names.hpp"

namespace claimcheck {

// Looks for a dateline near the top of the document: "10:09 09/04/2026", "2026-03-12",
// "March 11, 2026", "11 March 2026", "Mar 11, 2026" (the lexicon's month names).
std::optional<Date> find_article_date(const MonthNames& months, const AnalysedText& text);

// The period a claim refers to, from the words of its sentence between token `first`
// and `last` (or a table header): a resolved weekday, "FY2026", "2026-Q2", else the year
// nearest to the figure at token `anchor` ("its 2025 capex at $40bn and its 2026 capex at
// $115bn" gives each figure its own year). A year that names an event the figure follows
// ("after 2023 results", lexicon event_prepositions and event_nouns) is not its period,
// nor is "last year" after a comparison word ("up 8% from the same period last year").
std::string find_period(const Lexicon& lexicon, const AnalysedText& text, std::size_t first_token,
                        std::size_t last_token, std::size_t anchor, const std::optional<Date>& article_date);

// The length of period a sentence speaks of, added to a period without one: a quarter
// ("2026" becomes "2026-Q", nothing becomes "Q") or a full year ("2026" becomes "FY2026");
// a sentence about a running total ("year-to-date", "since the merger") makes it "to-date".
std::string with_period_length(const Lexicon& lexicon, const AnalysedText& text, std::size_t first_token,
                               std::size_t last_token, std::string period);

// A weekday written beside a date: "Tuesday, 5 March 2026", "Thursday, March 5" (the
// year of the article when none is written). The calendar rule checks that they agree.
struct WeekdayDate {
  std::size_t first_token = 0;
  std::size_t last_token = 0;
  unsigned stated_weekday = 0;  // 0 = Sunday
  Date date;
};
std::vector<WeekdayDate> find_weekday_dates(const MonthNames& months, const AnalysedText& text,
                                            const std::optional<Date>& article_date);

}  // namespace claimcheck
