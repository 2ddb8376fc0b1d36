#include "resolve/entity_resolver.hpp"

#include <algorithm>
#include <map>

namespace claimcheck {

EntityResolver::EntityResolver(const Lexicon& lexicon, const AnalysedText& text) : text_(text) {
  const auto& tokens = text.tokens;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (tokens[i].kind != TokenKind::Word) continue;
    // A mention starts a word: not the tail of a glued identifier.
    if (i > 0 && tokens[i - 1].kind == TokenKind::Word && tokens[i - 1].end == tokens[i].begin &&
        !(text.text()[tokens[i].begin] >= 'A' && text.text()[tokens[i].begin] <= 'Z')) {
      continue;
    }
    if (auto m = lexicon.entity_aliases.match_at(text.text(), tokens, i)) {
      mentions_.push_back({tokens[m->first].begin, tokens[m->last].end, m->payload});
      i = m->last;
      continue;
    }
    const auto ticker = lexicon.tickers.find(std::string(text.token(i)));
    if (ticker != lexicon.tickers.end()) mentions_.push_back({tokens[i].begin, tokens[i].end, ticker->second});
  }

  // The article's main subject: the entity its headline names, else the most mentioned.
  const std::string_view headline = text.layout.headline();
  std::map<std::size_t, std::size_t> counts;
  for (const auto& m : mentions_) {
    const TextLine& line = text.layout.line_at(m.begin);
    if (!headline.empty() && line.role == Role::Headline && !main_entity_) main_entity_ = m.entity;
    ++counts[m.entity];
  }
  if (!main_entity_ && !counts.empty()) {
    main_entity_ = std::max_element(counts.begin(), counts.end(), [](const auto& a, const auto& b) {
                     return a.second < b.second;
                   })->first;
  }
}

std::optional<EntityChoice> EntityResolver::nearest_in(std::size_t begin, std::size_t end, std::size_t figure_begin,
                                                       std::size_t figure_end, const char* evidence,
                                                       double confidence) const {
  const EntityMention* before = nullptr;
  const EntityMention* after = nullptr;
  for (const auto& m : mentions_) {
    if (m.begin < begin || m.end > end) continue;
    if (m.end <= figure_begin) before = &m;
    if (m.begin >= figure_end && after == nullptr) after = &m;
  }
  const EntityMention* chosen = before != nullptr ? before : after;
  if (chosen == nullptr) return std::nullopt;
  return EntityChoice{chosen->entity, evidence, confidence};
}

std::optional<EntityChoice> EntityResolver::resolve(std::size_t figure_begin, std::size_t figure_end) const {
  const TextLine& line = text_.layout.line_at(figure_begin);
  if (line.role == Role::Table) {
    // The row label is the first cell: a mention between the row start and the figure.
    if (auto row = nearest_in(line.begin, figure_begin, figure_begin, figure_end, "table-row", 0.9)) return row;
    return std::nullopt;  // a table row without a label is not read with confidence
  }
  const TextRange sentence = text_.layout.sentence_at(figure_begin);
  if (auto s = nearest_in(sentence.begin, sentence.end, figure_begin, figure_end, "sentence", 0.95)) return s;
  // The sentence before: the article's main subject if it is named there, else the
  // nearest company named there.
  if (sentence.begin > line.begin) {
    const TextRange previous = text_.layout.sentence_at(sentence.begin - 1);
    const bool names_main = main_entity_ && std::any_of(mentions_.begin(), mentions_.end(), [&](const EntityMention& m) {
                              return m.entity == *main_entity_ && m.begin >= previous.begin && m.end <= previous.end;
                            });
    if (names_main) return EntityChoice{*main_entity_, "previous-sentence", 0.8};
    if (auto p = nearest_in(previous.begin, previous.end, figure_begin, figure_end, "previous-sentence", 0.75)) return p;
  }
  if (main_entity_) return EntityChoice{*main_entity_, "document", 0.6};
  return std::nullopt;
}

}  // namespace claimcheck
