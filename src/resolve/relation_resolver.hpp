#pragma once
// Figures that one sentence ties together by arithmetic, read so that the arithmetic rule
// can redo the sum: a change with the values it went from and to ("revenue rose 20% from
// $10 billion to $11 billion", "the margin fell from 12% to 9%, a 3% drop"), also spelled
// out with periods as calls do ("decreased 41% to $282.1 million for the first quarter of
// 2026 compared to $200.3 million for the first quarter of 2025", "$0.72 per share versus
// $0.60 per share in the fourth quarter of 2025, a 20% decrease", "$63 million, down 30%
// from $90 million"); and changes stated as a multiple ("doubled", "halved") right
// before the values. Two values are compared only where the lexicon marks the second as
// the earlier one and no benchmark word ("analysts' estimates") makes it another measure;
// anything with another figure in between is left alone.

#include <vector>

#include "extract/claim_extractor.hpp"
#include "extract/lexicon.hpp"
#include "model/document_info.hpp"

namespace claimcheck {

// "doubled to $4bn from $2bn": the multiple word's token, its factor, and the values.
struct MultipleAt {
  std::size_t word_token = 0;
  double factor = 0;
  std::uint32_t from = 0;
  std::uint32_t to = 0;
};

struct StatedChanges {
  std::vector<ChangeFromTo> changes;
  std::vector<MultipleAt> multiples;
};

// `claims` must be resolved already: "compared with $537 million" is read through the
// claim's earlier-value flag.
StatedChanges find_stated_changes(const Lexicon& lexicon, const AnalysedText& text,
                                  const std::vector<ExtractedClaim>& claims);

}  // namespace claimcheck
