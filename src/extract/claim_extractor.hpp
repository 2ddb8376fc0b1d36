#pragma once
// Extraction stage: every figure in a document becomes a claim with its value, unit,
// hedge, direction, rate, role and location filled in. The subject is left for resolve/.

#include <optional>
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

// A claim record for the text of tokens [first_token, last_token]: document, span, line
// and column (through `locations`, which must be used in increasing order), text as
// written, excerpt and role; the figure's fields are left for the caller.
Claim locate_claim(const AnalysedText& text, std::size_t first_token, std::size_t last_token,
                   const std::string& document_id, LineIndex::Cursor& locations);

// The claim record locate_claim() gave the figure that spans original bytes [begin, end)
// (its span as extracted): location, text, excerpt, role. nullopt when no token starts at
// `begin` or none ends at `end`. Rebuilds a finding's excerpt without extracting again.
std::optional<Claim> relocate_claim(const AnalysedText& text, std::size_t begin, std::size_t end,
                                    const std::string& document_id);

// A document with more figures than any article (a data dump, a price feed) is read up
// to this many, so that memory stays bounded; the caller reports the cut.
inline constexpr std::size_t kMaxClaimsPerDocument = 10'000;

// Numbers too long to be read as figures (more than kMaxFigureDigits digits), as token
// indices in document order: extract_claims() leaves them alone, and says nothing.
std::vector<std::size_t> overlong_numbers(const AnalysedText& text);

// The figures of the document in order, at most `max_claims` of them.
std::vector<ExtractedClaim> extract_claims(const Lexicon& lexicon, const AnalysedText& text,
                                           const std::string& document_id,
                                           std::size_t max_claims = kMaxClaimsPerDocument);

}  // namespace claimcheck
