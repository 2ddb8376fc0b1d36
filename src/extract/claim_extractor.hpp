#pragma once
// Extraction stage: every figure in a document becomes a claim with its value, unit,
// hedge, direction, rate, role and location filled in. The subject is left for resolve/.

#include <vector>

#include "extract/analysed_text.hpp"
#include "extract/figure_parser.hpp"
#include "extract/lexicon.hpp"
#include "model/claim.hpp"

namespace claimcheck {

struct ExtractedClaim {
  Claim claim;
  Figure figure;  // token positions, for the resolver
};

std::vector<ExtractedClaim> extract_claims(const Lexicon& lexicon, const AnalysedText& text,
                                           const std::string& document_id);

}  // namespace claimcheck
