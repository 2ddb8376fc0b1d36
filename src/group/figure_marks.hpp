#pragma once
// Figures precise enough to say that two articles report the same happening. A summary
// of an earnings call names no company and no event ("q1 revenue rose 11.1 percent to
// $481.1 million"), yet an article that also states "$481.1 million" and "11.1%" is
// plainly about the same quarter of the same company: two unrelated stories rarely
// share a figure of three or more significant digits. Round figures ("15%", "$2
// billion") and years are shared by chance and mark nothing.

#include <cstdint>
#include <optional>
#include <vector>

#include "group/claim_store.hpp"

namespace claimcheck {

// Significant digits a figure needs to mark an event: "481.1", "11.1", "1.24", "1,250".
inline constexpr int kMarkSignificantDigits = 3;

// The figure's mark: its unit, currency and value, the same however it is written
// ("$481.1 million", "481.1 mln dlrs", "$481,100,000"); nullopt for a range, a bound,
// a hedged or round figure, or a year.
[[nodiscard]] std::optional<std::uint64_t> figure_mark(const CompactClaim& claim, const ClaimTraits& traits);

// The marks of one article, sorted, each once.
[[nodiscard]] std::vector<std::uint64_t> figure_marks(const ClaimStore& store, std::size_t document);

// Significant digits of a number as written with `decimals` digits after the point:
// 481.1 -> 4, 15 -> 2, 1250 -> 3, 0.05 -> 1.
[[nodiscard]] int significant_digits(double written, int decimals);

}  // namespace claimcheck
