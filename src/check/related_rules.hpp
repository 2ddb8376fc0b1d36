#pragma once
// Rule kinds that compare figures the standard grouping keeps apart because they are
// written in different units or per different periods:
//   unit-confusion: one change given in percent and in percentage points or basis points
//     ("margin rose 0.5%" vs "rose 50 basis points"), or in points that do not convert
//     ("25 basis points" vs "2.5 percentage points").
//   derived-rate: a per-day (week, month, quarter) figure against a yearly one, flagged
//     only when no day count makes them agree ("$1 billion a day" vs "$40 billion a year";
//     "over $300 million daily" and "$115-135 billion a year" agree: 115e9 / 365 = 315e6).

#include <vector>

#include "check/finding_builder.hpp"
#include "group/event_clusters.hpp"
#include "model/document_info.hpp"

namespace claimcheck {

// Groups checked a block at a time (support/parallel_for.hpp: parallel_blocks).
inline constexpr std::size_t kGroupBlock = 1024;

// Each groups the run under its own key (group/grouper.hpp) on up to `threads` threads
// and appends its findings to `out`, in the same order for any thread count.
void check_unit_confusion(const RuleConfig& rule, const ClaimStore& store, const EventClusters& events,
                          const MetricTable& metrics, unsigned threads, std::vector<Finding>& out);

void check_derived_rates(const RuleConfig& rule, const ClaimStore& store, const EventClusters& events,
                         const MetricTable& metrics, unsigned threads, std::vector<Finding>& out);

}  // namespace claimcheck
