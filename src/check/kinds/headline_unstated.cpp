// headline-unstated: a headline figure its body never states, against the lead's figure
// of the same unit ("PORT SELLS 18.4 BILLION DLRS OF NOTES" over "will sell 12.6 billion
// dlrs of notes"). A headline restates its story's main figure; when the body has nothing
// within rounding of it, the lead's figure with its digits a power of ten apart, or else
// the lead's only figure of that kind, is what it restates, whatever subject each side
// was read as. A headline's other figures (a total of the lead's parts, a conversion to
// another currency) are either stated in the body or of another unit. Pairs headline-echo
// or the group kinds report are left to them (RuleEngine::finish).

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <string_view>
#include <vector>

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

// Anywhere below the headline: a sentence, a subheading ("$620.07 million" over a web
// page's table) or a table cell.
bool stated_in_body(const Claim& headline, const std::vector<Claim>& claims, double tolerance) {
  const Interval h = widened(headline.value, tolerance);
  return std::any_of(claims.begin(), claims.end(), [&](const Claim& c) {
    return c.role != Role::Headline && same_unit(c, headline) && c.value.overlaps(h);
  });
}

// A headline ends without a full stop: a first line that ends with one is a sentence (a
// summary's first point, an untitled text's first sentence), not a headline over a lead.
bool reads_as_sentence(const Claim& headline) {
  std::string_view line = headline.excerpt;
  while (!line.empty() && (line.back() == ' ' || line.back() == '\n' || line.back() == '\r')) line.remove_suffix(1);
  return line.ends_with('.');
}

// The headline's figure is the lead's plus another body figure of the unit: a total ("31
// DLRS A SHARE" over "22 dlrs a share in cash" and "notes ... at nine dlrs").
bool total_of_lead(const Claim& headline, const Claim& lead, const std::vector<Claim>& claims, double tolerance) {
  const Interval h = widened(headline.value, tolerance);
  return std::any_of(claims.begin(), claims.end(), [&](const Claim& c) {
    return &c != &lead && c.role == Role::Body && same_unit(c, headline) &&
           Interval{lead.value.low + c.value.low, lead.value.high + c.value.high}.overlaps(h);
  });
}

// The lead: the body's first sentence with figures, if it starts within `lead_lines`
// below the headline. Only its first sentence: a web page's first paragraph is one line
// of many sentences, and the later ones state other facts.
const Claim* lead_sentence(const Claim& headline, const std::vector<Claim>& claims, std::uint32_t lead_lines) {
  const auto first = std::find_if(claims.begin(), claims.end(), [](const Claim& c) { return c.role == Role::Body; });
  if (first == claims.end() || first->span.line <= headline.span.line ||
      first->span.line - headline.span.line > lead_lines) {
    return nullptr;
  }
  return &*first;
}

// Both name a metric, strongly, and not the same one: "SALES OF $594.7 MILLION" over
// "capital expenditure of $1.10 billion" is another fact of the lead, not its restatement.
bool other_metrics(const Claim& a, const Claim& b) {
  return !a.subject.metric.empty() && !b.subject.metric.empty() && !a.subject.metric_weak && !b.subject.metric_weak &&
         a.subject.metric != b.subject.metric;
}

// The lead sentence's figures of the headline's unit and, where both name one, metric.
std::vector<const Claim*> lead_figures(const Claim& headline, const std::vector<Claim>& claims, const Claim& lead) {
  std::vector<const Claim*> found;
  for (const Claim& c : claims) {
    if (c.role == Role::Body && same_sentence(c, lead) && same_unit(c, headline) && !c.is_range &&
        !other_metrics(c, headline)) {
      found.push_back(&c);
    }
  }
  return found;
}

// One significant digit as written ("5 MLN"): few enough to recur by chance.
bool one_digit(const Claim& c) { return written_significant_digits(c) < 2; }

// The lead's figure with the headline's digits a power of ten apart, where exactly one
// has them: that the headline's figure is nowhere in the body makes the shared digits
// evidence enough, whatever hedges, markers or other figures each side has (a headline's
// "UNIT", "BONDS" and "MARCH SALES" are its lead's "subsidiary", "debentures" and "four
// weeks ended April 2"). Not an earlier value; a move in the headline may be a level in
// the lead ("PRICES RISE 3 PCT" over "0.3 pct in March"), a level in the headline is not
// a move in the lead where its one digit may be chance ("SETS 5 MLN DLR NOTE ISSUE" over
// "raised 50 mln dlrs last year").
const Claim* shifted_counterpart(const Claim& headline, const std::vector<const Claim*>& lead) {
  const Claim* found = nullptr;
  for (const Claim* c : lead) {
    if (!decimal_shift(headline, *c, 3) || c->subject.earlier != headline.subject.earlier ||
        (c->direction != Direction::None && c->direction != headline.direction && one_digit(headline))) {
      continue;
    }
    if (found != nullptr) return nullptr;
    found = c;
  }
  return found;
}

// Otherwise the lead's only figure of the unit (two may add up to the headline's), of the
// same order of magnitude (a company's "$13.9 billion" is no restatement of a "$16.31"
// share price): a level where the headline's is a level and a move in the same direction
// where it is a move; a fact where the headline's is ("TO FLOAT 50 MLN DLR" is no
// restatement of what analysts said the market "could absorb").
const Claim* only_counterpart(const Claim& headline, const std::vector<const Claim*>& lead) {
  if (lead.size() != 1) return nullptr;
  const Claim& c = *lead.front();
  const double h = std::fabs(headline.stated.low);
  const double l = std::fabs(c.stated.low);
  if (!(std::max(h, l) <= 10 * std::min(h, l))) return nullptr;
  if (c.direction != headline.direction || c.subject.earlier != headline.subject.earlier ||
      c.subject.outlook != headline.subject.outlook || !headline.frame.markers_agree(c.frame)) {
    return nullptr;
  }
  return &c;
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
      const Claim* first = lead_sentence(headline, claims, lead_lines);
      if (first == nullptr) continue;
      const std::vector<const Claim*> figures = lead_figures(headline, claims, *first);
      const Claim* shifted = shifted_counterpart(headline, figures);
      const Claim* lead = shifted != nullptr ? shifted : only_counterpart(headline, figures);
      // Where headline-echo ties the shifted digits, the finding is its.
      if (lead == nullptr || total_of_lead(headline, *lead, claims, tolerance) ||
          (shifted != nullptr && headline_echo(headline, *lead).tied)) {
        continue;
      }
      const Claim& named = headline.subject.entity.empty() ? *lead : headline;
      const Claim& measured = headline.subject.metric.empty() ? *lead : headline;
      Fields fields = pair_fields(headline, *lead, named.subject.entity_name, metric_name(measured, in.metrics));
      std::string working = fmt::format(
          "No figure in the body is within {:g}% of {}; the lead's {} is {}.", tolerance * 100, as_written(headline),
          shifted != nullptr ? "figure with the same digits, a power of ten apart," : "only figure of that kind",
          as_written(*lead));
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
