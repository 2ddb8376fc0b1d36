#pragma once
// Builds a figure's frame (model/frame.hpp): the content words of its clause, and the
// markers that say which fact of its metric it is, including the label of the block it
// stands in (a wire results table's "Year" or "Nine mths" line above its rows). The word
// lists are data: rules/lexicon/frames.json.

#include <string_view>
#include <vector>

#include "extract/analysed_text.hpp"
#include "extract/figure_parser.hpp"
#include "extract/lexicon.hpp"
#include "model/frame.hpp"
#include "resolve/entity_resolver.hpp"

namespace claimcheck {

// `names`: where the text names companies (normalised offsets, in text order). Their words
// are left out: the subject key already says whose figure it is, and a name repeated
// beside two unrelated figures is no evidence that they are one fact.
[[nodiscard]] Frame build_frame(const Lexicon& lexicon, const AnalysedText& text, const Figure& figure,
                                const std::vector<EntityMention>& names);

// A word as frames compare it: lower-cased, with a plural -s or -es, -ed and -ing dropped
// ("Raises", "raised", "raising" -> "rais"). Crude on purpose: both claims of a pair go
// through the same steps, so it needs to fold inflections, not find the dictionary form.
[[nodiscard]] std::string frame_stem(std::string_view lower_word);

}  // namespace claimcheck
