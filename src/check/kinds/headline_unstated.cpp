// headline-unstated: a headline figure its body never states, where the lead (the first
// body sentence with figures) gives one other figure of the same unit and direction
// ("PORT SELLS 19.8 BILLION DLRS OF BILLS" over "will sell 13.2 billion dlrs of bills").
// A headline restates its story's main figure; when the body has nothing within
// rounding of it, the lead's only figure of that kind is what it restates, whatever
// subject each side was read as. A headline's other figures (a total of the lead's
// parts, a conversion to another currency) are either stated in the body or of another
// unit. Pairs the group kinds already report are left to them (RuleEngine::finish).

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <optional>
#include <string_view>

#include "check/comparison.hpp"
#include "check/kinds/rule_kind.hpp"
#include "check/same_fact.hpp"

namespace claimcheck {
namespace {

// The headline's figure widened by `tolerance` either side: a headline rounds ("NEARLY
// 30 PCT" over "28.7 pct").
Interval widened(const Interval& v, double tolerance) {
  return {v.low - std::fabs(v.low) * tolerance, v.high + std::fabs(v.high) * tolerance};
}

bool stated_in_body(const Claim& headline, const std::vector<Claim>& claims, double tolerance) {
  const Interval h = widened(headline.value, tolerance);
  return std::any_of(claims.begin(), claims.end(), [&](const Claim& c) {
    return c.role == Role::Body && same_unit(c, headline) && c.value.overlaps(h);
  });
}

// A headline ends without a full stop: a first line that ends with one is a sentence (a
// summary's first point, an untitled text's first sentence), not a headline over a lead.
bool reads_as_sentence(const Claim& headline) {
  std::string_view line = headline.excerpt;
  while (!line.empty() && (line.back() == ' ' || line.back() == '\n' || line.back() == '\r')) line.remove_suffix(1);
  return line.ends_with('.');
}

// The headline's figure is the lead's plus another body figure of the unit: a total ("28
// DLRS A SHARE" over "20 dlrs a share in cash" and "securities ... at eight dlrs").
bool total_of_lead(const Claim& headline, const Claim& lead, const std::vector<Claim>& claims, double tolerance) {
  const Interval h = widened(headline.value, tolerance);
  return std::any_of(claims.begin(), claims.end(), [&](const Claim& c) {
    return &c != &lead && c.role == Role::Body && same_unit(c, headline) &&
           Interval{lead.value.low + c.value.low, lead.value.high + c.value.high}.overlaps(h);
  });
}

// The body's first line with figures, if it starts within `lead_lines` below the headline.
std::optional<std::uint32_t> lead_line(const Claim& headline, const std::vector<Claim>& claims,
                                       std::uint32_t lead_lines) {
  std::optional<std::uint32_t> first;
  for (const Claim& c : claims) {
    if (c.role == Role::Body && (!first || c.span.line < *first)) first = c.span.line;
  }
  if (!first || *first <= headline.span.line || *first - headline.span.line > lead_lines) return std::nullopt;
  return first;
}

// The lead's figure of the headline's unit: the only one in the first sentence of the
// lead line that has one, a level where the headline's is a level and a move in the same
// direction where it is a move; a fact where the headline's is ("TO FLOAT 50 MLN DLR" is
// no restatement of what analysts said the market "could absorb").
const Claim* lead_counterpart(const Claim& headline, const std::vector<Claim>& claims, std::uint32_t line) {
  const Claim* found = nullptr;
  for (const Claim& c : claims) {
    if (c.role != Role::Body || c.span.line != line || !same_unit(c, headline)) continue;
    if (found != nullptr && !same_sentence(*found, c)) break;
    if (found != nullptr) return nullptr;  // two figures of the unit: which one is unknown
    found = &c;
  }
  if (found == nullptr || found->is_range || found->direction != headline.direction ||
      found->subject.earlier != headline.subject.earlier || found->subject.outlook != headline.subject.outlook ||
      !headline.frame.markers_agree(found->frame)) {
    return nullptr;
  }
  return found;
}

class HeadlineUnstated final : public RuleKind {
 public:
  HeadlineUnstated() : RuleKind("headline-unstated", KindScope::Document) {}

  void check_document(const RuleConfig& rule, const DocumentInput& in, std::vector<Finding>& out) const override {
    const double tolerance = rule.number("rounding_tolerance", 0.05);
    const auto lead_lines = static_cast<std::uint32_t>(rule.number("lead_lines", 3));
    const std::vector<Claim>& claims = in.document.claims;
    for (const Claim& headline : claims) {
      if (headline.role != Role::Headline || headline.is_range || reads_as_sentence(headline) ||
          stated_in_body(headline, claims, tolerance)) {
        continue;
      }
      const auto line = lead_line(headline, claims, lead_lines);
      if (!line) continue;
      const Claim* lead = lead_counterpart(headline, claims, *line);
      // The lead's figure with the headline's digits a power of ten apart is headline-echo's.
      if (lead == nullptr || total_of_lead(headline, *lead, claims, tolerance) ||
          (decimal_shift(headline, *lead, 3) && headline_echo(headline, *lead).tied)) {
        continue;
      }
      const Claim& named = headline.subject.entity.empty() ? *lead : headline;
      const Claim& measured = headline.subject.metric.empty() ? *lead : headline;
      Fields fields = pair_fields(headline, *lead, named.subject.entity_name, metric_name(measured, in.metrics));
      std::string working =
          fmt::format("No figure in the body is within {:g}% of {}; the lead's only figure of that kind is {}.",
                      tolerance * 100, as_written(headline), as_written(*lead));
      out.push_back(build_finding(rule, {headline, *lead}, fields, std::move(working), 0.5,
                                  weakly_resolved(headline) || weakly_resolved(*lead)));
    }
  }
};

}  // namespace

const RuleKind& headline_unstated_kind() {
  static const HeadlineUnstated kind;
  return kind;
}

}  // namespace claimcheck
