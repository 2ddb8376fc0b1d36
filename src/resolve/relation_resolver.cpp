#include "resolve/relation_resolver.hpp"

#include <optional>
#include <utility>

#include "extract/phrase_table.hpp"
#include "extract/tokenizer.hpp"

namespace claimcheck {
namespace {

// The word right before the figure (its hedge counted), skipping "the" and "a": "from",
// "to".
bool introduced_by(const AnalysedText& text, const Figure& f, std::string_view word) {
  std::size_t i = f.first_with_hedge();
  while (i > 0) {
    --i;
    const Token& t = text.tokens[i];
    if (t.kind == TokenKind::Space) continue;
    if (t.kind != TokenKind::Word) return false;
    if (token_equals(text.text(), t, "the") || token_equals(text.text(), t, "a")) continue;
    return token_equals(text.text(), t, word);
  }
  return false;
}

bool same_sentence(const AnalysedText& text, const Figure& a, const Figure& b) {
  return text.layout.sentence_at(text.tokens[a.first].begin).end > text.tokens[b.first].begin &&
         text.tokens[a.first].begin < text.tokens[b.first].begin;
}

// At most `max_words` words and no figure-like token between two figures.
bool close(const AnalysedText& text, const Figure& a, const Figure& b, std::size_t max_words) {
  std::size_t words = 0;
  for (std::size_t i = a.last + 1; i < b.first_with_hedge(); ++i) {
    const Token& t = text.tokens[i];
    if (t.kind == TokenKind::Number || t.kind == TokenKind::Newline) return false;
    if (t.kind == TokenKind::Word && ++words > max_words) return false;
  }
  return true;
}

// A year written as digits ("the first quarter of 2020"): a period's name, not a figure.
bool year_number(const AnalysedText& text, const Token& t) {
  const std::string_view digits = text.text().substr(t.begin, t.end - t.begin);
  return digits.size() == 4 && (digits.starts_with("19") || digits.starts_with("20"));
}

// The looser gap of a comparison spelled out with its periods ("to $282.1 million for
// the first quarter of 2026 compared to $200.3 million"): at most `max_words` words, years
// the only numbers, and no benchmark word ("compared with analysts' estimates of"),
// which makes the second value another measure, not the first one's earlier value.
bool comparison_gap(const Lexicon& lex, const AnalysedText& text, std::size_t begin, std::size_t end,
                    std::size_t max_words) {
  std::size_t words = 0;
  for (std::size_t i = begin; i < end; ++i) {
    const Token& t = text.tokens[i];
    if (t.kind == TokenKind::Newline || (t.kind == TokenKind::Number && !year_number(text, t))) return false;
    if (t.kind != TokenKind::Word) continue;
    if (++words > max_words || lex.benchmark_words.match_at(text.text(), text.tokens, i)) return false;
  }
  return true;
}

// No benchmark word in the few words after an earlier value ("$1.02 analysts expected").
bool no_benchmark_after(const Lexicon& lex, const AnalysedText& text, const Figure& f) {
  std::size_t words = 0;
  for (std::size_t i = f.last + 1; i < text.tokens.size() && words < 4; ++i) {
    const Token& t = text.tokens[i];
    if (t.kind == TokenKind::Newline || t.kind == TokenKind::Number) break;
    if (t.kind != TokenKind::Word) continue;
    if (lex.benchmark_words.match_at(text.text(), text.tokens, i)) return false;
    ++words;
  }
  return true;
}

// At most one comma, semicolon or colon between two figures: the comma that sets off an
// appositive change, not a list ("from 4% to 19% and every region grew too, Europe most,
// up 8%").
bool one_clause(const AnalysedText& text, const Figure& a, const Figure& b) {
  int marks = 0;
  for (std::size_t i = a.last + 1; i < b.first; ++i) {
    const Token& t = text.tokens[i];
    if (t.kind != TokenKind::Symbol) continue;
    const char c = text.text()[t.begin];
    marks += c == ',' || c == ';' || c == ':';
  }
  return marks <= 1;
}

// A change set off by a comma after the values (", a 20% decrease", ", down 30%", ", or
// 8%"): the last token before it that is not a space, "a", "an", "or" or a direction
// word is a comma.
bool after_comma(const Lexicon& lex, const AnalysedText& text, const Figure& f) {
  std::size_t i = f.first_with_hedge();
  while (i > 0) {
    --i;
    const Token& t = text.tokens[i];
    if (t.kind == TokenKind::Space) continue;
    if (t.kind == TokenKind::Word &&
        (token_equals(text.text(), t, "a") || token_equals(text.text(), t, "an") ||
         token_equals(text.text(), t, "or") || lex.directions.match_ending_at(text.text(), text.tokens, i))) {
      continue;
    }
    return t.kind == TokenKind::Symbol && text.text()[t.begin] == ',';
  }
  return false;
}

// A multiple word ("doubled") as the verb of the values: at most one word ("to", "from")
// between it and the first value, and no hedge before it ("more than doubled").
std::optional<std::pair<std::size_t, double>> multiple_before(const Lexicon& lex, const AnalysedText& text,
                                                              const Figure& first_value) {
  std::size_t i = first_value.first_with_hedge();
  std::size_t words = 0;
  while (i > 0 && words < 2) {
    --i;
    const Token& t = text.tokens[i];
    if (t.kind == TokenKind::Space) continue;
    if (t.kind != TokenKind::Word) return std::nullopt;
    ++words;
    const auto m = lex.multiples.find(LowerWord(text.token(i)).view());
    if (m == lex.multiples.end()) continue;
    std::size_t before = i;
    while (before > 0 && text.tokens[before - 1].kind == TokenKind::Space) --before;
    if (before > 0 && lex.hedges.match_ending_at(text.text(), text.tokens, before - 1)) return std::nullopt;
    return std::pair{i, m->second};
  }
  return std::nullopt;
}

bool is_level(const Figure& f) { return f.direction == Direction::None && !f.is_range && f.stated.is_point(); }

bool is_change(const Figure& f) {
  return f.direction != Direction::None && !f.is_range && f.stated.is_point() &&
         (f.unit.kind == UnitKind::Percent || f.unit.kind == UnitKind::PercentagePoints ||
          f.unit.kind == UnitKind::BasisPoints);
}

// Two neighbouring levels of one measure, the earlier one first.
struct ComparedLevels {
  std::size_t from = 0;
  std::size_t to = 0;
};

bool same_measure(const Figure& x, const Figure& y) {
  return is_level(x) && is_level(y) && x.unit.kind == y.unit.kind && x.unit.currency == y.unit.currency &&
         x.rate == y.rate;
}

// "from $10bn to $11bn", "to $11bn from $10bn", "to $612 million, compared with $537
// million", and spelled out with periods between: "to $282.1 million for the first
// quarter of 2026 compared to $200.3 million", "$0.72 per share versus $0.60 per share".
std::optional<ComparedLevels> compared_levels(const Lexicon& lex, const AnalysedText& text,
                                              const std::vector<ExtractedClaim>& claims, std::size_t i) {
  const Figure& x = claims[i].figure;
  const Figure& y = claims[i + 1].figure;
  if (!same_measure(x, y) || !same_sentence(text, x, y)) return std::nullopt;
  const bool y_earlier = claims[i + 1].claim.subject.earlier && !claims[i].claim.subject.earlier;
  if (close(text, x, y, 4)) {
    if (introduced_by(text, x, "from") && introduced_by(text, y, "to")) return ComparedLevels{i, i + 1};
    if (introduced_by(text, x, "to") && (introduced_by(text, y, "from") || y_earlier)) return ComparedLevels{i + 1, i};
  }
  if (y_earlier && comparison_gap(lex, text, x.last + 1, y.first_with_hedge(), 8) && no_benchmark_after(lex, text, y))
    return ComparedLevels{i + 1, i};
  return std::nullopt;
}

// The change stated with two compared levels: right before the first ("rose 20% to
// $11bn from $10bn"), or after the second, close ("from 12% to 9%, a 3% drop") or set off
// by a comma with periods between ("$0.60 in the fourth quarter of 2025, a 20% decrease").
std::optional<std::size_t> change_of(const Lexicon& lex, const AnalysedText& text,
                                     const std::vector<ExtractedClaim>& claims, std::size_t i) {
  const Figure& x = claims[i].figure;
  const Figure& y = claims[i + 1].figure;
  if (i > 0 && is_change(claims[i - 1].figure) && same_sentence(text, claims[i - 1].figure, x) &&
      close(text, claims[i - 1].figure, x, 2)) {
    return i - 1;
  }
  if (i + 2 >= claims.size()) return std::nullopt;
  const Figure& after = claims[i + 2].figure;
  if (!is_change(after) || !same_sentence(text, y, after)) return std::nullopt;
  if (close(text, y, after, 3) || (after_comma(lex, text, after) && one_clause(text, y, after) &&
                                   comparison_gap(lex, text, y.last + 1, after.first_with_hedge(), 10))) {
    return i + 2;
  }
  return std::nullopt;
}

// "$63 million, down 30% from $90 million": a level, its change set off by a comma, and
// the earlier level right after the change.
void add_change_between(const Lexicon& lex, const AnalysedText& text, const std::vector<ExtractedClaim>& claims,
                        std::size_t i, StatedChanges& out) {
  const Figure& now = claims[i].figure;
  const Figure& change = claims[i + 1].figure;
  const Figure& before = claims[i + 2].figure;
  if (!same_measure(now, before) || !is_change(change) || !claims[i + 2].claim.subject.earlier ||
      claims[i].claim.subject.earlier || !same_sentence(text, now, before) || !after_comma(lex, text, change) ||
      !close(text, now, change, 3) || !close(text, change, before, 2) || !no_benchmark_after(lex, text, before)) {
    return;
  }
  out.changes.push_back(
      {static_cast<std::uint32_t>(i + 1), static_cast<std::uint32_t>(i + 2), static_cast<std::uint32_t>(i)});
}

}  // namespace

StatedChanges find_stated_changes(const Lexicon& lexicon, const AnalysedText& text,
                                  const std::vector<ExtractedClaim>& claims) {
  StatedChanges out;
  for (std::size_t i = 0; i + 1 < claims.size(); ++i) {
    if (i + 2 < claims.size()) add_change_between(lexicon, text, claims, i, out);
    const auto levels = compared_levels(lexicon, text, claims, i);
    if (!levels) continue;
    if (const auto change = change_of(lexicon, text, claims, i)) {
      out.changes.push_back({static_cast<std::uint32_t>(*change), static_cast<std::uint32_t>(levels->from),
                             static_cast<std::uint32_t>(levels->to)});
    } else if (const auto word = multiple_before(lexicon, text, claims[i].figure)) {
      // "doubled to $4bn from $2bn"; "more than doubled" is a bound, not a factor, and left alone.
      out.multiples.push_back({word->first, word->second, static_cast<std::uint32_t>(levels->from),
                               static_cast<std::uint32_t>(levels->to)});
    }
  }
  return out;
}

}  // namespace claimcheck
