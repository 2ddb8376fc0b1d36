#pragma once
// Rule kinds that redo the arithmetic and the calendar of one article:
//   arithmetic: a change stated with its from and to values that does not match them
//     ("rose 35% from $10 billion to $11 billion"), including a difference in percentage
//     points written as a percent ("from 12% to 9%, a 3% drop"). Tolerance comes from
//     rounding: $10 billion may be 9.5 to 10.5, so "rose 20% from $10 billion to $11
//     billion" is possible (9.5 to 11.5 is +21%), "rose 20% from $10.0 billion to $11.0
//     billion" is not.
//   calendar: a weekday written beside a date that falls on another weekday ("Tuesday, 5
//     March 2026" is a Thursday), and a share-price move put on a Saturday or Sunday.

#include <vector>

#include "check/finding_builder.hpp"
#include "group/document_info.hpp"

namespace claimcheck {

void check_arithmetic(const RuleConfig& rule, const DocumentClaims& document, const MetricTable& metrics,
                      std::vector<Finding>& out);

// The calendar kind's second template, for a share-price move on a weekend: parameter
// "weekend_message", with a built-in default.
std::string weekend_message(const RuleConfig& rule);

void check_calendar(const RuleConfig& rule, const DocumentClaims& document, const MetricTable& metrics,
                    std::vector<Finding>& out);

}  // namespace claimcheck
