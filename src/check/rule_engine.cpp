#include "check/rule_engine.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <filesystem>
#include <iterator>
#include <map>
#include <optional>
#include <set>

#include "check/comparison.hpp"
#include "check/document_rules.hpp"
#include "check/finding_builder.hpp"
#include "check/related_rules.hpp"
#include "check/same_fact.hpp"
#include "group/grouper.hpp"
#include "model/names.hpp"
#include "support/parallel_for.hpp"

namespace claimcheck {
namespace {

// The most documents' worth of claims that one value satisfies: where sources agree.
struct Majority {
  std::vector<std::size_t> members;  // indices into the group's members
  std::set<std::size_t> documents;
};

class GroupChecker {
 public:
  GroupChecker(Group group, const ClaimStore& store, const EventClusters& events, const MetricTable& metrics,
               std::vector<Finding>& out)
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

  void apply(const RuleConfig& rule) {
    if (rule.kind == "decimal-slip") {
      const int max_power = static_cast<int>(rule.number("max_power", 3));
      pairwise(rule, Difference::Slip,
               [&](std::size_t i, std::size_t j) { return decimal_shift(claim(i), claim(j), max_power).has_value(); });
    } else if (rule.kind == "scale-slip") {
      pairwise(rule, Difference::Slip,
               [&](std::size_t i, std::size_t j) { return scale_shift(claim(i), claim(j)).has_value(); });
    } else if (rule.kind == "direction-conflict") {
      directions(rule);
    } else if (rule.kind == "range-containment") {
      pairwise(rule, Difference::Range, [&](std::size_t i, std::size_t j) {
        const Claim& a = claim(i);
        const Claim& b = claim(j);
        return (a.is_range != b.is_range) && (a.is_range ? a : b).value.bounded();
      });
    } else if (rule.kind == "outlier-majority") {
      outliers(rule);
    } else if (rule.kind == "headline-vs-body") {
      pairwise(rule, Difference::Arbitrary, [&](std::size_t i, std::size_t j) {
        return same_document(i, j) && ((claim(i).role == Role::Headline) != (claim(j).role == Role::Headline));
      });
    } else if (rule.kind == "consistency") {
      pairwise(rule, Difference::Arbitrary, [](std::size_t, std::size_t) { return true; });
    }
  }

 private:
  Group group_;
  const ClaimStore& store_;
  std::vector<Claim> claims_;  // the members as full records, expanded once
  const EventClusters& events_;
  std::vector<Finding>& out_;
  std::string metric_;
  bool volatile_ = false;
  std::string entity_;
  std::set<std::pair<std::size_t, std::size_t>> explained_;
  std::vector<bool> confirmed_;  // by member: a headline figure its body repeats
  std::optional<Majority> majority_;

  [[nodiscard]] const Claim& claim(std::size_t i) const { return claims_[i]; }
  [[nodiscard]] std::size_t doc(std::size_t i) const { return group_.members[i].document; }
  [[nodiscard]] bool same_document(std::size_t i, std::size_t j) const { return doc(i) == doc(j); }

  // Headline figures their own body repeats as the same fact ("SALES UP 21.8 PCT" over
  // "sales ... up 21.8 pct"): the headline is right, and the body's other figures of the
  // subject are other periods or amounts, not slips of it.
  [[nodiscard]] std::vector<bool> confirmed_headlines() const {
    const std::size_t n = group_.members.size();
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

  // A confirmed headline against another figure of its body.
  [[nodiscard]] bool headline_confirmed_against(std::size_t i, std::size_t j) const {
    if (!same_document(i, j)) return false;
    return (confirmed_[i] && claim(j).role != Role::Headline) || (confirmed_[j] && claim(i).role != Role::Headline);
  }

  [[nodiscard]] bool same_sentence(std::size_t i, std::size_t j) const {
    return claimcheck::same_sentence(claim(i), claim(j));
  }

  [[nodiscard]] bool comparable(std::size_t i, std::size_t j, Difference difference = Difference::Arbitrary) const {
    if (i != j && same_sentence(i, j)) return false;
    // Expectations within one article are usually different people's (an official's and
    // the market's); across articles they can be checked against each other. A slip is
    // not a difference of opinion ("TO FLOAT 5 MLN DLR NOTE" over "would float a 50 mln
    // dlr note").
    if (same_document(i, j) && difference != Difference::Slip &&
        (claim(i).subject.outlook || claim(j).subject.outlook)) {
      return false;
    }
    if (!periods_compatible(claim(i).subject.period, claim(j).subject.period)) return false;
    if (volatile_ && claim(i).direction == Direction::None) {
      // A price or a yield is a level at some moment: only the same stated day compares.
      const std::string& p = claim(i).subject.period;
      if (p.size() != 10 || p != claim(j).subject.period) return false;
    }
    // The group holds one article or one cluster of articles; two articles of a cluster
    // are compared only when they name an event term themselves (links through a third
    // article can chain different events together).
    return same_document(i, j) || events_.same_event(store_.info(doc(i)), store_.info(doc(j)));
  }

  [[nodiscard]] bool in_majority(std::size_t i) const {
    return majority_ && std::find(majority_->members.begin(), majority_->members.end(), i) != majority_->members.end();
  }

  std::optional<Majority> find_majority() const {
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

  Finding make_finding(const RuleConfig& rule, const std::vector<std::size_t>& members, const Fields& fields,
                       std::string working) const {
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
      confidence *= kCrossArticleConfidence;
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

  // Why articles are taken to report the same event; empty for claims of one article.
  std::string event_evidence(const std::vector<std::size_t>& members) const {
    const auto other =
        std::find_if(members.begin(), members.end(), [&](std::size_t i) { return doc(i) != doc(members[0]); });
    if (other == members.end()) return {};
    const auto shared = events_.shared_terms(store_.info(doc(members[0])), store_.info(doc(*other)));
    if (shared.empty()) return {};
    std::vector<std::string> quoted;
    for (const auto& t : shared) quoted.push_back('"' + t + '"');
    return fmt::format("Same event: both articles name {}.", join(quoted));
  }

  Fields pair_fields(std::size_t i, std::size_t j) const {
    return claimcheck::pair_fields(claim(i), claim(j), entity_, metric_);
  }

  std::string pair_working(std::size_t i, std::size_t j, const RuleConfig& rule) const {
    const Claim& a = claim(i);
    const Claim& b = claim(j);
    const bool overlap = a.value.overlaps(b.value);
    std::string w = fmt::format("{} allows {}; {} allows {}{}", as_written(a), format_interval(a), as_written(b),
                                format_interval(b),
                                overlap ? ": the bound allows both, but as written they are one figure slipped."
                                        : ": no value satisfies both.");
    if (rule.kind == "scale-slip") {
      const int k = *scale_shift(a, b);
      const bool a_larger = a.scale > b.scale;
      const Claim& big = a_larger ? a : b;
      const Claim& small = a_larger ? b : a;
      w = fmt::format("{} = {} x {}. ", format_value(big.stated.low, big), format_value(small.stated.low, small),
                      k == 1 ? "1,000" : "1,000,000") +
          w;
    }
    if (rule.kind == "decimal-slip") {
      const int k = *decimal_shift(a, b, 6);
      const bool a_larger = std::fabs(a.stated.low) > std::fabs(b.stated.low);
      const Claim& big = a_larger ? a : b;
      const Claim& small = a_larger ? b : a;
      w = fmt::format("{} = {} x {}. ", format_value(big.stated.low, big), format_value(small.stated.low, small),
                      static_cast<long long>(std::llround(std::pow(10.0, k)))) +
          w;
    }
    return w;
  }

  // Orders a pair so that the questioned claim comes first: a headline before the body,
  // a figure the other sources do not support before one they do.
  std::pair<std::size_t, std::size_t> questioned_first(std::size_t i, std::size_t j) const {
    if (claim(j).role == Role::Headline && claim(i).role != Role::Headline) return {j, i};
    if (claim(i).role == Role::Headline && claim(j).role != Role::Headline) return {i, j};
    if (in_majority(i) && !in_majority(j)) return {j, i};
    if (claim(j).is_range && !claim(i).is_range) return {i, j};
    if (claim(i).is_range && !claim(j).is_range) return {j, i};
    return {i, j};
  }

  template <typename Predicate>
  void pairwise(const RuleConfig& rule, Difference difference, Predicate&& applies) {
    const std::size_t n = group_.members.size();
    for (std::size_t i = 0; i < n; ++i) {
      for (std::size_t j = i + 1; j < n; ++j) {
        if (explained_.contains({i, j}) || headline_confirmed_against(i, j) || !comparable(i, j, difference) ||
            !clash(i, j, difference) || !applies(i, j)) {
          continue;
        }
        if (claim(i).span == claim(j).span && same_document(i, j)) continue;
        const SameFact tie = same_fact(claim(i), claim(j), difference);
        if (!tie.tied) continue;
        const auto [q, other] = questioned_first(i, j);
        Fields fields = pair_fields(q, other);
        if (rule.kind == "decimal-slip") {
          fields["factor"] = fmt::format(
              "{}", static_cast<long long>(std::llround(std::pow(10.0, *decimal_shift(claim(q), claim(other), 6)))));
        }
        out_.push_back(make_finding(rule, {q, other}, fields, pair_working(q, other, rule) + ' ' + tie.evidence));
        explain_with_duplicates(i, j);
      }
    }
  }

  // A slip is judged on the figures as written: "up to 50 mln" over a headline's "5 MLN"
  // is the same amount with its decimal point moved, though the bound allows both.
  [[nodiscard]] bool clash(std::size_t i, std::size_t j, Difference difference) const {
    if (difference == Difference::Slip) return !opposite_directions(claim(i), claim(j));
    return conflict(claim(i), claim(j));
  }

  // A pair is explained, and so is every pair of the same two figures as written in the
  // same documents (a figure repeated in a table or a repeated headline).
  void explain_with_duplicates(std::size_t i, std::size_t j) {
    const std::size_t n = group_.members.size();
    auto same_figure = [&](std::size_t x, std::size_t y) {
      return doc(x) == doc(y) && claim(x).value == claim(y).value;
    };
    for (std::size_t x = 0; x < n; ++x) {
      for (std::size_t y = x + 1; y < n; ++y) {
        if ((same_figure(x, i) && same_figure(y, j)) || (same_figure(x, j) && same_figure(y, i)))
          explained_.insert({x, y});
      }
    }
  }

  // "rose" against "fell" for the same move: reported where the two magnitudes agree (a
  // flipped word) or one of them is the headline; other opposite moves may be different
  // days or sessions and are left alone.
  void directions(const RuleConfig& rule) {
    const std::size_t n = group_.members.size();
    for (std::size_t i = 0; i < n; ++i) {
      for (std::size_t j = i + 1; j < n; ++j) {
        const Claim& a = claim(i);
        const Claim& b = claim(j);
        if (explained_.contains({i, j}) || headline_confirmed_against(i, j) || !opposite_directions(a, b)) continue;
        const bool headline = (a.role == Role::Headline) != (b.role == Role::Headline);
        const Interval ma{std::fabs(a.value.low), std::fabs(a.value.high)};
        const Interval mb{std::fabs(b.value.low), std::fabs(b.value.high)};
        const bool same_size = std::min(ma.low, ma.high) <= std::max(mb.low, mb.high) &&
                               std::min(mb.low, mb.high) <= std::max(ma.low, ma.high);
        if (!headline && !same_size) continue;
        // A flipped word leaves the number as written; any other pair of sizes is two moves.
        const bool flipped =
            std::fabs(a.stated.low) == std::fabs(b.stated.low) && std::fabs(a.stated.high) == std::fabs(b.stated.high);
        if (!comparable(i, j, flipped ? Difference::Slip : Difference::Arbitrary)) continue;
        if (!same_fact(a, b, flipped ? Difference::Slip : Difference::Arbitrary).tied) continue;
        const auto [q, other] = questioned_first(i, j);
        Fields fields = pair_fields(q, other);
        fields["a"] = direction_word(claim(q)) + " " + fields["a"];
        fields["b"] = direction_word(claim(other)) + " " + fields["b"];
        std::string working =
            fmt::format("{} says the figure went {}; {} says it went {}.", fields["A_where"],
                        to_string(claim(q).direction), fields["b_where"], to_string(claim(other).direction));
        out_.push_back(make_finding(rule, {q, other}, fields, std::move(working)));
        explain_with_duplicates(i, j);
      }
    }
  }

  static std::string direction_word(const Claim& c) { return c.direction == Direction::Up ? "up" : "down"; }

  void outliers(const RuleConfig& rule) {
    if (!majority_) return;
    const auto min_sources = static_cast<std::size_t>(rule.number("min_sources", 3));
    std::set<std::size_t> all_documents;
    for (std::size_t i = 0; i < group_.members.size(); ++i) all_documents.insert(doc(i));
    if (all_documents.size() < min_sources) return;
    for (const std::size_t d : all_documents) {
      if (majority_->documents.contains(d)) continue;
      std::vector<std::size_t> odd;
      bool against_all = true;
      bool tied = false;  // to one of the majority by its frame
      for (std::size_t i = 0; i < group_.members.size(); ++i) {
        if (doc(i) != d) continue;
        for (const std::size_t m : majority_->members) {
          against_all = against_all && comparable(i, m) && conflict(claim(i), claim(m));
          tied = tied || same_fact(claim(i), claim(m), Difference::Majority).tied;
        }
        odd.push_back(i);
      }
      if (odd.empty() || !against_all || !tied || majority_->documents.size() <= 1) continue;
      // Every clash already has a more specific finding (a scale or decimal slip), which
      // names what the others support in its suggestion.
      const bool explained = std::all_of(odd.begin(), odd.end(), [&](std::size_t i) {
        return std::all_of(majority_->members.begin(), majority_->members.end(), [&](std::size_t m) {
          return explained_.contains({std::min(i, m), std::max(i, m)});
        });
      });
      if (explained) continue;
      std::vector<std::string> outlier_texts;
      std::vector<std::size_t> members = odd;
      for (const std::size_t i : odd) {
        const std::string w = as_written(claim(i)) + (claim(i).role == Role::Headline ? " (headline)" : "");
        if (std::find(outlier_texts.begin(), outlier_texts.end(), w) == outlier_texts.end()) outlier_texts.push_back(w);
      }
      std::vector<std::string> majority_texts;
      std::vector<std::string> sources;
      for (const std::size_t m : majority_->members) {
        members.push_back(m);
        const std::string w = as_written(claim(m));
        if (std::find(majority_texts.begin(), majority_texts.end(), w) == majority_texts.end())
          majority_texts.push_back(w);
        const std::string s = file_name(claim(m).document);
        if (std::find(sources.begin(), sources.end(), s) == sources.end()) sources.push_back(s);
      }
      Fields fields{{"outliers", join(outlier_texts)},
                    {"outlier_source", file_name(claim(odd[0]).document)},
                    {"majority", join(majority_texts)},
                    {"majority_sources", join(sources)},
                    {"majority_count", std::to_string(majority_->documents.size())}};
      add_subject_fields(fields, entity_, metric_);
      std::string working;
      for (const std::size_t i : members) {
        working +=
            fmt::format("{}{} allows {}", working.empty() ? "" : "; ", as_written(claim(i)), format_interval(claim(i)));
      }
      working += ". The majority figures share a value; the others overlap none of them.";
      out_.push_back(make_finding(rule, members, fields, std::move(working)));
      for (const std::size_t i : odd) {
        for (const std::size_t m : majority_->members) explained_.insert({std::min(i, m), std::max(i, m)});
      }
    }
  }
};

}  // namespace

const std::vector<std::string_view>& RuleEngine::kinds() {
  static const std::vector<std::string_view> kKinds{"scale-slip",        "decimal-slip",     "direction-conflict",
                                                    "range-containment", "outlier-majority", "headline-vs-body",
                                                    "consistency",       "unit-confusion",   "derived-rate",
                                                    "arithmetic",        "calendar"};
  return kKinds;
}

RuleEngine::RuleEngine(std::vector<RuleConfig> rules) : rules_(std::move(rules)) {
  std::set<std::string> ids;
  for (const auto& rule : rules_) {
    const auto& k = kinds();
    if (std::find(k.begin(), k.end(), rule.kind) == k.end()) {
      throw RuleConfigError(fmt::format("{}: field 'kind': unknown rule kind '{}'", rule.source, rule.kind));
    }
    if (!ids.insert(rule.id).second) {
      throw RuleConfigError(fmt::format("{}: field 'id': rule id '{}' is defined twice", rule.source, rule.id));
    }
    try {
      (void)render(rule, {});
    } catch (const fmt::format_error& e) {
      throw RuleConfigError(fmt::format("{}: field 'message': {}", rule.source, e.what()));
    }
    // Kinds with more than one sentence shape take the others as "*_message" parameters.
    for (const auto& [name, value] : rule.parameters.items()) {
      if (!name.ends_with("_message")) continue;
      RuleConfig variant = rule;
      try {
        variant.message = value.get<std::string>();
        (void)render(variant, {});
      } catch (const std::exception& e) {
        throw RuleConfigError(fmt::format("{}: field 'parameters.{}': {}", rule.source, name, e.what()));
      }
    }
  }
  auto precedence = [](const RuleConfig& r) {
    const auto& k = kinds();
    return std::find(k.begin(), k.end(), r.kind) - k.begin();
  };
  std::stable_sort(rules_.begin(), rules_.end(), [&](const RuleConfig& a, const RuleConfig& b) {
    return precedence(a) != precedence(b) ? precedence(a) < precedence(b) : a.id < b.id;
  });
}

std::vector<Finding> RuleEngine::check_document(const DocumentClaims& document, const MetricTable& metrics) const {
  std::vector<Finding> out;
  for (const RuleConfig& rule : rules_) {
    if (!rule.enabled) continue;
    if (rule.kind == "arithmetic") {
      check_arithmetic(rule, document, metrics, out);
      check_multiples(rule, document, metrics, out);
    }
    if (rule.kind == "calendar") check_calendar(rule, document, metrics, out);
  }
  return out;
}

std::vector<Finding> RuleEngine::check_across(const ClaimStore& store, const MetricTable& metrics,
                                              unsigned threads) const {
  const EventClusters events = cluster_events(store);
  // One grouping at a time, each on every thread: side by side they would hold three
  // sort arrays of the run's claims at once. Each one's groups are checked in blocks,
  // each block into its own slot, and freed before the next grouping. Slots are joined
  // in a fixed order, so the threads change nothing in the report.
  std::vector<std::vector<Finding>> per_block;
  {
    const GroupList groups = group_claims(store, events, threads);
    per_block = parallel_blocks<std::vector<Finding>>(groups.size(), kGroupBlock, threads,
                                                      [&](std::size_t i, std::vector<Finding>& out) {
                                                        GroupChecker checker(groups[i], store, events, metrics, out);
                                                        for (const RuleConfig& rule : rules_) {
                                                          if (rule.enabled) checker.apply(rule);
                                                        }
                                                      });
  }
  std::vector<Finding> findings;
  for (auto& slot : per_block) std::move(slot.begin(), slot.end(), std::back_inserter(findings));
  // Rules are in kind order (the constructor sorts them): unit-confusion's findings come
  // before derived-rate's.
  for (const RuleConfig& rule : rules_) {
    if (!rule.enabled) continue;
    if (rule.kind == "unit-confusion") check_unit_confusion(rule, store, events, metrics, threads, findings);
    if (rule.kind == "derived-rate") check_derived_rates(rule, store, events, metrics, threads, findings);
  }
  return findings;
}

void RuleEngine::finish(std::vector<Finding>& findings) {
  merge_repeated_findings(findings);
  std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
    const Claim& x = a.claims.front();
    const Claim& y = b.claims.front();
    return std::tie(x.document, x.span.begin, a.rule, a.fingerprint) <
           std::tie(y.document, y.span.begin, b.rule, b.fingerprint);
  });
}

std::vector<Finding> RuleEngine::check(const std::vector<DocumentClaims>& documents, const MetricTable& metrics,
                                       unsigned threads) const {
  std::vector<Finding> findings;
  for (const DocumentClaims& document : documents) {
    std::vector<Finding> own = check_document(document, metrics);
    std::move(own.begin(), own.end(), std::back_inserter(findings));
  }
  std::vector<Finding> across = check_across(ClaimStore::from(documents), metrics, threads);
  std::move(across.begin(), across.end(), std::back_inserter(findings));
  finish(findings);
  return findings;
}

}  // namespace claimcheck
