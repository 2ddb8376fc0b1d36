#include "check/kinds/group_context.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "model/period.hpp"

namespace claimcheck {

GroupContext::GroupContext(Group group, const ClaimStore& store, const EventClusters& events,
                           const MetricTable& metrics, std::vector<Finding>& out)
    : group_(group), store_(store), events_(events), out_(out) {
  claims_.reserve(group.members.size());
  for (const ClaimRef& r : group.members) claims_.push_back(store.claim(r.document, r.claim));
  const Claim& first = claim(0);
  const auto info = metrics.find(first.subject.metric);
  metric_ = metric_name(first, metrics);
  volatile_ = info != metrics.end() && info->second.is_volatile;
  entity_ = first.subject.entity_name;
  majority_ = find_majority();
  confirmed_ = confirmed_headlines();
}

// Headline figures their own body repeats as the same fact ("SALES UP 21.8 PCT" over
// "sales ... up 21.8 pct").
std::vector<bool> GroupContext::confirmed_headlines() const {
  const std::size_t n = size();
  std::vector<bool> confirmed(n, false);
  for (std::size_t i = 0; i < n; ++i) {
    if (claim(i).role != Role::Headline) continue;
    for (std::size_t k = 0; k < n && !confirmed[i]; ++k) {
      confirmed[i] = same_document(i, k) && claim(k).role != Role::Headline && claim(i).stated == claim(k).stated &&
                     !opposite_directions(claim(i), claim(k)) && same_fact(claim(i), claim(k), Difference::Slip).tied;
    }
  }
  return confirmed;
}

bool GroupContext::headline_confirmed_against(std::size_t i, std::size_t j) const {
  if (!same_document(i, j)) return false;
  return (confirmed_[i] && claim(j).role != Role::Headline) || (confirmed_[j] && claim(i).role != Role::Headline);
}

std::size_t GroupContext::large_amounts_in_article(std::size_t i, double large_amount) const {
  const auto& claims = store_.document(doc(i)).claims;
  return static_cast<std::size_t>(std::count_if(claims.begin(), claims.end(), [&](const CompactClaim& c) {
    const ClaimTraits& t = store_.traits(c);
    return t.scale >= large_amount && (t.unit == UnitKind::Money || t.unit == UnitKind::Count);
  }));
}

bool GroupContext::comparable(std::size_t i, std::size_t j, Difference difference) const {
  if (i != j && same_sentence(claim(i), claim(j))) return false;
  // Expectations within one article are usually different people's (an official's and
  // the market's); across articles they can be checked against each other. A slip is
  // not a difference of opinion ("TO FLOAT 5 MLN DLR NOTE" over "would float a 50 mln
  // dlr note").
  if (same_document(i, j) && difference != Difference::Slip && (claim(i).subject.outlook || claim(j).subject.outlook)) {
    return false;
  }
  if (!periods_compatible(claim(i).subject.period, claim(j).subject.period)) return false;
  if (volatile_ && claim(i).direction == Direction::None) {
    // A price or a yield is a level at some moment: only the same stated day compares.
    const std::string& p = claim(i).subject.period;
    if (!Period::parse(p).is_day() || p != claim(j).subject.period) return false;
  }
  // The group holds one article or one cluster of articles; two articles of a cluster
  // are compared only when they name an event term themselves (links through a third
  // article can chain different events together).
  return same_document(i, j) || events_.same_event(store_, doc(i), doc(j));
}

bool GroupContext::in_majority(std::size_t i) const {
  return majority_ && std::find(majority_->members.begin(), majority_->members.end(), i) != majority_->members.end();
}

std::optional<Majority> GroupContext::find_majority() const {
  const std::size_t n = group_.members.size();
  std::optional<Majority> best;
  for (std::size_t i = 0; i < n; ++i) {
    const double v = claim(i).value.low;
    if (!std::isfinite(v)) continue;
    Majority m;
    for (std::size_t j = 0; j < n; ++j) {
      if (claim(j).value.contains(v) && (i == j || comparable(i, j))) {
        m.members.push_back(j);
        m.documents.insert(doc(j));
      }
    }
    if (!best || m.documents.size() > best->documents.size()) best = std::move(m);
  }
  if (!best || best->documents.size() < 2) return std::nullopt;
  return best;
}

Finding GroupContext::make_finding(const RuleConfig& rule, const std::vector<std::size_t>& members,
                                   const Fields& fields, std::string working) const {
  double confidence = 1.0;
  bool weak = false;
  std::vector<Claim> claims;
  for (const std::size_t i : members) {
    const Claim& c = claim(i);
    confidence = std::min(confidence, c.subject.confidence);
    weak = weak || weakly_resolved(c);
    claims.push_back(c);
  }
  if (const std::string evidence = event_evidence(members); !evidence.empty()) {
    confidence *= events_.across.cross_article_confidence;
    working += ' ' + evidence;
  }
  Finding f = build_finding(rule, std::move(claims), fields, std::move(working), confidence, weak);
  if (majority_ && !in_majority(members[0])) {
    std::vector<std::string> agreed;
    for (const std::size_t m : majority_->members) {
      const std::string w = as_written(claim(m));
      if (std::find(agreed.begin(), agreed.end(), w) == agreed.end()) agreed.push_back(w);
    }
    f.suggestion = fmt::format("{} other source{} put it at {}.", majority_->documents.size(),
                               majority_->documents.size() == 1 ? "" : "s", join(agreed, " or "));
  }
  return f;
}

std::string GroupContext::event_evidence(const std::vector<std::size_t>& members) const {
  const auto other =
      std::find_if(members.begin(), members.end(), [&](std::size_t i) { return doc(i) != doc(members[0]); });
  if (other == members.end()) return {};
  const auto shared = events_.shared_terms(store_.info(doc(members[0])), store_.info(doc(*other)));
  if (shared.empty()) {
    const std::string figure = events_.shared_figure(store_, doc(members[0]), doc(*other));
    return figure.empty() ? std::string() : fmt::format("Same event: both articles state {}.", figure);
  }
  std::vector<std::string> quoted;
  for (const auto& t : shared) quoted.push_back('"' + t + '"');
  return fmt::format("Same event: both articles name {}.", join(quoted));
}

Fields GroupContext::pair_fields(std::size_t i, std::size_t j) const {
  return claimcheck::pair_fields(claim(i), claim(j), entity_, metric_);
}

std::string GroupContext::pair_working(std::size_t i, std::size_t j) const {
  const Claim& a = claim(i);
  const Claim& b = claim(j);
  const bool overlap = a.value.overlaps(b.value);
  return fmt::format(
      "{} allows {}; {} allows {}{}", as_written(a), format_interval(a), as_written(b), format_interval(b),
      overlap ? ": the bound allows both, but as written they are one figure slipped." : ": no value satisfies both.");
}

std::pair<std::size_t, std::size_t> GroupContext::questioned_first(std::size_t i, std::size_t j) const {
  if (claim(j).role == Role::Headline && claim(i).role != Role::Headline) return {j, i};
  if (claim(i).role == Role::Headline && claim(j).role != Role::Headline) return {i, j};
  if (in_majority(i) && !in_majority(j)) return {j, i};
  if (claim(j).is_range && !claim(i).is_range) return {i, j};
  if (claim(i).is_range && !claim(j).is_range) return {j, i};
  return {i, j};
}

void GroupContext::explain_with_duplicates(std::size_t i, std::size_t j) {
  const std::size_t n = group_.members.size();
  auto same_figure = [&](std::size_t x, std::size_t y) { return doc(x) == doc(y) && claim(x).value == claim(y).value; };
  for (std::size_t x = 0; x < n; ++x) {
    for (std::size_t y = x + 1; y < n; ++y) {
      if ((same_figure(x, i) && same_figure(y, j)) || (same_figure(x, j) && same_figure(y, i)))
        explained_.insert({x, y});
    }
  }
}

}  // namespace claimcheck
