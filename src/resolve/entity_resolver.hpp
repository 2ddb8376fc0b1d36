#pragma once
// Entities: every mention of a company in a document (lexicon aliases, possessives,
// tickers in any exchange form, and companies the lexicon does not know but the text
// introduces: see company_names.hpp), and the entity a claim is about: the company named
// in its table row, else the nearest one in its sentence (before it first, then after),
// else in the sentence before, else the article's main subject (a call's host, else the
// company the headline names, else the most mentioned).

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "extract/analysed_text.hpp"
#include "extract/lexicon.hpp"
#include "resolve/company_names.hpp"

namespace claimcheck {

struct EntityMention {
  std::size_t begin = 0;  // normalised offsets
  std::size_t end = 0;
  std::size_t entity = 0;  // see EntityResolver::entity
};

struct EntityChoice {
  std::size_t entity = 0;  // see EntityResolver::entity
  std::string evidence;    // "table-row", "sentence", "previous-sentence", "document", "article"
  double confidence = 0.0;
  std::size_t mention_end = 0;  // normalised offset just past the mention; 0 for "document"
};

class EntityResolver {
 public:
  EntityResolver(const Lexicon& lexicon, const AnalysedText& text);

  // `allowed_kinds`: the entity kinds the figure's metric can describe; empty allows all.
  [[nodiscard]] std::optional<EntityChoice> resolve(std::size_t figure_begin, std::size_t figure_end,
                                                    const std::vector<std::string>& allowed_kinds = {}) const;
  [[nodiscard]] const std::vector<EntityMention>& mentions() const { return mentions_; }
  // The lexicon's entities first, then those this document introduced.
  [[nodiscard]] const EntityEntry& entity(std::size_t index) const {
    return index < lexicon_.entities.size() ? lexicon_.entities[index] : discovered_[index - lexicon_.entities.size()];
  }

 private:
  [[nodiscard]] bool name_continues(std::size_t alias_last) const;

  const Lexicon& lexicon_;
  const AnalysedText& text_;
  std::vector<EntityEntry> discovered_;
  PhraseTable discovered_names_{true};   // payload: index into discovered_
  std::vector<EntityMention> mentions_;  // in text order
  std::optional<std::size_t> main_entity_;
  std::optional<std::size_t> call_host_;
  bool main_from_headline_ = false;

  void discover_named_companies();
  void choose_main_entity();
  [[nodiscard]] std::optional<EntityChoice> nearest_in(std::size_t begin, std::size_t end, std::size_t figure_begin,
                                                       std::size_t figure_end, const char* evidence, double confidence,
                                                       const std::vector<std::string>& allowed_kinds) const;
  [[nodiscard]] bool allowed(std::size_t entity, const std::vector<std::string>& kinds) const;
};

}  // namespace claimcheck
