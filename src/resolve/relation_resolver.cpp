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

}  // namespace

StatedChanges find_stated_changes(const Lexicon& lexicon, const AnalysedText& text,
                                  const std::vector<ExtractedClaim>& claims) {
  StatedChanges out;
  for (std::size_t i = 0; i + 1 < claims.size(); ++i) {
    const Figure& x = claims[i].figure;
    const Figure& y = claims[i + 1].figure;
    if (!is_level(x) || !is_level(y) || x.unit.kind != y.unit.kind || x.unit.currency != y.unit.currency ||
        x.rate != y.rate || !same_sentence(text, x, y) || !close(text, x, y, 4)) {
      continue;
    }
    std::size_t from = i;
    std::size_t to = i + 1;
    if (introduced_by(text, x, "to") && (introduced_by(text, y, "from") || claims[i + 1].claim.subject.earlier))
      std::swap(from, to);  // "to $11bn from $10bn", "to $612 million, compared with $537 million"
    else if (!introduced_by(text, x, "from") || !introduced_by(text, y, "to"))
      continue;
    // "rose 20% from $10bn to $11bn", "rose 20% to $11bn from $10bn"
    if (i > 0 && is_change(claims[i - 1].figure) && same_sentence(text, claims[i - 1].figure, x) &&
        close(text, claims[i - 1].figure, x, 2)) {
      out.changes.push_back(
          {static_cast<std::uint32_t>(i - 1), static_cast<std::uint32_t>(from), static_cast<std::uint32_t>(to)});
    } else if (i + 2 < claims.size() && is_change(claims[i + 2].figure) &&
               same_sentence(text, y, claims[i + 2].figure) && close(text, y, claims[i + 2].figure, 3)) {
      // "fell from 12% to 9%, a 3% drop"
      out.changes.push_back(
          {static_cast<std::uint32_t>(i + 2), static_cast<std::uint32_t>(from), static_cast<std::uint32_t>(to)});
    } else if (const auto word = multiple_before(lexicon, text, x)) {
      // "doubled to $4bn from $2bn"; "more than doubled" is a bound, not a factor, and left alone.
      out.multiples.push_back(
          {word->first, word->second, static_cast<std::uint32_t>(from), static_cast<std::uint32_t>(to)});
    }
  }
  return out;
}

}  // namespace claimcheck
