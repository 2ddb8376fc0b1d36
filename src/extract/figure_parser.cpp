#include "extract/figure_parser.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <limits>
#include <string>

namespace claimcheck {
namespace {

constexpr double kInfinity = std::numeric_limits<double>::infinity();

bool is_year(const ParsedNumber& n) {
  return n.decimals == 0 && !n.has_thousands_separator && n.value >= 1900 && n.value <= 2100;
}

// One unit of the last written digit. A round integer is read as rounded at its last
// non-zero digit, keeping at least two significant digits: "71,000" at the thousand,
// "150" and "300" at the ten, "1,000" at the hundred; "7" and "25" at the unit.
double precision_unit(const ParsedNumber& n) {
  if (n.decimals > 0) return std::pow(10.0, -n.decimals);
  const double magnitude = std::fabs(n.value);
  if (magnitude < 100 || magnitude >= 1e15) return 1.0;
  int digits = 0;
  int trailing_zeros = 0;
  bool nonzero_seen = false;
  for (double v = std::floor(magnitude); v >= 1; v = std::floor(v / 10)) {
    const int digit = static_cast<int>(std::fmod(v, 10.0));
    ++digits;
    if (digit != 0) nonzero_seen = true;
    if (!nonzero_seen) ++trailing_zeros;
  }
  return std::pow(10.0, std::min(trailing_zeros, digits - 2));
}

std::string singular(std::string noun) {
  if (noun.size() > 3 && noun.back() == 's' && noun[noun.size() - 2] != 's') noun.pop_back();
  return noun;
}

}  // namespace

std::size_t count_digits(std::string_view number_text) {
  return static_cast<std::size_t>(
      std::count_if(number_text.begin(), number_text.end(), [](char c) { return c >= '0' && c <= '9'; }));
}

ParsedNumber parse_number_text(std::string_view text) {
  ParsedNumber n;
  std::string digits;
  digits.reserve(text.size());
  bool after_point = false;
  for (const char c : text) {
    if (c == ',') {
      n.has_thousands_separator = true;
      continue;
    }
    if (c == '.')
      after_point = true;
    else if (after_point)
      ++n.decimals;
    digits.push_back(c);
  }
  n.value = std::strtod(digits.c_str(), nullptr);
  return n;
}

struct FigureParser::Value {
  ParsedNumber number;
  double unit = 1.0;  // precision unit in written digits
};

bool FigureParser::is(std::size_t pos, TokenKind kind) const {
  return pos < doc_.tokens.size() && doc_.tokens[pos].kind == kind;
}

bool FigureParser::is_symbol(std::size_t pos, char c) const {
  return is(pos, TokenKind::Symbol) && doc_.text()[doc_.tokens[pos].begin] == c;
}

std::size_t FigureParser::next_non_space(std::size_t pos) const {
  while (pos < doc_.tokens.size() && doc_.tokens[pos].kind == TokenKind::Space) ++pos;
  return pos;
}

std::optional<std::size_t> FigureParser::prev_non_space(std::size_t pos) const {
  while (pos > 0) {
    --pos;
    if (doc_.tokens[pos].kind != TokenKind::Space) return pos;
  }
  return std::nullopt;
}

Role FigureParser::role_at(std::size_t token) const {
  return doc_.layout.line_at(doc_.tokens[std::min(token, doc_.tokens.size() - 1)].begin).role;
}

bool FigureParser::glued_to_previous_cell(std::size_t at) const {
  if (at == 0 || !is(at - 1, TokenKind::Word) || role_at(at) != Role::Table) return false;
  const char last = doc_.text()[doc_.tokens[at - 1].end - 1];
  return last >= 'a' && last <= 'z';
}

bool FigureParser::glued_on_the_left(std::size_t at) const {
  if (at == 0) return false;
  const std::size_t prev = at - 1;
  if (is(prev, TokenKind::Word) || is(prev, TokenKind::Number)) return true;  // H100, Reply0
  if (!is(prev, TokenKind::Symbol)) return false;
  const char c = doc_.text()[doc_.tokens[prev].begin];
  if (c == '#' || c == '@' || c == '/' || c == ':' || c == '_' || c == '=' || c == '\\') return true;
  // GPT-4, AF-2, 2026-03-12, 555-0142, version 1.2.3: the number continues a word or number.
  if ((c == '-' || c == '.') && prev > 0 && (is(prev - 1, TokenKind::Word) || is(prev - 1, TokenKind::Number))) {
    return true;
  }
  return false;
}

bool FigureParser::in_capitals_headline(std::size_t at) const {
  if (role_at(at) != Role::Headline) return false;
  const TextLine& line = doc_.layout.line_at(doc_.tokens[at].begin);
  const std::string_view text = doc_.text().substr(line.begin, line.end - line.begin);
  return std::none_of(text.begin(), text.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

bool FigureParser::follows_a_name(std::size_t first) const {
  const auto prev = prev_non_space(first);
  if (!prev || !is(*prev, TokenKind::Word) || *prev + 1 == first) return false;
  // "COCOA OUTPUT SEEN AT 45 MLN BAGS": every word of such a headline is a capital.
  if (in_capitals_headline(first)) return false;
  const char c = doc_.text()[doc_.tokens[*prev].begin];
  if (c < 'A' || c > 'Z') return false;
  if (lex_.hedges.match_ending_at(doc_.text(), doc_.tokens, *prev)) return false;  // "Over 650 ETFs"
  // A capital at the start of a sentence or line is not a name.
  const auto before = prev_non_space(*prev);
  if (!before || is(*before, TokenKind::Newline)) return false;
  const char b = is(*before, TokenKind::Symbol) ? doc_.text()[doc_.tokens[*before].begin] : '\0';
  return b != '.' && b != '!' && b != '?' && b != '"';
}

bool FigureParser::cues_count(std::size_t cue_group) const {
  const auto& group = lex_.metric_cue_groups[cue_group];
  return std::any_of(group.begin(), group.end(), [&](const Lexicon::MetricCue& cue) {
    const auto& units = lex_.metrics[cue.metric].units;
    return std::find(units.begin(), units.end(), UnitKind::Count) != units.end();
  });
}

bool FigureParser::counted_word_at(std::size_t w, std::size_t after) const {
  if (w == after || !is(w, TokenKind::Word)) return false;
  const LowerWord lowered(doc_.token(w));
  const std::string_view noun = lowered.view();
  return noun.size() >= 3 && noun.back() == 's' && !lex_.count_stopwords.contains(noun) &&
         !lex_.duration_nouns.contains(noun) && !lex_.scales.contains(noun) && !lex_.calendar_words.contains(noun);
}

bool FigureParser::count_cue_before(std::size_t first) const {
  // Back along the line: up to eight words in prose, the whole row label in a table.
  const bool table = role_at(first) == Role::Table;
  std::size_t words = 0;
  for (auto p = prev_non_space(first); p && (table || words < 8); p = prev_non_space(*p)) {
    if (is(*p, TokenKind::Newline) || (!table && (is_symbol(*p, '.') || is_symbol(*p, ';')))) break;
    if (!is(*p, TokenKind::Word)) continue;
    ++words;
    if (auto m = lex_.metric_cues.match_ending_at(doc_.text(), doc_.tokens, *p); m && cues_count(m->payload))
      return true;
  }
  if (table) {
    const TextLine& line = doc_.layout.line_at(doc_.tokens[first].begin);
    if (line.table_header) {
      const TextLine& header = doc_.layout.lines()[*line.table_header];
      const auto [hf, hl] = doc_.token_range({header.begin, header.end});
      for (std::size_t i = hf; i <= hl && i < doc_.tokens.size(); ++i) {
        if (auto m = lex_.metric_cues.match_at(doc_.text(), doc_.tokens, i); m && cues_count(m->payload)) return true;
      }
    }
  }
  return false;
}

bool FigureParser::in_an_address(std::size_t noun) const {
  const std::string_view word = doc_.token(noun);
  if (word.empty() || word[0] < 'A' || word[0] > 'Z') return false;
  const std::size_t next = next_non_space(noun + 1);
  return next > noun + 1 && is(next, TokenKind::Word) &&
         lex_.address_words.contains(LowerWord(doc_.token(next)).view());
}

std::optional<std::string> FigureParser::counted_noun(const Figure& f, std::size_t pos, const Figure* previous) const {
  const std::size_t w = next_non_space(pos);
  if (w > pos && is(w, TokenKind::Word)) {
    const LowerWord lowered(doc_.token(w));
    const std::string_view noun = lowered.view();
    const bool noun_ok = !noun.empty() && noun.size() >= 2 && !lex_.count_stopwords.contains(noun) &&
                         !lex_.duration_nouns.contains(noun) && !lex_.calendar_words.contains(noun) &&
                         !lex_.scales.contains(noun) && !is_symbol(w + 1, '-');
    if (noun_ok) {
      if (follows_a_name(f.first)) return std::nullopt;  // "Gen 3 actuators", "Llama 2 models"
      if (in_an_address(w)) return std::nullopt;         // "79 Harbour Street", "12 Canal Road"
      return singular(std::string(noun)) + material_after(w);
    }
    if (lex_.duration_nouns.contains(noun) || lex_.calendar_words.contains(noun) || is_symbol(w + 1, '-')) {
      return std::nullopt;  // "24 hours", "10 March", "5 year-old"
    }
  }
  // "41,200 people ... down about 1,900": the noun of the count it is compared with.
  if (previous != nullptr && previous->unit.kind == UnitKind::Count && !previous->unit.noun.empty()) {
    const TextRange sentence = doc_.layout.sentence_at(doc_.tokens[f.first].begin);
    const bool same_sentence = doc_.tokens[previous->first].begin >= sentence.begin;
    Figure probe = f;
    read_hedge(probe);
    const auto link = prev_non_space(probe.first_with_hedge());
    if (same_sentence && link && is(*link, TokenKind::Word)) {
      // "... from 5,200", "compared with 5,200", "to 6,450", "down about 1,900".
      const bool comparison = lex_.comparison_words.match_ending_at(doc_.text(), doc_.tokens, *link).has_value() ||
                              token_equals(doc_.text(), doc_.tokens[*link], "to") ||
                              lex_.directions.match_ending_at(doc_.text(), doc_.tokens, *link).has_value();
      if (comparison) return previous->unit.noun;
    }
  }
  if (count_cue_before(f.first)) return std::string();  // the metric names what is counted
  return std::nullopt;
}

// "44,000 ounces of gold": what a unit of measure measures ("of gold"), else nothing.
std::string FigureParser::material_after(std::size_t noun) const {
  if (!lex_.measure_nouns.contains(LowerWord(doc_.token(noun)).view())) return {};
  const std::size_t of = next_non_space(noun + 1);
  if (of == noun + 1 || !is(of, TokenKind::Word) || !token_equals(doc_.text(), doc_.tokens[of], "of")) return {};
  const std::size_t w = next_non_space(of + 1);
  if (w == of + 1 || !is(w, TokenKind::Word)) return {};
  const LowerWord material(doc_.token(w));
  if (lex_.count_stopwords.contains(material.view()) || lex_.frame_stopwords.contains(material.view())) return {};
  return " of " + std::string(material.view());
}

bool FigureParser::is_list_marker(std::size_t at) const {
  for (std::size_t k = at; k > 0; --k) {
    const TokenKind kind = doc_.tokens[k - 1].kind;
    if (kind == TokenKind::Newline) break;
    if (kind != TokenKind::Space) return false;
  }
  return (is_symbol(at + 1, '.') || is_symbol(at + 1, ')')) &&
         (is(at + 2, TokenKind::Space) || at + 2 >= doc_.tokens.size());
}

bool FigureParser::is_enumeration_mark(std::size_t at) const {
  // "(1)" after a row label or inside a sentence: a footnote or an enumeration. A table
  // cell holding nothing else is an accounting negative, "(1)" = -1.
  const std::string_view digits = doc_.token(at);
  if (digits.size() > 2 || !is_symbol(at + 1, ')') || at == 0 || !is_symbol(at - 1, '(')) return false;
  return !tables_.fills_data_cell(at - 1, at + 1);
}

bool FigureParser::is_date_or_time(std::size_t at) const {
  return (is_symbol(at + 1, '/') || is_symbol(at + 1, ':')) && is(at + 2, TokenKind::Number);
}

void FigureParser::read_prefix(std::size_t at, Figure& f, bool& has_currency, int& sign) const {
  std::size_t first = at;
  if (at > 0) {
    const bool spaced = is(at - 1, TokenKind::Space);
    const std::size_t candidate = spaced ? at - 2 : at - 1;
    if (!spaced || at >= 2) {
      std::optional<PhraseMatch> m = lex_.currency_symbols.match_ending_at(doc_.text(), doc_.tokens, candidate);
      // A symbol is written in one piece: "a $750 million" is "$", not "A$".
      if (m && m->last - m->first + 1 != m->words) {
        m = lex_.currency_symbols.match_at(doc_.text(), doc_.tokens, candidate);
        if (m && m->last != candidate) m.reset();
      }
      if (!m) m = lex_.currency_codes.match_ending_at(doc_.text(), doc_.tokens, candidate);
      if (m) {
        f.unit.kind = UnitKind::Money;
        f.unit.currency = lex_.currencies[m->payload].currency;
        has_currency = true;
        first = m->first;
      }
    }
  }
  if (first > 0 && (is_symbol(first - 1, '-') || is_symbol(first - 1, '+'))) {
    // In a scraped table the sign may follow the previous cell directly: "27.5%+2.1 pp".
    const bool after_cell = role_at(first) == Role::Table &&
                            (is_symbol(first - 2, '%') || is_symbol(first - 2, ')') || is(first - 2, TokenKind::Word));
    const bool free_standing = first < 2 || is(first - 2, TokenKind::Space) || is(first - 2, TokenKind::Newline) ||
                               is_symbol(first - 2, '(') || after_cell;
    if (free_standing) {
      sign = is_symbol(first - 1, '-') ? -1 : 1;
      --first;
    }
  }
  f.first = first;
}

bool FigureParser::read_suffix(std::size_t& pos, Figure& f, bool& has_currency, bool& has_scale) const {
  const std::string_view text = doc_.text();
  const auto& tokens = doc_.tokens;
  // A percent or point unit, once read, ends the figure; a currency does not ("$115 billion").
  bool has_unit = f.unit.kind != UnitKind::Count && f.unit.kind != UnitKind::Money;
  // Glued suffix: 2.3bn, $5k, 12pc, 50bps.
  if (is(pos, TokenKind::Word)) {
    const std::string word = ascii_lower(doc_.token(pos));
    if (auto s = lex_.scales.find(word); s != lex_.scales.end()) {
      // "1.2m users" but not "4m ago" or "3B": a bare single-letter scale needs a currency
      // or a counted noun right after it.
      if (lex_.single_letter_scales.contains(word) && !has_currency &&
          !counted_word_at(next_non_space(pos + 1), pos + 1)) {
        return false;
      }
      f.scale = s->second;
      has_scale = true;
      ++pos;
    } else if (auto m = lex_.percent.match_at(text, tokens, pos); m && m->first == m->last) {
      f.unit.kind = static_cast<UnitKind>(m->payload);
      has_unit = true;
      ++pos;
    } else {
      return false;  // 1st, 3D, 10K-style glue we cannot read
    }
  }
  if (!has_unit && is_symbol(pos, '%')) {
    f.unit.kind = UnitKind::Percent;
    has_unit = true;
    ++pos;
  } else if (!has_unit && is(pos, TokenKind::Space) && is_symbol(pos + 1, '%')) {
    f.unit.kind = UnitKind::Percent;
    has_unit = true;
    pos += 2;
  }
  // Hyphen compounds are adjectives or names: "two-week", "3-year", "10-K".
  if (is_symbol(pos, '-') && is(pos + 1, TokenKind::Word) && !has_unit) return false;
  // Spaced scale word: "115 billion", "4.5 trillion", "115 bn".
  if (!has_scale && !has_unit && is(pos, TokenKind::Space)) {
    if (auto m = lex_.scale_words.match_at(text, tokens, pos + 1)) {
      const std::string word = ascii_lower(doc_.token(m->first));
      if (!(m->first == m->last && lex_.single_letter_scales.contains(word))) {
        f.scale = lex_.scale_values[m->payload];
        has_scale = true;
        pos = m->last + 1;
      }
    }
  }
  // Unit words: "percent", "basis points", "dollars", "USD", "cents".
  if (!has_unit && is(pos, TokenKind::Space)) {
    const std::size_t w = pos + 1;
    if (auto m = lex_.percent.match_at(text, tokens, w)) {
      f.unit.kind = static_cast<UnitKind>(m->payload);
      pos = m->last + 1;
    } else if (auto minor = lex_.minor_units.match_at(text, tokens, w); minor && !has_currency) {
      // Before currency words, so that "85 euro cents" is not read as "85 euro".
      f.unit.kind = UnitKind::Money;
      f.unit.currency = lex_.currencies[minor->payload].currency;
      f.scale *= lex_.currencies[minor->payload].factor;
      has_currency = true;
      pos = minor->last + 1;
    } else if (auto c = lex_.currency_words.match_at(text, tokens, w);
               c || (c = lex_.currency_codes.match_at(text, tokens, w))) {
      if (!has_currency) {
        f.unit.kind = UnitKind::Money;
        f.unit.currency = lex_.currencies[c->payload].currency;
        has_currency = true;
      }
      pos = c->last + 1;
    }
  }
  return true;
}

void FigureParser::read_hedge(Figure& f) const {
  const auto before = prev_non_space(f.first);
  if (!before) return;
  if (auto m = lex_.hedges.match_ending_at(doc_.text(), doc_.tokens, *before)) {
    const HedgeEntry& h = lex_.hedge_entries[m->payload];
    f.hedge = {h.kind, h.word};
    f.hedge_first = m->first;
    f.hedge_below = h.below;
  }
}

Direction FigureParser::direction_before(const Figure& f) const {
  const std::string_view text = doc_.text();
  // Backwards from the figure (past its hedge): "rose 2.5%", "closed up 6.5%", "rise by around 7%".
  const std::size_t pos = f.first_with_hedge();
  // "rose to $3.42 billion", "down from 6.3%", "closed at $87": the figure is a level.
  if (const auto p = prev_non_space(pos); p && is(*p, TokenKind::Word)) {
    for (const char* level : {"to", "from", "at", "of"}) {
      if (token_equals(text, doc_.tokens[*p], level)) return Direction::None;
    }
  }
  // "reduce our EPS estimate by 40-50 cents": "by" marks an amount of change; look further.
  int window = 4;
  if (const auto p = prev_non_space(pos); p && is(*p, TokenKind::Word) && token_equals(text, doc_.tokens[*p], "by")) {
    window = 7;
  }
  int words = 0;
  for (auto p = prev_non_space(pos); p && words < window; p = prev_non_space(*p)) {
    const Token& t = doc_.tokens[*p];
    if (t.kind == TokenKind::Symbol && text[t.begin] == '\'') continue;
    if (t.kind != TokenKind::Word) break;
    // "up to 40%" is a bound, not a change: the hedge reader already took it.
    if (auto m = lex_.directions.match_ending_at(text, doc_.tokens, *p)) return static_cast<Direction>(m->payload);
    ++words;
  }
  return Direction::None;
}

Direction FigureParser::direction_after(const Figure& f) const {
  // A noun right after the figure: "a 3.5% increase", "a 50 basis point rise".
  const std::size_t next = next_non_space(f.last + 1);
  if (next > f.last + 1 || f.last + 1 >= doc_.tokens.size()) {
    if (auto m = lex_.directions.match_at(doc_.text(), doc_.tokens, next)) return static_cast<Direction>(m->payload);
  }
  return Direction::None;
}

void FigureParser::read_direction(Figure& f) const {
  f.direction = direction_before(f);
  if (f.direction == Direction::None) f.direction = direction_after(f);
}

void FigureParser::read_rate(Figure& f) const {
  const std::size_t next = next_non_space(f.last + 1);
  if (next == f.last + 1) return;  // a rate word is separated by a space
  // "$537 million a year earlier" is the earlier value, not a yearly rate.
  if (lex_.prior_markers.match_at(doc_.text(), doc_.tokens, next)) return;
  if (auto m = lex_.rates.match_at(doc_.text(), doc_.tokens, next)) f.rate = lex_.rate_periods[m->payload];
}

std::string FigureParser::noun_phrase_after(std::size_t pos) const {
  // Up to two words, skipping articles: "of marketing messages" -> "marketing message".
  // A name ("8.9 pct of Del Webb", "89 PCT OF WEBB") or the bare total ("of the total",
  // "of the company") says whose whole it is, which the subject's entity already holds.
  std::string phrase;
  std::size_t words = 0;
  for (std::size_t p = next_non_space(pos); words < 2 && is(p, TokenKind::Word); p = next_non_space(p + 1)) {
    std::string word = ascii_lower(doc_.token(p));
    if (word == "the" || word == "a" || word == "an" || word == "its" || word == "their") continue;
    if (words == 0 && (doc_.token(p)[0] >= 'A' && doc_.token(p)[0] <= 'Z')) return {};
    if (words == 0 && (word == "total" || word == "company" || word == "it" || word == "them")) return {};
    if (lex_.count_stopwords.contains(word)) break;
    if (!phrase.empty()) phrase.push_back(' ');
    phrase += word;
    ++words;
  }
  return singular(phrase);
}

void FigureParser::read_basis(Figure& f) const {
  // Before the figure, in its clause: "Over the past 12 months the stock has gained 38%".
  std::size_t back = 0;
  for (auto p = prev_non_space(f.first); p && back < 10; p = prev_non_space(*p)) {
    if (!is(*p, TokenKind::Word) && !is(*p, TokenKind::Number)) break;
    if (auto m = lex_.change_bases.match_at(doc_.text(), doc_.tokens, *p)) {
      f.basis = lex_.change_basis_names[m->payload];
      return;
    }
    ++back;
  }
  std::size_t words = 0;
  for (std::size_t p = next_non_space(f.last + 1); p < doc_.tokens.size() && words < 4; p = next_non_space(p + 1)) {
    if (auto m = lex_.change_bases.match_at(doc_.text(), doc_.tokens, p)) {
      f.basis = lex_.change_basis_names[m->payload];
      return;
    }
    if (!is(p, TokenKind::Word)) break;  // stop at punctuation and other figures
    ++words;
  }
  // "Sequentially, revenue grew 12%": a basis opening the sentence holds for all of it.
  const TextRange sentence = doc_.layout.sentence_at(doc_.tokens[f.first].begin);
  const auto [first, last] = doc_.token_range(sentence);
  if (auto m = lex_.change_bases.match_at(doc_.text(), doc_.tokens, first); m && is_symbol(m->last + 1, ',')) {
    f.basis = lex_.change_basis_names[m->payload];
  }
}

std::optional<Figure> FigureParser::parse(std::size_t at, const Figure* previous) const {
  if (is(at, TokenKind::Number)) return parse_number(at, previous);
  if (is(at, TokenKind::Word)) {
    if (auto vague = parse_vague(at)) return vague;
    return parse_word_number(at);
  }
  return std::nullopt;
}

bool FigureParser::cannot_start_figure(std::size_t at, bool glued_cell) const {
  if ((!glued_cell && glued_on_the_left(at)) || is_list_marker(at) || is_date_or_time(at) || is_enumeration_mark(at))
    return true;
  // "Llama 2 / 3", "3 / 4 of": an alternative or a fraction, not a figure of its own.
  if (const auto prev = prev_non_space(at); prev && is_symbol(*prev, '/')) return true;
  if (is_symbol(next_non_space(at + 1), '/')) return true;
  // "March 12, 2026": a day of the month.
  if (const auto prev = prev_non_space(at);
      prev && is(*prev, TokenKind::Word) && lex_.calendar_words.contains(LowerWord(doc_.token(*prev)).view())) {
    return true;
  }
  return false;
}

bool FigureParser::in_accounting_parentheses(std::size_t at, const Figure& f) const {
  if (f.first == 0 || !is_symbol(f.first - 1, '(') || doc_.layout.line_at(doc_.tokens[at].begin).role != Role::Table)
    return false;
  std::size_t close = at + 1;
  while (close < doc_.tokens.size() && close <= at + 4 && !is_symbol(close, ')') && !is(close, TokenKind::Newline))
    ++close;
  return is_symbol(close, ')');
}

void FigureParser::read_range(Figure& f, std::size_t& pos, bool& has_currency, bool& has_scale, const Value& low,
                              Value& high, double& low_scale) const {
  const std::size_t sep = next_non_space(pos);
  const auto before = prev_non_space(f.first);
  const bool after_from = before && token_equals(doc_.text(), doc_.tokens[*before], "from");
  const bool after_between = before && token_equals(doc_.text(), doc_.tokens[*before], "between");
  // "edged up 40 cents to $52.70": a change, then the level it reached.
  Figure probe = f;
  probe.last = pos - 1;
  read_hedge(probe);
  const bool is_change = direction_before(probe) != Direction::None;
  const bool is_separator =
      is_symbol(sep, '-') ||
      (is(sep, TokenKind::Word) && token_equals(doc_.text(), doc_.tokens[sep], "to") && !after_from && !is_change) ||
      (is(sep, TokenKind::Word) && token_equals(doc_.text(), doc_.tokens[sep], "and") && after_between);
  if (!is_separator) return;
  std::size_t q = next_non_space(sep + 1);
  if (is_symbol(q, '~')) q = next_non_space(q + 1);
  Figure second;
  bool second_currency = false;
  if (!is(q, TokenKind::Number)) {
    if (auto m = lex_.currency_symbols.match_at(doc_.text(), doc_.tokens, q); m && is(m->last + 1, TokenKind::Number)) {
      second.unit.kind = UnitKind::Money;
      second.unit.currency = lex_.currencies[m->payload].currency;
      second_currency = true;
      q = m->last + 1;
    }
  }
  if (!is(q, TokenKind::Number) || is_date_or_time(q)) return;
  std::size_t pos2 = q + 1;
  bool second_scale = false;
  const ParsedNumber n2 = parse_number_text(doc_.token(q));
  if (!read_suffix(pos2, second, second_currency, second_scale) || !std::isfinite(n2.value)) return;
  const bool units_agree =
      f.unit.kind == second.unit.kind || f.unit.kind == UnitKind::Count || second.unit.kind == UnitKind::Count;
  const bool currencies_agree = !has_currency || !second_currency || f.unit.currency == second.unit.currency;
  const double scale_low = has_scale ? f.scale : second.scale;
  const double scale_high = second_scale ? second.scale : scale_low;
  if (units_agree && currencies_agree && low.number.value * scale_low < n2.value * scale_high) {
    if (f.unit.kind == UnitKind::Count) f.unit = second.unit;
    has_currency = has_currency || second_currency;
    has_scale = has_scale || second_scale;
    low_scale = scale_low;
    f.scale = scale_high;
    high = {n2, precision_unit(n2)};
    f.is_range = true;
    pos = pos2;
  }
}

void FigureParser::complete(Figure& f, const Value& low, const Value& high, double low_scale, bool negative,
                            int sign) const {
  f.decimals = std::max(low.number.decimals, high.number.decimals);
  f.stated = {low.number.value * low_scale, high.number.value * f.scale};
  const double unit_low = low.unit * low_scale;
  const double unit_high = high.unit * f.scale;
  read_hedge(f);
  read_direction(f);
  read_rate(f);
  if (f.unit.kind != UnitKind::Money && f.unit.kind != UnitKind::Count) read_basis(f);
  if (negative && f.direction == Direction::None) f.direction = Direction::Down;
  if (sign > 0 && f.direction == Direction::None) f.direction = Direction::Up;  // "+4.6%"
  {
    const std::size_t w = next_non_space(f.last + 1);
    f.followed_by_of = is(w, TokenKind::Word) && token_equals(doc_.text(), doc_.tokens[w], "of");
    if (f.followed_by_of && f.unit.kind == UnitKind::Percent) f.unit.noun = noun_phrase_after(w + 1);
  }
  widen(f, unit_low, unit_high);
}

std::optional<Figure> FigureParser::parse_number(std::size_t at, const Figure* previous) const {
  // Scraped table cells arrive glued to the cell before ("billion27.5%"): read them there,
  // but only when the figure carries a unit of its own (checked below).
  const bool glued_cell = glued_to_previous_cell(at);
  if (cannot_start_figure(at, glued_cell)) return std::nullopt;
  Figure f;
  bool has_currency = false;
  int sign = 0;
  read_prefix(at, f, has_currency, sign);
  bool negative = sign < 0;

  if (count_digits(doc_.token(at)) > kMaxFigureDigits) return std::nullopt;
  Value low{parse_number_text(doc_.token(at)), 1.0};
  if (!std::isfinite(low.number.value)) return std::nullopt;
  low.unit = precision_unit(low.number);
  negative = negative || in_accounting_parentheses(at, f);  // "(3.2)" in a table is -3.2
  if (negative) low.number.value = -low.number.value;

  std::size_t pos = at + 1;
  bool has_scale = false;
  if (!read_suffix(pos, f, has_currency, has_scale)) return std::nullopt;
  if (!has_currency && !has_scale && f.unit.kind == UnitKind::Count && is_year(low.number)) {
    return std::nullopt;  // 2026, "by 2027"
  }
  Value high = low;
  double low_scale = f.scale;
  // Range: "$115 billion to $135 billion", "$115 - $135 billion", "6-7%", "between 6% and 7%".
  read_range(f, pos, has_currency, has_scale, low, high, low_scale);
  if (is_year(high.number) && !f.is_range && !has_currency && !has_scale && f.unit.kind == UnitKind::Count) {
    return std::nullopt;
  }
  f.last = pos - 1;
  const bool table_cell = !glued_cell && take_table_unit(f, has_currency, has_scale, low_scale);
  const bool amount = !glued_cell && !table_cell && take_context_currency(f, low, previous, has_scale, low_scale);

  // A bare number is a claim only when it counts something: "650 ETFs", "337 million shares".
  if (f.unit.kind == UnitKind::Count && !table_cell && !amount) {
    if (glued_cell) return std::nullopt;
    auto noun = counted_noun(f, pos, previous);
    if (!noun) return std::nullopt;
    f.unit.noun = std::move(*noun);
  }
  complete(f, low, high, low_scale, negative, sign);
  return f;
}

bool FigureParser::take_table_unit(Figure& f, bool has_currency, bool has_scale, double& low_scale) const {
  if (has_scale || f.is_range) return false;
  const bool bare = f.unit.kind == UnitKind::Count;
  if (!bare && !(f.unit.kind == UnitKind::Money && has_currency)) return false;
  const std::optional<TableCellUnit> cell = tables_.cell_unit(f.first, f.last);
  if (!cell) return false;
  if (bare) {
    f.unit.kind = cell->kind;
    f.unit.currency = cell->currency;
  }
  f.scale = cell->scale;
  low_scale = cell->scale;
  return true;
}

bool FigureParser::take_context_currency(Figure& f, const Value& low, const Figure* previous, bool has_scale,
                                         double& low_scale) const {
  if (f.unit.kind != UnitKind::Count || f.is_range) return false;
  if (auto currency = results_.currency_of(f.first)) {
    f.unit.kind = UnitKind::Money;
    f.unit.currency = std::move(*currency);
    return true;
  }
  if (previous == nullptr || previous->unit.kind != UnitKind::Money || previous->unit.currency.empty()) return false;
  if (counted_word_at(next_non_space(f.last + 1), f.last + 1)) return false;  // "from 3 companies"
  // "X vs Y", "X vs loss Y": the comparison word, and at most one word of the row.
  const auto link = prev_non_space(f.first);
  if (!link || doc_.layout.line_index_at(doc_.tokens[previous->last].begin) !=
                   doc_.layout.line_index_at(doc_.tokens[f.first].begin)) {
    return false;
  }
  std::optional<PhraseMatch> compared = lex_.comparison_words.match_ending_at(doc_.text(), doc_.tokens, *link);
  if (!compared && lex_.results_row_labels.match_at(doc_.text(), doc_.tokens, *link)) {
    if (const auto before = prev_non_space(*link))
      compared = lex_.comparison_words.match_ending_at(doc_.text(), doc_.tokens, *before);
  }
  if (!compared || next_non_space(previous->last + 1) != compared->first) return false;
  f.unit.kind = UnitKind::Money;
  f.unit.currency = previous->unit.currency;
  // "327.5 mln guilders vs 311.2": the short form takes the scale too, not a number
  // written out in full ("$5 mln vs 800,000").
  if (!has_scale && previous->scale > 1.0 && std::fabs(low.number.value) < 1000.0 &&
      !low.number.has_thousands_separator) {
    f.scale = previous->scale;
    low_scale = previous->scale;
  }
  return true;
}

void FigureParser::widen(Figure& f, double unit_low, double unit_high) {
  switch (f.hedge.kind) {
    case HedgeKind::Exact:
      f.value = {f.stated.low - unit_low / 2, f.stated.high + unit_high / 2};
      break;
    case HedgeKind::Approximate:
      f.value = {f.stated.low - unit_low, f.stated.high + unit_high};
      break;
    case HedgeKind::LowerBound:
      f.value = {f.stated.low, kInfinity};
      break;
    case HedgeKind::UpperBound:
      f.value = {f.hedge_below >= 1.0 ? std::min(0.0, f.stated.low) : f.stated.high * (1.0 - f.hedge_below),
                 f.stated.high};
      break;
    case HedgeKind::Vague:
      f.value = f.stated;
      break;
  }
}

std::optional<Figure> FigureParser::parse_vague(std::size_t at) const {
  // "tens of billions of dollars", "hundreds of thousands of dollars"
  const auto vague = lex_.vague_quantities.find(LowerWord(doc_.token(at)).view());
  if (vague == lex_.vague_quantities.end()) return std::nullopt;
  const std::string_view text = doc_.text();
  std::size_t p = next_non_space(at + 1);
  if (!is(p, TokenKind::Word) || !token_equals(text, doc_.tokens[p], "of")) return std::nullopt;
  p = next_non_space(p + 1);
  const auto scale = is(p, TokenKind::Word) ? lex_.scales.find(LowerWord(doc_.token(p)).view()) : lex_.scales.end();
  if (scale == lex_.scales.end() || doc_.token(p).size() < 4) return std::nullopt;
  Figure f;
  f.first = at;
  f.last = p;
  f.scale = scale->second;
  std::size_t q = next_non_space(p + 1);
  if (is(q, TokenKind::Word) && token_equals(text, doc_.tokens[q], "of")) {
    const std::size_t w = next_non_space(q + 1);
    if (auto c = lex_.currency_words.match_at(text, doc_.tokens, w)) {
      f.unit.kind = UnitKind::Money;
      f.unit.currency = lex_.currencies[c->payload].currency;
      f.last = c->last;
    } else if (is(w, TokenKind::Word) && !lex_.count_stopwords.contains(LowerWord(doc_.token(w)).view())) {
      f.unit.noun = singular(ascii_lower(doc_.token(w)));
    } else {
      return std::nullopt;
    }
  } else {
    return std::nullopt;
  }
  f.stated = {vague->second.low * f.scale, vague->second.high * f.scale};
  f.value = f.stated;
  f.hedge = {HedgeKind::Vague, ascii_lower(doc_.token(at))};
  if (const auto before = prev_non_space(f.first)) {  // "some tens of billions": the hedge still precedes
    if (auto m = lex_.hedges.match_ending_at(doc_.text(), doc_.tokens, *before)) f.hedge_first = m->first;
  }
  return f;
}

std::optional<Figure> FigureParser::parse_word_number(std::size_t at) const {
  // "two billion dollars", "twenty-five percent": counts in words are left alone.
  if (at > 0 && (is(at - 1, TokenKind::Word) || is(at - 1, TokenKind::Number))) return std::nullopt;
  const std::string_view text = doc_.text();
  auto m = lex_.word_numbers.match_at(text, doc_.tokens, at);
  if (!m) return std::nullopt;
  double value = lex_.word_number_values[m->payload];
  std::size_t pos = m->last + 1;
  if (is_symbol(pos, '-') && is(pos + 1, TokenKind::Word)) {
    auto unit = lex_.word_numbers.match_at(text, doc_.tokens, pos + 1);
    if (!unit || value < 20 || lex_.word_number_values[unit->payload] >= 10) return std::nullopt;
    value += lex_.word_number_values[unit->payload];
    pos = unit->last + 1;
  }
  if (!is(pos, TokenKind::Space)) return std::nullopt;
  Figure f;
  f.first = at;
  bool has_currency = false;
  bool has_scale = false;
  if (!read_suffix(pos, f, has_currency, has_scale)) return std::nullopt;
  if (!has_scale && f.unit.kind == UnitKind::Count) return std::nullopt;
  if (f.unit.kind == UnitKind::Count) {
    const std::size_t w = next_non_space(pos);
    if (w == pos || !is(w, TokenKind::Word)) return std::nullopt;
    const std::string noun = ascii_lower(doc_.token(w));
    if (lex_.count_stopwords.contains(noun) || lex_.duration_nouns.contains(noun)) return std::nullopt;
    f.unit.noun = singular(noun);
  }
  f.last = pos - 1;
  f.stated = Interval::point(value * f.scale);
  read_hedge(f);
  read_direction(f);
  read_rate(f);
  widen(f, f.scale, f.scale);
  return f;
}

}  // namespace claimcheck
