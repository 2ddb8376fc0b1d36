#include "model/calendar.hpp"

#include <fmt/format.h>

#include <array>
#include <charconv>

namespace claimcheck {
namespace {

using namespace std::chrono;

std::optional<int> to_int(std::string_view s) {
  int v = 0;
  const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc{} || ptr != s.data() + s.size()) return std::nullopt;
  return v;
}

std::optional<Date> make_date(int y, unsigned m, unsigned d) {
  const Date date{year{y}, month{m}, day{d}};
  if (!date.ok() || y < 1900 || y > 2100) return std::nullopt;
  return date;
}

}  // namespace

std::string to_iso(const Date& d) {
  return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(d.year()), static_cast<unsigned>(d.month()),
                     static_cast<unsigned>(d.day()));
}

std::optional<Date> parse_iso_date(std::string_view s) {
  if (s.size() < 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  const auto y = to_int(s.substr(0, 4)), m = to_int(s.substr(5, 2)), d = to_int(s.substr(8, 2));
  if (!y || !m || !d || *m <= 0 || *d <= 0) return std::nullopt;
  return make_date(*y, static_cast<unsigned>(*m), static_cast<unsigned>(*d));
}

unsigned weekday_number(const Date& date) { return weekday{sys_days{date}}.c_encoding(); }

std::string_view weekday_name(unsigned weekday_number) {
  static constexpr std::array<std::string_view, 7> kNames{"Sunday",   "Monday", "Tuesday", "Wednesday",
                                                          "Thursday", "Friday", "Saturday"};
  return kNames.at(weekday_number % 7);
}

}  // namespace claimcheck
