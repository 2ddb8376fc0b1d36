#pragma once
// The arithmetic the rules share: whether two claims can both be true, whether they
// differ by a misplaced decimal point (and, from model/claim_format.hpp, how to show a
// figure or interval to a reader).

#include <optional>
#include <string>

#include "model/claim.hpp"
#include "model/claim_format.hpp"

namespace claimcheck {

// The same unit of measure: kind, currency and counted noun ("ounces of gold").
bool same_unit(const Claim& a, const Claim& b);

// Significant digits of the figure as written ("$481.1 million": 4), the one measure of
// how precise a figure is that the rules share.
int written_significant_digits(const Claim& c);

// Both directions known and opposite ("rose" vs "fell"): not comparable as magnitudes.
bool opposite_directions(const Claim& a, const Claim& b);

// Two figures of one sentence (or table row) of one article: writers do not contradict
// themselves within a sentence, so such figures are about different things.
bool same_sentence(const Claim& a, const Claim& b);

// The two claims' intervals cannot overlap: they cannot both be true.
bool conflict(const Claim& a, const Claim& b);

// k when the larger stated figure is the smaller times 10^k (1 <= k <= max_power) with
// the same digits as written ("25%" and "2.5%", "$150bn" and "$15bn").
std::optional<int> decimal_shift(const Claim& a, const Claim& b, int max_power);

// k when the two figures are written with the same number, up to rounding and hedges,
// but scale words 1000^k apart ("$2.3 billion" and "$2.3 million", "$2.23 billion" and
// "$2.2 million"), 1 <= k <= 2.
std::optional<int> scale_shift(const Claim& a, const Claim& b);

}  // namespace claimcheck
