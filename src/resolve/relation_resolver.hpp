#pragma once
// Figures that one sentence ties together by arithmetic, read so that the arithmetic rule
// can redo the sum: a change with the values it went from and to ("revenue rose 20% from
// $10 billion to $11 billion", "the margin fell from 12% to 9%, a 3% drop"). Only the
// plain shapes are read: the change right before "from X to Y" (or "to Y from X"), or
// right after it; anything with another figure in between is left alone.

#include <vector>

#include "extract/claim_extractor.hpp"
#include "extract/lexicon.hpp"
#include "group/document_info.hpp"

namespace claimcheck {

std::vector<ChangeFromTo> find_changes_from_to(const AnalysedText& text, const std::vector<ExtractedClaim>& claims);

}  // namespace claimcheck
