#include "check/comparison.hpp"

#include <fmt/format.h>

#include <cmath>

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

const char* scale_word(double scale) {
  if (scale >= 1e12) return " trillion";
  if (scale >= 1e9) return " billion";
  if (scale >= 1e6) return " million";
  if (scale >= 1e3) return " thousand";
  return "";
}

}  // namespace

bool opposite_directions(const Claim& a, const Claim& b) {
  return a.direction != Direction::None && b.direction != Direction::None && a.direction != b.direction;
}

bool same_sentence(const Claim& a, const Claim& b) {
  return a.document == b.document && a.span.line == b.span.line && a.excerpt == b.excerpt;
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
  if (a.is_range || b.is_range || !a.stated.is_point() || !b.stated.is_point() || a.scale == b.scale)
    return std::nullopt;
  if (a.scale < 1e3 && b.scale < 1e3) return std::nullopt;
  const double as_written_a = a.stated.low / a.scale;
  const double as_written_b = b.stated.low / b.scale;
  if (std::fabs(as_written_a - as_written_b) > 1e-9 * std::max(1.0, std::fabs(as_written_a))) return std::nullopt;
  const double k = std::round(std::log10(std::max(a.scale, b.scale) / std::min(a.scale, b.scale)) / 3);
  if (k < 1 || k > 2) return std::nullopt;
  return static_cast<int>(k);
}

std::string format_value(double value, const Claim& like) {
  const double scale = like.scale >= 1e3 ? like.scale : 1.0;
  return fmt::format("{:.6g}{}", value / scale, scale_word(scale));
}

std::string format_figure(double value, const Claim& like) {
  std::string number = format_value(value, like);
  switch (like.unit.kind) {
    case UnitKind::Percent:
      return number + "%";
    case UnitKind::PercentagePoints:
      return number + " percentage points";
    case UnitKind::BasisPoints:
      return number + " basis points";
    case UnitKind::Money:
      if (like.unit.currency == "USD") return "$" + number;
      return like.unit.currency + " " + number;
    case UnitKind::Count:
      return like.unit.noun.empty() ? number : number + " " + like.unit.noun;
  }
  return number;
}

std::string format_interval(const Claim& c) {
  const bool low = std::isfinite(c.value.low);
  const bool high = std::isfinite(c.value.high);
  if (low && high) return fmt::format("{} to {}", format_figure(c.value.low, c), format_figure(c.value.high, c));
  if (low) return "at least " + format_figure(c.value.low, c);
  if (high) return "at most " + format_figure(c.value.high, c);
  return "any value";
}

}  // namespace claimcheck
