#include "resolve/event_signature.hpp"

#include <algorithm>
#include <array>
#include <map>

#include "extract/phrase_table.hpp"
#include "model/document_info.hpp"

namespace claimcheck {
namespace {

constexpr std::array<std::string_view, 24> kFunctionWords{
    "The", "A",    "An",   "In",  "On",  "At", "For", "By",   "With",  "From",  "As",     "It",
    "Its", "This", "That", "And", "But", "Or", "If",  "When", "While", "After", "Before", "Our"};

bool capitalised(std::string_view word) {
  return word.size() >= 2 && word[0] >= 'A' && word[0] <= 'Z' &&
         std::find(kFunctionWords.begin(), kFunctionWords.end(), word) == kFunctionWords.end();
}

// A direction ("Jump", "Slide"), a period word ("Quarter", "Annual") or a month.
bool describes_a_move_or_period(const Lexicon& lexicon, const AnalysedText& text, std::size_t i) {
  const auto& tokens = text.tokens;
  return lexicon.directions.match_at(text.text(), tokens, i).has_value() ||
         lexicon.quarter_words.match_at(text.text(), tokens, i).has_value() ||
         lexicon.full_year_words.match_at(text.text(), tokens, i).has_value() ||
         lexicon.calendar_words.contains(LowerWord(text.token(i)).view());
}

}  // namespace

std::vector<std::string> event_terms(const Lexicon& lexicon, const AnalysedText& text) {
  std::map<std::string, int> counts;
  const auto& tokens = text.tokens;
  for (std::size_t i = 0; i + 2 < tokens.size(); ++i) {
    if (tokens[i].kind != TokenKind::Word || tokens[i + 1].kind != TokenKind::Space ||
        tokens[i + 2].kind != TokenKind::Word || text.tokens[i + 1].end - text.tokens[i + 1].begin != 1) {
      continue;
    }
    // Whole words only: not the tail of a glued token.
    if (i > 0 && (tokens[i - 1].kind == TokenKind::Word || tokens[i - 1].kind == TokenKind::Number)) continue;
    if (i + 3 < tokens.size() && tokens[i + 3].kind == TokenKind::Word) continue;
    const std::string_view first = text.token(i);
    const std::string_view second = text.token(i + 2);
    if (!capitalised(first) || !capitalised(second)) continue;
    // Headline phrasing is not a name: "Shares Jump", "Quarter Results", "March Sales".
    if (describes_a_move_or_period(lexicon, text, i) || describes_a_move_or_period(lexicon, text, i + 2)) continue;
    if (lexicon.entity_aliases.match_at(text.text(), tokens, i) ||
        lexicon.entity_aliases.match_at(text.text(), tokens, i + 2) || lexicon.tickers.contains(first) ||
        lexicon.tickers.contains(second)) {
      continue;
    }
    ++counts[std::string(first) + " " + std::string(second)];
  }
  std::vector<std::string> terms;
  for (const auto& [term, n] : counts) {
    if (n >= 2) terms.push_back(term);
  }
  return terms;  // std::map iterates in sorted order
}

}  // namespace claimcheck
