#pragma once
// Metrics: what a figure measures, from the cue words of its sentence (and, in a table,
// its header row). The nearest cue that fits the figure's unit wins; strong cues
// ("capital expenditure") beat weak ones ("gamble"). A stock move needs a direction word.

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "extract/analysed_text.hpp"
#include "extract/figure_parser.hpp"
#include "extract/lexicon.hpp"

namespace claimcheck {

struct MetricChoice {
  std::string metric;  // metric id, or metric_id::kCount / kShareOf for the generic readings
  std::string cue;     // the words that decided it
  bool weak = false;
  std::string qualifier;  // "online" in "online sales rose 6%", "capacity" in "capacity of 16,000 TEU"
  // Normalised offset just past a qualifier read before the cue ("online| sales"), else 0:
  // in "Brenesen Cloud shares" the word belongs to the company's name, not a segment.
  std::size_t qualifier_end = 0;
};

// All figures of the document, in text order: a cue belongs to the nearest figure of its
// kind, so "stock rose 2.5% after a 3.5% increase in click-through rates" gives the
// stock to 2.5% only.
std::optional<MetricChoice> resolve_metric(const Lexicon& lexicon, const AnalysedText& text, const Figure& figure,
                                           const std::vector<Figure>& all_figures);

// With no cue: a move whose subject is the entity itself, named right before the verb
// ("Dunmore Bank gained 1.8%", "Ether lost 3.3%"), read as its kind's default metric
// (weakly). `mention_end` is where the entity's name ends.
std::optional<MetricChoice> default_metric_for_subject(const Lexicon& lexicon, const AnalysedText& text,
                                                       const Figure& figure, std::size_t mention_end,
                                                       const std::string& entity_kind);

}  // namespace claimcheck
