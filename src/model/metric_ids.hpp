#pragma once
// The metric ids the code itself names, once. Every other metric is data only
// (rules/lexicon/metrics.json); these are either defined there too and given a meaning in
// code (the calendar rule's weekend check reads share-price moves), or readings the
// resolver makes without a metric entry (a counted noun, a share of a whole).

#include <string_view>

namespace claimcheck::metric_id {

// A share price's move on a day ("shares rose 3%"); rules/lexicon/metrics.json.
inline constexpr std::string_view kStockMove = "stock-move";
// Earnings per share ("$1.20 a share"); rules/lexicon/metrics.json.
inline constexpr std::string_view kEarningsPerShare = "eps";
// A number of things no metric names ("337 million shares", "650 ETFs").
inline constexpr std::string_view kCount = "count";
// A percentage of a whole no metric names ("30% of marketing messages").
inline constexpr std::string_view kShareOf = "share-of";

}  // namespace claimcheck::metric_id
