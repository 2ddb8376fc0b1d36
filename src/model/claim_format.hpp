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

}  // namespace claimcheck
