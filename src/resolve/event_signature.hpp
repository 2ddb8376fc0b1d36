#pragma once
// Event terms: the proper names a document keeps coming back to ("Muse Spark",
// "Atlas Forge"): runs of two capitalised words seen at least twice, leaving out company
// names (which every article about the company shares) and sentence-initial function
// words. Two articles that share such a term are taken to report the same event.

#include <string>
#include <vector>

#include "extract/analysed_text.hpp"
#include "extract/lexicon.hpp"

namespace claimcheck {

std::vector<std::string> event_terms(const Lexicon& lexicon, const AnalysedText& text);

}  // namespace claimcheck
