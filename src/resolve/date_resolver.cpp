#include "resolve/date_resolver.hpp"

#include <fmt/format.h>

#include <array>
#include <charconv>
#include <limits>

#include "extract/phrase_table.hpp"
#include "model/period.hpp"

namespace claimcheck {
namespace {

using namespace std::chrono;

constexpr std::array<std::string_view, 7> kWeekdays{"sunday",   "monday", "tuesday", "wednesday",
                                                    "thursday", "friday", "saturday"};

std::optional<int> to_int(std::string_view s) {
  int v = 0;
  const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc{} || ptr != s.data() + s.size()) return std::nullopt;
  return v;
}

std::optional<unsigned> weekday_of(std::string_view word) {
  // Asked of every word of an article: most are turned away before being lower-cased.
  const auto ends_in_day = [&] {
    const std::string_view tail = word.substr(word.size() - 3);
    return (tail[0] | 0x20) == 'd' && (tail[1] | 0x20) == 'a' && (tail[2] | 0x20) == 'y';
  };
  if (word.size() < 6 || word.size() > 9 || !ends_in_day()) return std::nullopt;
  const LowerWord lowered(word);
  const std::string_view lower = lowered.view();
  for (std::size_t d = 0; d < kWeekdays.size(); ++d) {
    if (lower == kWeekdays[d]) return static_cast<unsigned>(d);
  }
  return std::nullopt;
}

std::optional<int> quarter_ordinal(std::string_view lower) {
  if (lower == "first") return 1;
  if (lower == "second") return 2;
  if (lower == "third") return 3;
  if (lower == "fourth") return 4;
  return std::nullopt;
}

std::optional<Date> make_date(int y, unsigned m, unsigned d) {
  const Date date{year{y}, month{m}, day{d}};
  if (!date.ok() || y < 1900 || y > 2100) return std::nullopt;
  return date;
}

bool is_year_token(const AnalysedText& t, std::size_t i) {
  if (t.tokens[i].kind != TokenKind::Number) return false;
  const auto v = to_int(t.token(i));
  return v && *v >= 1900 && *v <= 2100;
}

// Non-space token indices around `i`, for pattern matching.
struct Cursor {
  const AnalysedText& t;
  std::size_t next(std::size_t i) const {
    ++i;
    while (i < t.tokens.size() && t.tokens[i].kind == TokenKind::Space) ++i;
    return i;
  }
  // The token before i that is not a space; past the end (tokens.size()) when there is none.
  std::size_t prev(std::size_t i) const {
    while (i > 0) {
      if (t.tokens[--i].kind != TokenKind::Space) return i;
    }
    return t.tokens.size();
  }
  bool is(std::size_t i, TokenKind k) const { return i < t.tokens.size() && t.tokens[i].kind == k; }
  bool symbol(std::size_t i, char c) const { return is(i, TokenKind::Symbol) && t.text()[t.tokens[i].begin] == c; }
};

// "1986/87", "2019-20": a fiscal year that straddles two calendar years, named by the
// year it ends in ("FY1987"); nullopt where the year at i is not followed by its successor.
std::optional<std::string> split_year_end(const Cursor& c, std::size_t i) {
  const AnalysedText& t = c.t;
  const std::size_t mark = i + 1;
  const std::size_t second = i + 2;
  if (!(c.symbol(mark, '/') || c.symbol(mark, '-')) || !c.is(second, TokenKind::Number)) return std::nullopt;
  const auto first_year = to_int(t.token(i));
  const auto written = to_int(t.token(second));
  if (!first_year || !written) return std::nullopt;
  const int end_year = *first_year + 1;
  const bool successor = (t.token(second).size() == 2 && *written == end_year % 100) || *written == end_year;
  if (!successor) return std::nullopt;
  return fmt::format("FY{}", end_year);
}

struct DateMatch {
  Date date;
  std::size_t last;  // last token of the date as written
};

std::optional<DateMatch> dated(std::optional<Date> date, std::size_t last) {
  if (!date) return std::nullopt;
  return DateMatch{*date, last};
}

// A date written at token i. With `default_year` 0 the year must be written; otherwise
// "March 5" and "5 March" take that year.
std::optional<DateMatch> date_at(const MonthNames& month_names, const AnalysedText& t, std::size_t i,
                                 int default_year = 0) {
  const Cursor c{t};
  const auto& tok = t.tokens;
  // DD/MM/YYYY (day first) and YYYY-MM-DD.
  if (c.is(i, TokenKind::Number) && i + 4 < tok.size() && c.is(i + 2, TokenKind::Number) &&
      c.is(i + 4, TokenKind::Number)) {
    if (c.symbol(i + 1, '/') && c.symbol(i + 3, '/')) {
      const auto d = to_int(t.token(i)), m = to_int(t.token(i + 2)), y = to_int(t.token(i + 4));
      if (d && m && y && *m > 0 && *d > 0)
        return dated(make_date(*y, static_cast<unsigned>(*m), static_cast<unsigned>(*d)), i + 4);
    }
    if (c.symbol(i + 1, '-') && c.symbol(i + 3, '-') && is_year_token(t, i)) {
      const auto y = to_int(t.token(i)), m = to_int(t.token(i + 2)), d = to_int(t.token(i + 4));
      if (y && m && d && *m > 0 && *d > 0)
        return dated(make_date(*y, static_cast<unsigned>(*m), static_cast<unsigned>(*d)), i + 4);
    }
  }
  // Month D, YYYY
  if (c.is(i, TokenKind::Word)) {
    if (const auto m = month_names.number_of(t.token(i))) {
      std::size_t j = c.next(i);
      if (c.symbol(j, '.')) j = c.next(j);
      if (c.is(j, TokenKind::Number)) {
        const auto d = to_int(t.token(j));
        std::size_t k = c.next(j);
        if (c.symbol(k, ',')) k = c.next(k);
        if (d && *d > 0 && k < tok.size() && is_year_token(t, k))
          return dated(make_date(*to_int(t.token(k)), *m, static_cast<unsigned>(*d)), k);
        if (d && *d > 0 && default_year != 0) return dated(make_date(default_year, *m, static_cast<unsigned>(*d)), j);
      }
    }
  }
  // D Month YYYY
  if (c.is(i, TokenKind::Number)) {
    const auto d = to_int(t.token(i));
    const std::size_t j = c.next(i);
    if (d && *d > 0 && c.is(j, TokenKind::Word)) {
      if (const auto m = month_names.number_of(t.token(j))) {
        std::size_t k = c.next(j);
        if (c.symbol(k, ',')) k = c.next(k);
        if (k < tok.size() && is_year_token(t, k))
          return dated(make_date(*to_int(t.token(k)), *m, static_cast<unsigned>(*d)), k);
        if (default_year != 0) return dated(make_date(default_year, *m, static_cast<unsigned>(*d)), j);
      }
    }
  }
  return std::nullopt;
}

// "yesterday", "today", "this year", "last year", "next year", "last June": resolved
// against the article's date; empty when the words at token i are none of these.
std::string relative_period(const MonthNames& month_names, const AnalysedText& t, std::size_t i, std::string_view word,
                            const Date& date) {
  const Cursor c{t};
  const int year = static_cast<int>(date.year());
  if (word == "yesterday") return to_iso(Date{sys_days{date} - days{1}});
  if (word == "today") return to_iso(date);
  if (word != "last" && word != "this" && word != "next") return {};
  const std::size_t next = c.next(i);
  if (!c.is(next, TokenKind::Word)) return {};
  const LowerWord lowered(t.token(next));
  const std::string_view what = lowered.view();
  const int shift = word == "last" ? -1 : word == "next" ? 1 : 0;
  if (what == "year") return std::to_string(year + shift);
  if (what == "month") {
    const Date shifted = Date{date.year(), date.month(), day{1}} + months{shift};
    return fmt::format("{:04}-{:02}", static_cast<int>(shifted.year()), static_cast<unsigned>(shifted.month()));
  }
  if (const auto m = month_names.number_of(what); m && what.size() > 3) {
    // "last June" is the latest June before the article's month; "next June" the first after.
    const unsigned current = static_cast<unsigned>(date.month());
    int y = year;
    if (shift < 0 && *m >= current) --y;
    if (shift > 0 && *m <= current) ++y;
    return fmt::format("{:04}-{:02}", y, *m);
  }
  return {};
}

// What may stand before a dateline's date on its line: a place in capitals or a weekday
// ("HOUSTON, Thursday"), or a label ("date:", "Published"). A lower-case word says the
// date is part of a sentence.
bool dateline_prefix(const AnalysedText& t, std::size_t line_begin, std::size_t date_begin) {
  const auto [first, last] = t.token_range(TextRange{line_begin, date_begin});
  for (std::size_t i = first; i <= last && i < t.tokens.size() && t.tokens[i].begin < date_begin; ++i) {
    if (t.tokens[i].kind != TokenKind::Word) continue;
    const std::string word = ascii_lower(t.token(i));
    const char initial = t.text()[t.tokens[i].begin];
    const bool label = word == "date" || word == "published" || word == "updated" || word == "posted";
    if (initial >= 'a' && initial <= 'z' && !label) return false;
  }
  return true;
}

}  // namespace

std::optional<Date> find_article_date(const MonthNames& month_names, const AnalysedText& t) {
  // A dateline or a front-matter date opens its line ("HOUSTON, March 5, 2026 -",
  // "date: 2026-03-05"); a date deep in a sentence ("the notes mature March 31, 1989")
  // is some other day, and taking its year would misdate every weekday in the story.
  constexpr std::size_t kDatelineBytes = 2048;
  constexpr std::size_t kDatelineColumn = 48;
  for (std::size_t i = 0; i < t.tokens.size() && t.tokens[i].begin < kDatelineBytes; ++i) {
    const TextLine& line = t.layout.line_at(t.tokens[i].begin);
    if (t.tokens[i].begin - line.begin > kDatelineColumn) continue;
    // The prefix is read only for a date found, not for every token near a line's start.
    if (auto d = date_at(month_names, t, i); d && dateline_prefix(t, line.begin, t.tokens[i].begin)) return d->date;
  }
  return std::nullopt;
}

// The first token after `anchor` (up to `last`) that ends an explicit comparison
// ("compared with", "versus", "than"; not the lexicon's comparison_sources, such as "from",
// which also says where money came from);
// past the end where there is none.
std::size_t comparison_after(const Lexicon& lex, const AnalysedText& t, std::size_t anchor, std::size_t last) {
  for (std::size_t k = anchor + 1; k <= last && k < t.tokens.size(); ++k) {
    if (t.tokens[k].kind != TokenKind::Word || lex.comparison_sources.contains(LowerWord(t.token(k)).view())) continue;
    if (lex.comparison_words.match_ending_at(t.text(), t.tokens, k)) return k;
  }
  return std::numeric_limits<std::size_t>::max();
}

std::string find_period(const Lexicon& lex, const AnalysedText& t, std::size_t first, std::size_t last,
                        std::size_t anchor, const std::optional<Date>& article_date) {
  const Cursor c{t};
  std::string year_period;
  std::string relative;
  std::size_t year_distance = std::numeric_limits<std::size_t>::max();
  const std::size_t compared_at = comparison_after(lex, t, anchor, last);
  for (std::size_t i = first; i <= last && i < t.tokens.size(); ++i) {
    // "$124 million, compared with $123 million in the third quarter of 2018": the period
    // after the comparison is the earlier figure's, not this one's.
    if (i > compared_at) break;
    if (c.is(i, TokenKind::Word)) {
      const LowerWord lowered(t.token(i));
      const std::string_view word = lowered.view();
      if (auto wd = weekday_of(word); wd && article_date) {
        // The latest such weekday on or before the article's date.
        const sys_days base{*article_date};
        const auto back = (weekday{base} - weekday{*wd}).count();
        return to_iso(Date{base - days{back}});
      }
      const std::size_t next = c.next(i);
      // "up 8% from the same period last year", "than last year": the period compared with,
      // not the figure's own.
      auto after_comparison = [&] {
        std::size_t k = i;
        for (int words = 0; words < 4 && (k = c.prev(k)) < t.tokens.size() && c.is(k, TokenKind::Word); ++words) {
          if (lex.comparison_words.match_ending_at(t.text(), t.tokens, k)) return true;
        }
        return false;
      };
      if (relative.empty() && article_date && word == "last" && after_comparison()) continue;
      if (relative.empty() && article_date) relative = relative_period(lex.months, t, i, word, *article_date);
      // "in February", "during March": the latest such month on or before the article's date.
      if (relative.empty() && article_date && (word == "in" || word == "during" || word == "for")) {
        const std::size_t m = c.next(i);
        if (c.is(m, TokenKind::Word) && t.token(m).size() > 3) {
          if (const auto month_number = lex.months.number_of(t.token(m));
              month_number && !is_year_token(t, c.next(m))) {
            const unsigned current = static_cast<unsigned>(article_date->month());
            const int y = static_cast<int>(article_date->year()) - (*month_number > current ? 1 : 0);
            relative = fmt::format("{:04}-{:02}", y, *month_number);
          }
        }
      }
      if ((word == "fiscal" || word == "fy") && next < t.tokens.size() && is_year_token(t, next)) {
        return "FY" + std::string(t.token(next));
      }
      // "second quarter of 2026", "2026 third-quarter": the year within three words.
      if (const auto q = quarter_ordinal(word); q && i + 2 < t.tokens.size()) {
        std::size_t k = c.next(i);
        if (c.symbol(k, '-')) k = c.next(k);
        if (k < t.tokens.size() && token_equals(t.text(), t.tokens[k], "quarter")) {
          for (std::size_t y = (i >= 6 ? i - 6 : 0); y <= std::min(k + 6, last) && y < t.tokens.size(); ++y) {
            if (is_year_token(t, y)) return fmt::format("{}-Q{}", t.token(y), *q);
          }
        }
      }
      // "Q2 2025": the quarter's digit is glued to the Q.
      if (word == "q" && c.is(i + 1, TokenKind::Number) && t.token(i + 1).size() == 1 && t.token(i + 1)[0] >= '1' &&
          t.token(i + 1)[0] <= '4') {
        const std::size_t year = c.next(i + 1);
        if (year < t.tokens.size() && is_year_token(t, year))
          return fmt::format("{}-Q{}", t.token(year), t.token(i + 1));
      }
    } else if (is_year_token(t, i)) {
      const std::size_t before = c.prev(i);
      const std::size_t after = c.next(i);
      const bool names_event = c.is(before, TokenKind::Word) && c.is(after, TokenKind::Word) &&
                               lex.event_prepositions.contains(LowerWord(t.token(before)).view()) &&
                               lex.event_nouns.contains(LowerWord(t.token(after)).view());
      if (names_event) continue;
      const std::size_t distance = i > anchor ? i - anchor : anchor - i;
      if (distance < year_distance) {
        year_distance = distance;
        year_period = split_year_end(c, i).value_or(std::string(t.token(i)));
      }
    }
  }
  return relative.empty() ? year_period : relative;
}

}  // namespace claimcheck

namespace claimcheck {

std::string with_period_length(const Lexicon& lexicon, const AnalysedText& t, std::size_t first, std::size_t last,
                               std::string period) {
  bool quarter = false;
  bool full_year = false;
  bool to_date = false;
  for (std::size_t i = first; i <= last && i < t.tokens.size(); ++i) {
    if (t.tokens[i].kind != TokenKind::Word) continue;
    quarter = quarter || lexicon.quarter_words.match_at(t.text(), t.tokens, i).has_value();
    full_year = full_year || lexicon.full_year_words.match_at(t.text(), t.tokens, i).has_value();
    to_date = to_date || lexicon.to_date_words.match_at(t.text(), t.tokens, i).has_value();
  }
  const Period current = Period::parse(period);
  // "Year-to-date, net income of $150 million", "since the merger we have incurred $900
  // million": a running total, neither a quarter's figure nor a year's.
  if (to_date && !quarter && !full_year && !current.names_quarter() && !current.whole_year()) return "to-date";
  // "in the same quarter of fiscal 2025": a quarter of that year, not the year.
  if (quarter && !full_year && !current.names_quarter()) return current.some_quarter().to_string();
  // A flow stated for a bare year ("net profit for 2025") is that year's total.
  if (!current.names_quarter() && !current.whole_year() && (current.is_year() || (full_year && !current.stated()))) {
    return current.whole_year_total().to_string();
  }
  return period;
}

std::vector<WeekdayDate> find_weekday_dates(const MonthNames& month_names, const AnalysedText& t,
                                            const std::optional<Date>& article_date) {
  std::vector<WeekdayDate> out;
  const Cursor c{t};
  const int year = article_date ? static_cast<int>(article_date->year()) : 0;
  for (std::size_t i = 0; i < t.tokens.size(); ++i) {
    if (!c.is(i, TokenKind::Word)) continue;
    const auto stated = weekday_of(t.token(i));
    if (!stated) continue;
    std::size_t j = c.next(i);
    if (c.symbol(j, ',') || c.symbol(j, '(')) j = c.next(j);
    if (j >= t.tokens.size()) continue;
    if (const auto match = date_at(month_names, t, j, year)) {
      out.push_back({i, match->last, *stated, match->date});
      i = match->last;
    }
  }
  return out;
}

}  // namespace claimcheck
