#pragma once
// Resolution stage: fills each claim's subject (entity, metric, period) and a confidence.

#include <optional>
#include <vector>

#include "extract/analysed_text.hpp"
#include "extract/claim_extractor.hpp"
#include "extract/lexicon.hpp"
#include "resolve/date_resolver.hpp"

namespace claimcheck {

void resolve_subjects(const Lexicon& lexicon, const AnalysedText& text, const std::optional<Date>& article_date,
                      std::vector<ExtractedClaim>& claims);

}  // namespace claimcheck
