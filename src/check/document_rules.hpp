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
#include "model/document_info.hpp"
#include "model/month_names.hpp"

namespace claimcheck {

void check_arithmetic(const RuleConfig& rule, const DocumentClaims& document, const MetricTable& metrics,
                      std::vector<Finding>& out);

// The arithmetic kind's check of a change stated as a multiple ("doubled to $4bn from
// $2bn"): the values must make a factor within 10% of the word's. Its sentence is the
// rule's "multiple_message" parameter; the calendar kind's weekend case is
// "weekend_message".
void check_multiples(const RuleConfig& rule, const DocumentClaims& document, const MetricTable& metrics,
                     std::vector<Finding>& out);

// The arithmetic kind's check of two compared values ("24.6 bln vs 24.1 mln", "to 38.2
// bln dlrs from 37.5 mln dlrs"; the second the earlier value) whose numbers as written
// are within the rule's "scale_written_ratio" (2) of each other under scale words a
// thousand times apart: a thousandfold change between two periods is a scale word
// written wrong. Its sentence is the rule's "scale_message" parameter.
void check_compared_scales(const RuleConfig& rule, const DocumentClaims& document, const MetricTable& metrics,
                           std::vector<Finding>& out);

// `months` writes the dates of its messages ("3 March 2026").
void check_calendar(const RuleConfig& rule, const DocumentClaims& document, const MetricTable& metrics,
                    const MonthNames& months, std::vector<Finding>& out);

}  // namespace claimcheck
