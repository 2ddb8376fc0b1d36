#include "extract/results_rows.hpp"

#include <algorithm>
#include <map>

namespace claimcheck {
ResultsRows::ResultsRows(const Lexicon& lexicon, const AnalysedText& text) : lex_(lexicon), doc_(text) {}

bool ResultsRows::money_label_at(std::size_t token) const {
  const std::string_view text = doc_.text();
  std::optional<PhraseMatch> m = lex_.results_row_labels.match_at(text, doc_.tokens, token);
  std::size_t metric = 0;
  if (m) {
    metric = m->payload;
  } else if ((m = lex_.metric_cues.match_at(text, doc_.tokens, token))) {
    const auto& group = lex_.metric_cue_groups[m->payload];
    if (group.empty() || group.front().weak) return false;
    metric = group.front().metric;
  } else {
    return false;
  }
  const auto& units = lex_.metrics[metric].units;
  return std::find(units.begin(), units.end(), UnitKind::Money) != units.end() &&
         std::find(units.begin(), units.end(), UnitKind::Count) == units.end();
}

std::string ResultsRows::most_written_currency() const {
  std::map<std::string, std::size_t> seen;
  const std::string_view text = doc_.text();
  for (std::size_t i = 0; i < doc_.tokens.size(); ++i) {
    if (doc_.tokens[i].kind == TokenKind::Space || doc_.tokens[i].kind == TokenKind::Newline) continue;
    std::optional<PhraseMatch> m = lex_.currency_symbols.match_at(text, doc_.tokens, i);
    if (!m) m = lex_.currency_words.match_at(text, doc_.tokens, i);
    if (!m) m = lex_.minor_units.match_at(text, doc_.tokens, i);
    if (m) ++seen[lex_.currencies[m->payload].currency];
  }
  std::string best;
  std::size_t best_count = 0;
  for (const auto& [currency, count] : seen) {
    if (count > best_count) {
      best = currency;
      best_count = count;
    }
  }
  return best;
}

std::optional<std::string> ResultsRows::currency_of(std::size_t first) const {
  const TextLine& line = doc_.layout.line_at(doc_.tokens[first].begin);
  const auto [line_first, line_last] = doc_.token_range({line.begin, line.end});
  std::size_t label = line_first;
  while (label < first && doc_.tokens[label].kind == TokenKind::Space) ++label;
  if (label >= first || !money_label_at(label)) return std::nullopt;
  // Between the label (or "vs") and the figure: words of the label or the row only.
  bool compared = false;
  for (std::size_t i = label; i < first; ++i) {
    if (doc_.tokens[i].kind == TokenKind::Number) return std::nullopt;  // not the row's first figure
    if (lex_.comparison_words.match_at(doc_.text(), doc_.tokens, i)) compared = true;
  }
  for (std::size_t i = first + 1; i <= line_last && !compared; ++i) {
    compared = doc_.tokens[i].kind == TokenKind::Word && lex_.comparison_words.match_at(doc_.text(), doc_.tokens, i);
  }
  if (!compared) return std::nullopt;
  // Most stories have no results rows: the story's currency is counted only for one that has.
  if (!currency_) currency_ = most_written_currency();
  return currency_->empty() ? std::nullopt : std::optional<std::string>(*currency_);
}

}  // namespace claimcheck
