#include "check/related_rules.hpp"

#include <fmt/format.h>

#include <cmath>
#include <optional>

#include "check/comparison.hpp"
#include "group/grouper.hpp"
#include "model/period.hpp"
#include "support/parallel_for.hpp"

namespace claimcheck {
namespace {

// Calls visit(a, b, same_event, found) for every pair of claims in every group under
// `key` (same_event: one article, or two that report the same event), groups spread over
// `threads` threads, the findings appended in group order.
template <typename Visit>
void for_each_pair(const ClaimStore& store, const EventClusters& events, const GroupingKey& key, unsigned threads,
                   std::vector<Finding>& out, Visit&& visit) {
  const GroupList groups = group_claims_by(store, events, key, threads);
  auto per_block = parallel_blocks<std::vector<Finding>>(
      groups.size(), kGroupBlock, threads, [&](std::size_t n, std::vector<Finding>& found) {
        const Group g = groups[n];
        std::vector<Claim> claims;
        for (const ClaimRef& r : g.members) claims.push_back(store.claim(r.document, r.claim));
        for (std::size_t i = 0; i < g.members.size(); ++i) {
          for (std::size_t j = i + 1; j < g.members.size(); ++j) {
            const std::size_t da = g.members[i].document;
            const std::size_t db = g.members[j].document;
            visit(claims[i], claims[j], da == db || events.same_event(store, da, db), found);
          }
        }
      });
  for (auto& slot : per_block) std::move(slot.begin(), slot.end(), std::back_inserter(out));
}

// Two claims of one group that may describe the same thing at all.
bool may_compare(const Claim& a, const Claim& b, bool same_event, bool allow_same_sentence) {
  const bool same_document = a.document == b.document;
  if (!same_document && !same_event) return false;
  if (same_document && a.span == b.span) return false;
  if (!allow_same_sentence && same_sentence(a, b)) return false;
  if (same_document && (a.subject.outlook || b.subject.outlook)) return false;
  return periods_compatible(a.subject.period, b.subject.period);
}

double confidence_of(const Claim& a, const Claim& b, const EventClusters& events) {
  const double c = std::min(a.subject.confidence, b.subject.confidence);
  return a.document == b.document ? c : c * events.across.cross_article_confidence;
}

bool weak_subject(const Claim& a, const Claim& b) { return weakly_resolved(a) || weakly_resolved(b); }

Fields pair_fields(const Claim& a, const Claim& b, const MetricTable& metrics) {
  return claimcheck::pair_fields(a, b, a.subject.entity_name, metric_name(a, metrics));
}

// A change in percentage points: basis points divided by 100; percent as written.
Interval in_points(const Claim& c) {
  const double k = c.unit.kind == UnitKind::BasisPoints ? 0.01 : 1.0;
  return {c.value.low * k, c.value.high * k};
}

bool is_relative(const Claim& c) { return c.unit.kind == UnitKind::Percent; }

std::string points_text(const Claim& c) {
  const Interval v = in_points(c);
  return v.is_point() ? fmt::format("{:g}", v.low) : fmt::format("{:g} to {:g}", v.low, v.high);
}

// How many of the claim's periods make a year, when it is stated as a rate: a day is
// `days_a_year` (250 trading days to 366 calendar days, rules/checks/derived-rate.json).
// A yearly figure is 1; nullopt: no stated rate.
std::optional<Interval> periods_per_year(const Claim& c, const Interval& days_a_year) {
  if (c.rate == "day") return days_a_year;
  if (c.rate == "week") return Interval{52, 53};
  if (c.rate == "month") return Interval::point(12);
  if (c.rate == "quarter") return Interval::point(4);
  if (c.rate == "year") return Interval::point(1);
  if (c.rate.empty() && Period::parse(c.subject.period).is_year()) return Interval::point(1);
  return std::nullopt;
}

// "$1 billion a day"; a yearly figure as written.
std::string with_rate(const Claim& c) {
  return c.rate.empty() || c.rate == "year" ? as_written(c) : as_written(c) + " a " + c.rate;
}

Interval times(const Interval& v, const Interval& k) { return {v.low * k.low, v.high * k.high}; }

std::string per_year_text(const Interval& k) {
  return k.is_point() ? fmt::format("{:g}", k.low) : fmt::format("{:g} to {:g}", k.low, k.high);
}

std::string annual_working(const Claim& c, const Interval& k) {
  if (k == Interval::point(1)) return fmt::format("{} allows {} a year", with_rate(c), format_interval(c));
  const Interval annual = times(c.value, k);
  Claim as_year = c;
  as_year.value = annual;
  return fmt::format("{} x {} {}s = {} a year", with_rate(c), per_year_text(k), c.rate, format_interval(as_year));
}

}  // namespace

void check_unit_confusion(const RuleConfig& rule, const ClaimStore& store, const EventClusters& events,
                          const MetricTable& metrics, unsigned threads, std::vector<Finding>& out) {
  for_each_pair(
      store, events, kChangeFamilyKey, threads, out,
      [&](const Claim& a, const Claim& b, bool same_event, std::vector<Finding>& found) {
        if (a.unit.kind == b.unit.kind || a.direction != b.direction || !may_compare(a, b, same_event, false)) return;
        const bool overlap = in_points(a).overlaps(in_points(b));
        std::string note;
        if (is_relative(a) != is_relative(b)) {
          // 4% and 0.5 percentage points can both be right (a relative and an absolute
          // change); the same number in both units is one change in the wrong unit.
          if (!overlap) return;
          note = "the same change is given in percent and in points; a change in a rate is in percentage points";
        } else {
          if (overlap) return;
          note = "a basis point is a hundredth of a percentage point";
        }
        Fields fields = pair_fields(a, b, metrics);
        fields["unit_note"] = note;
        const Claim& points = is_relative(a) ? b : a;
        const Claim& other = &points == &a ? b : a;
        std::string working = fmt::format(
            "{} = {} percentage points; {} allows {}.", as_written(points), points_text(points), as_written(other),
            is_relative(other) ? format_interval(other) : points_text(other) + " percentage points");
        found.push_back(
            build_finding(rule, {a, b}, fields, std::move(working), confidence_of(a, b, events), weak_subject(a, b)));
      });
}

void check_derived_rates(const RuleConfig& rule, const ClaimStore& store, const EventClusters& events,
                         const MetricTable& metrics, unsigned threads, std::vector<Finding>& out) {
  const Interval days_a_year{rule.number("trading_days_a_year", 250), rule.number("calendar_days_a_year", 366)};
  for_each_pair(store, events, kRateFamilyKey, threads, out,
                [&](const Claim& a, const Claim& b, bool same_event, std::vector<Finding>& found) {
                  if (a.rate == b.rate || !may_compare(a, b, same_event, true)) return;
                  const auto ka = periods_per_year(a, days_a_year);
                  const auto kb = periods_per_year(b, days_a_year);
                  if (!ka || !kb || *ka == *kb) return;
                  if (times(a.value, *ka).overlaps(times(b.value, *kb))) return;
                  // The per-period figure is the one in question.
                  const bool a_first = !(*ka == Interval::point(1));
                  const Claim& q = a_first ? a : b;
                  const Claim& other = a_first ? b : a;
                  Fields fields = pair_fields(q, other, metrics);
                  fields["a"] = with_rate(q);
                  fields["b"] = with_rate(other);
                  std::string working =
                      fmt::format("{}; {}: no day count makes them agree.", annual_working(q, a_first ? *ka : *kb),
                                  annual_working(other, a_first ? *kb : *ka));
                  found.push_back(build_finding(rule, {q, other}, fields, std::move(working),
                                                confidence_of(a, b, events), weak_subject(a, b)));
                });
}

}  // namespace claimcheck
