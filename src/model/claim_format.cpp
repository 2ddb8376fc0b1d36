#include "model/claim_format.hpp"

#include <fmt/format.h>

#include <cmath>

#include "model/names.hpp"

namespace claimcheck {
namespace {

const char* scale_word(double scale) {
  if (scale >= 1e12) return " trillion";
  if (scale >= 1e9) return " billion";
  if (scale >= 1e6) return " million";
  if (scale >= 1e3) return " thousand";
  return "";
}

}  // namespace

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

std::string claim_reading(const Claim& c) {
  std::string unit(to_string(c.unit.kind));
  if (!c.unit.currency.empty()) unit += " " + c.unit.currency;
  if (!c.unit.noun.empty()) unit += " (" + c.unit.noun + ")";
  std::string out = fmt::format("{} \u00b7 {}", format_interval(c), unit);
  const auto add = [&](std::string_view label, const std::string& value) {
    if (!value.empty()) out += fmt::format(" \u00b7 {} {}", label, value);
  };
  add("entity", c.subject.entity_name.empty() ? c.subject.entity : c.subject.entity_name);
  add("metric", c.subject.metric);
  add("period", c.subject.period);
  add("hedge", c.hedge.word);
  return out;
}

}  // namespace claimcheck
