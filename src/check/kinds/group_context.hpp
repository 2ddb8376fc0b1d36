#pragma once
// What the group-scope rule kinds share while they check one group of claims (one
// subject, one article or one cluster of articles): the members as full claims, whether
// two of them may be compared, the value most sources agree on, the pairs an earlier
// kind already explained, and how a finding about some of them is made.

#include <cstddef>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "check/comparison.hpp"
#include "check/finding_builder.hpp"
#include "check/rule_config.hpp"
#include "check/same_fact.hpp"
#include "group/claim_store.hpp"
#include "group/event_clusters.hpp"
#include "group/grouper.hpp"
#include "model/finding.hpp"

namespace claimcheck {

// The most documents' worth of claims that one value satisfies: where sources agree.
struct Majority {
  std::vector<std::size_t> members;  // indices into the group's members
  std::set<std::size_t> documents;
};

class GroupContext {
 public:
  GroupContext(Group group, const ClaimStore& store, const EventClusters& events, const MetricTable& metrics,
               std::vector<Finding>& out);

  [[nodiscard]] std::size_t size() const { return group_.members.size(); }
  [[nodiscard]] const Claim& claim(std::size_t i) const { return claims_[i]; }
  [[nodiscard]] std::size_t doc(std::size_t i) const { return group_.members[i].document; }
  [[nodiscard]] bool same_document(std::size_t i, std::size_t j) const { return doc(i) == doc(j); }
  [[nodiscard]] const std::string& entity() const { return entity_; }
  [[nodiscard]] const std::string& metric() const { return metric_; }

  // Whether members i and j may be compared at all: not one sentence, not two outlooks of
  // one article, compatible periods, the same day for a volatile level, one event.
  // A slip may be compared where another difference may not (two expectations of one
  // article are different people's; a slip is no difference of opinion).
  [[nodiscard]] bool comparable(std::size_t i, std::size_t j, Difference difference = Difference::Arbitrary) const;
  // A headline figure its own body repeats as the same fact, against another figure of
  // that body: the headline is right, and the other figure is another period or amount.
  [[nodiscard]] bool headline_confirmed_against(std::size_t i, std::size_t j) const;

  [[nodiscard]] const std::optional<Majority>& majority() const { return majority_; }
  [[nodiscard]] bool in_majority(std::size_t i) const;

  // Pairs (i < j) that a finding already explains; later kinds leave them alone.
  [[nodiscard]] bool explained(std::size_t i, std::size_t j) const { return explained_.contains({i, j}); }
  void explain(std::size_t i, std::size_t j) { explained_.insert({i, j}); }
  // A pair is explained, and so is every pair of the same two figures as written in the
  // same documents (a figure repeated in a table or a repeated headline).
  void explain_with_duplicates(std::size_t i, std::size_t j);

  // Orders a pair so that the questioned claim comes first: a headline before the body,
  // a figure the other sources do not support before one they do.
  [[nodiscard]] std::pair<std::size_t, std::size_t> questioned_first(std::size_t i, std::size_t j) const;

  [[nodiscard]] Fields pair_fields(std::size_t i, std::size_t j) const;
  // "A allows X; B allows Y: no value satisfies both."
  [[nodiscard]] std::string pair_working(std::size_t i, std::size_t j) const;

  // The finding on `members` (the questioned one first): confidence from the claims and,
  // across articles, the event evidence; a suggestion from the majority when the
  // questioned claim is not part of it.
  [[nodiscard]] Finding make_finding(const RuleConfig& rule, const std::vector<std::size_t>& members,
                                     const Fields& fields, std::string working) const;
  void add(Finding finding) { out_.push_back(std::move(finding)); }

  // The pair kinds' loop: every pair of members not yet explained, comparable, in
  // conflict, that `applies(i, j)` selects and same_fact() ties as one fact for the
  // kind's shape of `difference` is reported, questioned claim first, its working ending
  // with what tied the pair. `detail(q, other, fields)` adds the kind's own fields and
  // returns the start of the working (may be empty).
  template <typename Applies, typename Detail>
  void pairwise(const RuleConfig& rule, Difference difference, Applies&& applies, Detail&& detail) {
    pairwise_tied(
        rule, difference, applies,
        [&](std::size_t i, std::size_t j) { return same_fact(claim(i), claim(j), difference); }, detail);
  }

  // As pairwise(), with the kind's own test `tie(i, j)` of whether a pair is one fact.
  template <typename Applies, typename Tie, typename Detail>
  void pairwise_tied(const RuleConfig& rule, Difference difference, Applies&& applies, Tie&& tie, Detail&& detail) {
    const std::size_t n = size();
    for (std::size_t i = 0; i < n; ++i) {
      for (std::size_t j = i + 1; j < n; ++j) {
        if (explained(i, j) || headline_confirmed_against(i, j) || !comparable(i, j, difference) ||
            !clash(i, j, difference) || !applies(i, j)) {
          continue;
        }
        if (claim(i).span == claim(j).span && same_document(i, j)) continue;
        const SameFact tied = tie(i, j);
        if (!tied.tied) continue;
        const auto [q, other] = questioned_first(i, j);
        Fields fields = pair_fields(q, other);
        std::string working = detail(claim(q), claim(other), fields);
        working += pair_working(q, other) + ' ' + tied.evidence;
        add(make_finding(rule, {q, other}, fields, std::move(working)));
        explain_with_duplicates(i, j);
      }
    }
  }

  // How many amounts of `large_amount` or more (a million: scale-slip's large_amount)
  // member i's article states: in an article of few amounts, one number written at two
  // scales is hardly a coincidence.
  [[nodiscard]] std::size_t large_amounts_in_article(std::size_t i, double large_amount) const;

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
  std::optional<Majority> majority_;
  std::vector<bool> confirmed_;  // by member: a headline figure its body repeats

  [[nodiscard]] std::vector<bool> confirmed_headlines() const;
  // A slip is judged on the figures as written: "up to 50 mln" over a headline's "5 MLN"
  // is the same amount with its decimal point moved, though the bound allows both. Two
  // bounds say too little for that ("well over 1 million square feet a quarter", "over
  // 100,000 square feet this quarter"): one figure at least must be stated as a value.
  [[nodiscard]] bool clash(std::size_t i, std::size_t j, Difference difference) const {
    if (difference == Difference::Slip) {
      return !opposite_directions(claim(i), claim(j)) && !(is_bound(claim(i)) && is_bound(claim(j)));
    }
    return conflict(claim(i), claim(j));
  }
  [[nodiscard]] static bool is_bound(const Claim& c) {
    return c.hedge.kind == HedgeKind::LowerBound || c.hedge.kind == HedgeKind::UpperBound;
  }

  [[nodiscard]] std::optional<Majority> find_majority() const;
  // Why articles are taken to report the same event; empty for claims of one article.
  [[nodiscard]] std::string event_evidence(const std::vector<std::size_t>& members) const;
};

}  // namespace claimcheck
