#include "check/comparison.hpp"

#include <cmath>

#include "group/figure_marks.hpp"

namespace claimcheck {
namespace {

std::string digits_of(std::string_view text) {
  std::string d;
  for (char c : text) {
    if (c >= '0' && c <= '9') d.push_back(c);
  }
  const auto first = d.find_first_not_of('0');
  if (first == std::string::npos) return {};
  d.erase(0, first);
  while (!d.empty() && d.back() == '0') d.pop_back();
  return d;
}

}  // namespace

bool opposite_directions(const Claim& a, const Claim& b) {
  return a.direction != Direction::None && b.direction != Direction::None && a.direction != b.direction;
}

int written_significant_digits(const Claim& c) {
  return significant_digits(std::fabs(c.stated.low) / c.scale, c.decimals);
}

bool same_unit(const Claim& a, const Claim& b) {
  return a.unit.kind == b.unit.kind && a.unit.currency == b.unit.currency && a.unit.noun == b.unit.noun;
}

bool same_sentence(const Claim& a, const Claim& b) {
  // The digest stands for the whole sentence (extract/claim_extractor.cpp); excerpts of a
  // long sentence are windows around each figure and differ.
  if (a.document != b.document || a.span.line != b.span.line) return false;
  if (a.excerpt_digest == 0 || b.excerpt_digest == 0) return a.excerpt == b.excerpt;
  return a.excerpt_digest == b.excerpt_digest;
}

bool conflict(const Claim& a, const Claim& b) { return !opposite_directions(a, b) && !a.value.overlaps(b.value); }

std::optional<int> decimal_shift(const Claim& a, const Claim& b, int max_power) {
  if (a.is_range || b.is_range || !a.stated.is_point() || !b.stated.is_point()) return std::nullopt;
  const double x = std::fabs(a.stated.low);
  const double y = std::fabs(b.stated.low);
  if (x == 0 || y == 0) return std::nullopt;
  const double ratio = x > y ? x / y : y / x;
  const double k = std::round(std::log10(ratio));
  if (k < 1 || k > max_power || std::fabs(ratio - std::pow(10.0, k)) > 1e-9 * ratio) return std::nullopt;
  if (digits_of(a.text) != digits_of(b.text) || digits_of(a.text).empty()) return std::nullopt;
  return static_cast<int>(k);
}

std::optional<int> scale_shift(const Claim& a, const Claim& b) {
  if (a.is_range || b.is_range || a.scale == b.scale) return std::nullopt;
  if (a.scale < 1e3 && b.scale < 1e3) return std::nullopt;
  // The numbers as written, each with its rounding and hedge ("$2.2 million" is 2.15 to
  // 2.25, "$2.23 billion" 2.225 to 2.235): one number under two scale words. Bounds
  // ("over $1 billion", "under $2.5 million") say too little to call it a slip.
  auto a_figure = [](const Claim& c) {
    return c.hedge.kind == HedgeKind::Exact || c.hedge.kind == HedgeKind::Approximate;
  };
  if (!a_figure(a) || !a_figure(b)) return std::nullopt;
  const Interval written_a{a.value.low / a.scale, a.value.high / a.scale};
  const Interval written_b{b.value.low / b.scale, b.value.high / b.scale};
  // Strictly: 4.5 (4.45 to 4.55) and 4.6 (4.55 to 4.65) only touch, and are two numbers.
  if (!(written_a.low < written_b.high && written_b.low < written_a.high)) return std::nullopt;
  const double k = std::round(std::log10(std::max(a.scale, b.scale) / std::min(a.scale, b.scale)) / 3);
  if (k < 1 || k > 2) return std::nullopt;
  return static_cast<int>(k);
}

}  // namespace claimcheck
