#pragma once
// Calendar dates as the resolver writes them into claims (ISO "2026-03-12") and as the
// calendar rule reads them back: the date type, its ISO spelling, and weekdays.

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace claimcheck {

using Date = std::chrono::year_month_day;

std::string to_iso(const Date& d);
std::optional<Date> parse_iso_date(std::string_view text);  // "2026-03-12" (a prefix is enough)

// 0 = Sunday ... 6 = Saturday.
unsigned weekday_number(const Date& date);
std::string_view weekday_name(unsigned weekday_number);

}  // namespace claimcheck
