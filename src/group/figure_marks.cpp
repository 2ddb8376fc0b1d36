#include "group/figure_marks.hpp"

#include <algorithm>
#include <cmath>

#include "support/hashing.hpp"

namespace claimcheck {
namespace {

// Counts that read as calendar years ("2021") are dates, not figures.
bool looks_like_year(const CompactClaim& c, const ClaimTraits& t) {
  return t.unit == UnitKind::Count && t.decimals == 0 && t.scale == 1.0 && c.stated.low >= 1900 && c.stated.low <= 2100;
}

// The value to six significant digits and its power of ten: "$481.1 million" and
// "$481,100,000" give the same pair, whatever floating-point noise the scaling left.
std::pair<std::int64_t, int> rounded_value(double value) {
  const int exponent = static_cast<int>(std::floor(std::log10(value)));
  const auto mantissa = static_cast<std::int64_t>(std::llround(value / std::pow(10.0, exponent - 5)));
  if (mantissa >= 1'000'000) return {mantissa / 10, exponent + 1};  // 999999.5 rounded up
  return {mantissa, exponent};
}

}  // namespace

int significant_digits(double written, int decimals) {
  if (!(written > 0) || decimals < 0 || decimals > 9) return 0;
  auto digits = static_cast<std::int64_t>(std::llround(written * std::pow(10.0, decimals)));
  // Trailing zeros of a whole number ("1,250", "15,000") say nothing of its precision;
  // those after a decimal point do ("2.50").
  if (decimals == 0) {
    while (digits != 0 && digits % 10 == 0) digits /= 10;
  }
  int count = 0;
  for (; digits != 0; digits /= 10) ++count;
  return count;
}

std::optional<std::uint64_t> figure_mark(const CompactClaim& c, const ClaimTraits& t) {
  if (t.is_range || t.hedge != HedgeKind::Exact || !(c.stated.low > 0) || c.stated.low != c.stated.high) {
    return std::nullopt;
  }
  if (looks_like_year(c, t)) return std::nullopt;
  if (significant_digits(c.stated.low / t.scale, t.decimals) < kMarkSignificantDigits) return std::nullopt;
  const auto [mantissa, exponent] = rounded_value(c.stated.low);
  std::uint64_t h = hash_combine(static_cast<std::uint64_t>(t.unit), t.currency);
  h = hash_combine(h, static_cast<std::uint64_t>(mantissa));
  return hash_combine(h, static_cast<std::uint64_t>(exponent + 400));
}

std::vector<std::uint64_t> figure_marks(const ClaimStore& store, std::size_t document) {
  std::vector<std::uint64_t> marks;
  for (const CompactClaim& c : store.document(document).claims) {
    if (const auto mark = figure_mark(c, store.traits(c))) marks.push_back(*mark);
  }
  std::sort(marks.begin(), marks.end());
  marks.erase(std::unique(marks.begin(), marks.end()), marks.end());
  return marks;
}

}  // namespace claimcheck
