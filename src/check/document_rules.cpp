#include "check/document_rules.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "check/comparison.hpp"
#include "model/calendar.hpp"
#include "model/metric_ids.hpp"
#include "model/period.hpp"

namespace claimcheck {
namespace {

// The change as a signed interval: "fell 3%" is [-3.5, -2.5].
Interval signed_change(const Claim& c) {
  return c.direction == Direction::Down ? Interval{-c.value.high, -c.value.low} : c.value;
}

bool finite(const Interval& v) { return std::isfinite(v.low) && std::isfinite(v.high); }

std::string signed_percent(double v, std::string_view unit) {
  return fmt::format("{}{:.3g}{}", v > 0 ? "+" : "", v, unit);
}

std::string interval_text(const Interval& v, std::string_view unit) {
  return fmt::format("{} to {}", signed_percent(v.low, unit), signed_percent(v.high, unit));
}

// "3 March 2026".
std::string long_date(const Date& d, const MonthNames& months) {
  return fmt::format("{} {} {}", static_cast<unsigned>(d.day()), months.name(static_cast<unsigned>(d.month())),
                     static_cast<int>(d.year()));
}

Finding single_claim_finding(const RuleConfig& rule, const Claim& c, Fields fields, std::string working,
                             double confidence) {
  fields["a"] = as_written(c);
  fields["a_where"] = where(c, c);
  fields["A_where"] = capitalise(fields["a_where"]);
  return build_finding(rule, {c}, fields, std::move(working), confidence, false);
}

}  // namespace

void check_arithmetic(const RuleConfig& rule, const DocumentClaims& document, const MetricTable& metrics,
                      std::vector<Finding>& out) {
  for (const ChangeFromTo& r : document.changes) {
    const Claim& change = document.claims.at(r.change);
    const Claim& from = document.claims.at(r.from);
    const Claim& to = document.claims.at(r.to);
    if (!finite(from.value) || !finite(to.value) || from.value.low <= 0 || change.hedge.kind == HedgeKind::Vague)
      continue;
    const Interval stated = signed_change(change);
    const bool levels_in_percent = from.unit.kind == UnitKind::Percent;
    // Percentage points: the difference of two percentages.
    const Interval points{to.value.low - from.value.high, to.value.high - from.value.low};
    Interval implied;
    std::string implied_text;
    std::string note;
    std::string working;
    if (change.unit.kind == UnitKind::Percent) {
      implied = {(to.value.low / from.value.high - 1) * 100, (to.value.high / from.value.low - 1) * 100};
      if (implied.overlaps(stated)) continue;
      implied_text = signed_percent((to.stated.low / from.stated.low - 1) * 100, "%");
      if (levels_in_percent && points.overlaps(stated)) {
        note = fmt::format(": {} is the difference in percentage points, not a percent change", as_written(change));
      }
      working = fmt::format("({} - {}) / {} = {}; with rounding {} to {} allows {}; {} allows {}.",
                            format_figure(to.stated.low, to), format_figure(from.stated.low, from),
                            format_figure(from.stated.low, from), implied_text, as_written(from), as_written(to),
                            interval_text(implied, "%"), as_written(change), interval_text(stated, "%"));
    } else if (levels_in_percent) {
      const double per_point = change.unit.kind == UnitKind::BasisPoints ? 100 : 1;
      const std::string_view unit = change.unit.kind == UnitKind::BasisPoints ? " basis points" : " percentage points";
      implied = {points.low * per_point, points.high * per_point};
      if (implied.overlaps(stated)) continue;
      implied_text = signed_percent((to.stated.low - from.stated.low) * per_point, unit);
      working = fmt::format("{} - {} = {}; with rounding {}; {} allows {}.", format_figure(to.stated.low, to),
                            format_figure(from.stated.low, from), implied_text, interval_text(implied, unit),
                            as_written(change), interval_text(stated, unit));
    } else {
      continue;
    }
    Fields fields{{"from", as_written(from)}, {"to", as_written(to)}, {"implied", implied_text}, {"unit_note", note}};
    // The values name the subject ("the margin fell from 18% to 16%, a 2% decline").
    const Claim& subject = from.subject.metric.empty() ? change : from;
    add_subject_fields(fields, subject.subject.entity_name, metric_name(subject, metrics));
    fields["b"] = as_written(from);
    fields["b_where"] = where(from, change);
    fields["B_where"] = capitalise(fields["b_where"]);
    fields["a"] = as_written(change);
    fields["a_where"] = where(change, from);
    fields["A_where"] = capitalise(fields["a_where"]);
    out.push_back(build_finding(rule, {change, from, to}, fields, std::move(working), 0.9, false));
  }
}

void check_multiples(const RuleConfig& rule, const DocumentClaims& document, const MetricTable& metrics,
                     std::vector<Finding>& out) {
  const double tolerance = rule.number("multiple_tolerance", 0.1);
  for (const MultipleFromTo& m : document.multiples) {
    const Claim& from = document.claims.at(m.from);
    const Claim& to = document.claims.at(m.to);
    if (!finite(from.value) || !finite(to.value) || from.value.low <= 0) continue;
    // A word such as "doubled" is round: 10% either side of its factor (multiple_tolerance).
    const Interval stated{m.factor * (1 - tolerance), m.factor * (1 + tolerance)};
    const Interval implied{to.value.low / from.value.high, to.value.high / from.value.low};
    if (implied.overlaps(stated)) continue;
    const double ratio = to.stated.low / from.stated.low;
    Fields fields{{"from", as_written(from)},
                  {"to", as_written(to)},
                  {"implied", fmt::format("{:.3g} times", ratio)},
                  {"unit_note", fmt::format(", not {:g} times", m.factor)}};
    const Claim& subject = from.subject.metric.empty() ? to : from;
    add_subject_fields(fields, subject.subject.entity_name, metric_name(subject, metrics));
    fields["a"] = m.mention.text;
    fields["a_where"] = where(m.mention, from);
    fields["A_where"] = capitalise(fields["a_where"]);
    std::string working = fmt::format("{} / {} = {:.3g}; with rounding {:.3g} to {:.3g}; \"{}\" allows {:g} to {:g}.",
                                      format_figure(to.stated.low, to), format_figure(from.stated.low, from), ratio,
                                      implied.low, implied.high, m.mention.text, stated.low, stated.high);
    const RuleConfig variant = with_message(
        rule, "multiple_message",
        "{A_where} says {entity_possessive} {metric} {a} from {from} to {to}, but that is {implied}{unit_note}.");
    out.push_back(build_finding(variant, {m.mention, from, to}, fields, std::move(working), 0.9, false));
  }
}

namespace {

// The nearest figure before `later` in its sentence with the same unit, if any.
const Claim* compared_with(const std::vector<Claim>& claims, std::size_t later) {
  for (std::size_t i = later; i-- > 0;) {
    if (!same_sentence(claims[i], claims[later])) return nullptr;
    if (same_unit(claims[i], claims[later])) return &claims[i];
  }
  return nullptr;
}

// A level under a scale word of a million or more, written with two significant digits
// or more ("$1 million" is as often a rough start as a slip), and no aside such as a
// correction ("the chart should read $2.6 billion rather than $2.6 million").
bool plain_level(const Claim& c) {
  const bool aside = std::any_of(c.frame.markers.begin(), c.frame.markers.end(),
                                 [](std::uint16_t m) { return m != 0 && marker_class(m) == MarkerClass::Aside; });
  return !c.is_range && c.direction == Direction::None && c.scale >= 1e6 && !aside &&
         written_significant_digits(c) >= 2;
}

}  // namespace

void check_compared_scales(const RuleConfig& rule, const DocumentClaims& document, const MetricTable& metrics,
                           std::vector<Finding>& out) {
  const double limit = rule.number("scale_written_ratio", 2);
  const std::vector<Claim>& claims = document.claims;
  for (std::size_t j = 1; j < claims.size(); ++j) {
    const Claim& earlier = claims[j];
    if (!earlier.subject.earlier || !plain_level(earlier)) continue;
    const Claim* now = compared_with(claims, j);
    if (now == nullptr || now->subject.earlier || !plain_level(*now)) continue;
    const double scales = now->scale / earlier.scale;
    if (std::fabs(scales - 1000) > 1e-6 && std::fabs(scales - 1e-3) > 1e-12) continue;
    const double written_now = std::fabs(now->stated.low) / now->scale;
    const double written_earlier = std::fabs(earlier.stated.low) / earlier.scale;
    if (!(written_now > 0) || !(written_earlier > 0) ||
        std::max(written_now, written_earlier) > limit * std::min(written_now, written_earlier)) {
      continue;
    }
    Fields fields;
    add_subject_fields(fields, now->subject.entity_name, metric_name(*now, metrics));
    fields["a"] = as_written(*now);
    fields["a_where"] = where(*now, earlier);
    fields["A_where"] = capitalise(fields["a_where"]);
    fields["b"] = as_written(earlier);
    fields["b_where"] = where(earlier, *now);
    fields["B_where"] = capitalise(fields["b_where"]);
    std::string working = fmt::format(
        "{} / {} = {:.3g}: a change a thousandfold, while the numbers as written ({:g} and {:g}) are within {:g} "
        "times of each other.",
        format_figure(now->stated.low, *now), format_figure(earlier.stated.low, earlier),
        now->stated.low / earlier.stated.low, written_now, written_earlier, limit);
    const RuleConfig variant = with_message(
        rule, "scale_message",
        "{A_where} compares {a} with {b}: the same size under scale words a thousand times apart, likely million "
        "written for billion or billion for million.");
    out.push_back(build_finding(variant, {*now, earlier}, fields, std::move(working), 0.8, false));
  }
}

void check_calendar(const RuleConfig& rule, const DocumentClaims& document, const MetricTable& metrics,
                    const MonthNames& months, std::vector<Finding>& out) {
  for (const CalendarMention& m : document.calendar) {
    const auto date = parse_iso_date(m.date);
    if (!date || weekday_number(*date) == m.stated_weekday) continue;
    Fields fields{{"date", long_date(*date, months)},
                  {"weekday", std::string(weekday_name(m.stated_weekday))},
                  {"actual_weekday", std::string(weekday_name(weekday_number(*date)))}};
    std::string working = fmt::format("{} falls on a {}.", long_date(*date, months), fields["actual_weekday"]);
    out.push_back(single_claim_finding(rule, m.mention, std::move(fields), std::move(working), 0.95));
  }
  // A share-price move the article itself puts on a weekend day, by name.
  for (const Claim& c : document.claims) {
    if (c.subject.metric != metric_id::kStockMove || c.subject.entity.empty()) continue;
    const auto date = Period::parse(c.subject.period).day();
    if (!date) continue;
    const unsigned day = weekday_number(*date);
    const std::string_view name = weekday_name(day);
    if ((day != 0 && day != 6) || c.excerpt.find(name) == std::string::npos) continue;
    Fields fields{{"date", long_date(*date, months)}, {"weekday", std::string(name)}};
    add_subject_fields(fields, c.subject.entity_name, metric_name(c, metrics));
    std::string working =
        fmt::format("{} is a {}; stock exchanges do not trade at weekends.", long_date(*date, months), name);
    RuleConfig weekend = with_message(rule, "weekend_message",
                                      "{A_where} puts {entity_possessive} {metric} of {a} on {weekday}, {date}, when "
                                      "stock exchanges are closed.");
    // The article may name the wrong day or mean an off-exchange trade: less sure.
    weekend.severity = std::min(rule.severity, Severity::Warning);
    out.push_back(single_claim_finding(weekend, c, std::move(fields), std::move(working), c.subject.confidence));
  }
}

}  // namespace claimcheck
