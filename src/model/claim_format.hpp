#pragma once
// How a figure or the interval a claim allows is shown to a reader, in findings and in
// the extract listing.

#include <string>

#include "model/claim.hpp"

namespace claimcheck {

// "115 billion", "2.5", "300 million" -- a value in the claim's own scale.
std::string format_value(double value, const Claim& like);
// The value with its unit: "$115 billion", "2.5%", "50 bp", "650".
std::string format_figure(double value, const Claim& like);
// What the text allows: "2.45% to 2.55%", "at least $115 billion".
std::string format_interval(const Claim& c);
// A claim's reading as the HTML report shows it: "2.45% to 2.55% \u00b7 percent \u00b7 entity
// Meta Platforms \u00b7 metric stock-move \u00b7 period 2026".
std::string claim_reading(const Claim& claim);

}  // namespace claimcheck
