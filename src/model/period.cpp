#include "model/period.hpp"

#include <fmt/format.h>

#include <array>

namespace claimcheck {

namespace {

// The number written in exactly `width` digits at the start of `text`.
std::optional<int> fixed_number(std::string_view text, std::size_t width) {
  if (text.size() < width) return std::nullopt;
  int value = 0;
  for (std::size_t i = 0; i < width; ++i) {
    if (text[i] < '0' || text[i] > '9') return std::nullopt;
    value = value * 10 + (text[i] - '0');
  }
  return value;
}

// "-MM" (or "-DD") at the start of `rest`, within [1, most]; consumed when found.
std::uint8_t take_two_digits(std::string_view& rest, int most) {
  if (!rest.starts_with('-')) return 0;
  const auto n = fixed_number(rest.substr(1), 2);
  if (!n || *n < 1 || *n > most || (rest.size() > 3 && rest[3] != '-')) return 0;
  rest.remove_prefix(3);
  return static_cast<std::uint8_t>(*n);
}

}  // namespace

Period Period::parse(std::string_view text) {
  Period p;
  std::string_view rest = text;
  if (rest.starts_with("FY")) {
    p.whole_year_ = true;
    rest.remove_prefix(2);
  }
  if (const auto year = fixed_number(rest, 4); year && (rest.size() == 4 || rest[4] == '-')) {
    p.year_ = year;
    rest.remove_prefix(4);
    p.month_ = take_two_digits(rest, 12);
    if (p.month_ != 0) p.day_ = take_two_digits(rest, 31);
  }
  // The quarter comes last, after a '-' when anything stands before it.
  const bool after_something = rest.size() != text.size();
  if (after_something ? rest.starts_with("-Q") : rest.starts_with('Q')) {
    const std::string_view number = rest.substr(after_something ? 2 : 1);
    if (number.empty()) {
      p.quarter_ = kSomeQuarter;
      rest = {};
    } else if (number.size() == 1 && number[0] >= '1' && number[0] <= '4') {
      p.quarter_ = static_cast<std::uint8_t>(number[0] - '0');
      rest = {};
    }
  }
  if (!rest.empty()) {
    Period other;
    other.other_ = std::string(text);
    return other;
  }
  return p;
}

bool Period::is_year() const { return other_.empty() && quarter_ == 0 && month_ == 0 && (year_ || whole_year_); }

bool Period::is_day() const { return other_.empty() && !whole_year_ && year_ && day_ != 0 && quarter_ == 0; }

std::optional<Date> Period::day() const {
  if (!is_day()) return std::nullopt;
  const Date date{std::chrono::year{*year_}, std::chrono::month{month_}, std::chrono::day{day_}};
  return date.ok() ? std::optional<Date>(date) : std::nullopt;
}

Period Period::some_quarter() const {
  Period p = *this;
  if (other_.empty() && quarter_ == 0) p.quarter_ = kSomeQuarter;
  return p;
}

Period Period::whole_year_total() const {
  Period p = *this;
  if (other_.empty()) p.whole_year_ = true;
  return p;
}

std::string Period::to_string() const {
  if (!other_.empty()) return other_;
  std::string out = whole_year_ ? "FY" : "";
  if (year_) out += fmt::format("{:04}", *year_);
  if (month_ != 0) out += fmt::format("-{:02}", month_);
  if (day_ != 0) out += fmt::format("-{:02}", day_);
  if (quarter_ != 0) {
    if (!out.empty()) out += '-';
    out += quarter_ == kSomeQuarter ? std::string("Q") : fmt::format("Q{}", quarter_);
  }
  return out;
}

bool compatible(const Period& a, const Period& b) {
  if (!a.other_.empty() || !b.other_.empty()) return !a.stated() || !b.stated() || a.other_ == b.other_;
  // A quarter's figure and a whole year's are never the same thing.
  if ((a.names_quarter() && b.whole_year_) || (b.names_quarter() && a.whole_year_)) return false;
  // A whole year's total and a month's or a day's are not the same figure either.
  if ((a.whole_year_ && !b.whole_year_ && b.within_a_year()) ||
      (b.whole_year_ && !a.whole_year_ && a.within_a_year())) {
    return false;
  }
  if (!a.year_ || !b.year_) return true;  // some quarter of an unstated year; no period
  // One lies within the other as written: the parts in the order written, the shorter
  // list the start of the longer ("2026-04" and "2026-04-08"; "2026-Q" and "2026-Q2").
  struct Part {
    char kind;  // 'y', 'm', 'd', 'q'
    int value;
  };
  auto parts = [](const Period& p) {
    std::array<Part, 4> out{};
    std::size_t n = 0;
    out[n++] = {'y', *p.year_};
    if (p.month_ != 0) out[n++] = {'m', p.month_};
    if (p.day_ != 0) out[n++] = {'d', p.day_};
    if (p.quarter_ != 0) out[n++] = {'q', p.quarter_};
    return std::pair{out, n};
  };
  const auto [pa, na] = parts(a);
  const auto [pb, nb] = parts(b);
  for (std::size_t i = 0; i < std::min(na, nb); ++i) {
    if (pa[i].kind != pb[i].kind) return false;
    const bool some_quarter =
        pa[i].kind == 'q' && (pa[i].value == Period::kSomeQuarter || pb[i].value == Period::kSomeQuarter);
    if (pa[i].value != pb[i].value && !some_quarter) return false;
  }
  return true;
}

}  // namespace claimcheck
