#pragma once
// Entities: every mention of a known company in a document (aliases, possessives,
// tickers in any exchange form), and the entity a claim is about: the company named in
// its table row, else the nearest one in its sentence (before it first, then after), else
// in its paragraph, else the article's main subject.

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "extract/analysed_text.hpp"
#include "extract/lexicon.hpp"

namespace claimcheck {

struct EntityMention {
  std::size_t begin = 0;  // normalised offsets
  std::size_t end = 0;
  std::size_t entity = 0;  // index into Lexicon::entities
};

struct EntityChoice {
  std::size_t entity = 0;
  std::string evidence;  // "table-row", "sentence", "paragraph", "document"
  double confidence = 0.0;
};

class EntityResolver {
 public:
  EntityResolver(const Lexicon& lexicon, const AnalysedText& text);

  [[nodiscard]] std::optional<EntityChoice> resolve(std::size_t figure_begin, std::size_t figure_end) const;
  [[nodiscard]] const std::vector<EntityMention>& mentions() const { return mentions_; }

 private:
  const AnalysedText& text_;
  std::vector<EntityMention> mentions_;  // in text order
  std::optional<std::size_t> main_entity_;

  [[nodiscard]] std::optional<EntityChoice> nearest_in(std::size_t begin, std::size_t end, std::size_t figure_begin,
                                                       std::size_t figure_end, const char* evidence,
                                                       double confidence) const;
};

}  // namespace claimcheck
