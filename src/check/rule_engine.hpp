#pragma once
// Rule stage: applies the configured rule instances to every group of claims and
// returns findings in a deterministic order. Rule kinds are code (check/kinds/, one file
// each, listed in check/kinds/registry.cpp); instances (id, severity, parameters, message)
// are data. Kinds run from the most specific to the most general, and a pair of claims
// explained by one finding is not reported again.

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "check/across_progress.hpp"
#include "check/finding_builder.hpp"
#include "check/kinds/rule_kind.hpp"
#include "check/rule_config.hpp"
#include "group/claim_store.hpp"
#include "model/across_articles.hpp"
#include "model/document_info.hpp"
#include "model/finding.hpp"
#include "model/month_names.hpp"
#include "support/deadline.hpp"

namespace claimcheck {

class RuleEngine {
 public:
  // Throws RuleConfigError for an unknown kind, a duplicate id or a message template
  // that names a field the kind does not provide. `months`: the lexicon's month names,
  // which the calendar rule writes in its messages; `across`: how articles are compared
  // (rules/across-articles.json).
  RuleEngine(std::vector<RuleConfig> rules, MonthNames months, AcrossArticles across);

  // A run checks in three steps, so that an article's full claims need not outlive its
  // analysis:
  // 1. the rules that read one article (arithmetic, calendar), as each is analysed;
  [[nodiscard]] std::vector<Finding> check_document(const DocumentClaims& document, const MetricTable& metrics) const;
  // 2. the rules across the run's articles (groups, unit confusion, derived rates), on up
  //    to `threads` threads; findings and their order do not depend on how many. Claims
  //    come from the store: where it dropped excerpts, so do the findings, and their
  //    fingerprints must be recomputed once the excerpts are back (refresh_fingerprint).
  //    `progress`, when set, is told of each step (check/across_progress.hpp); stops at
  //    the group or rule it is at once `deadline` passes, throwing DeadlinePassed;
  [[nodiscard]] std::vector<Finding> check_across(const ClaimStore& store, const MetricTable& metrics,
                                                  unsigned threads = 1, AcrossProgress* progress = nullptr,
                                                  const Deadline& deadline = {}) const;
  // 3. both lists together: repeated findings merged, then in report order.
  static void finish(std::vector<Finding>& findings);

  // All three over articles analysed elsewhere (a claim stream, tests).
  [[nodiscard]] std::vector<Finding> check(const std::vector<DocumentClaims>& documents, const MetricTable& metrics,
                                           unsigned threads = 1) const;

  [[nodiscard]] const std::vector<RuleConfig>& rules() const { return rules_; }
  static const std::vector<std::string_view>& kinds();
  [[nodiscard]] const AcrossArticles& across() const { return across_; }

 private:
  std::vector<RuleConfig> rules_;       // sorted by kind precedence, then id
  std::vector<const RuleKind*> kinds_;  // rules_[i]'s kind
  MonthNames months_;
  AcrossArticles across_;
};

}  // namespace claimcheck
