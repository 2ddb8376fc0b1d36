#pragma once
// A rule kind: the code behind every rule instance (rules/checks/*.json) whose "kind" names
// it. A kind says what it reads (its scope) and checks that; instances give it an id, a
// severity, parameters and a message. Kinds are listed, in the order they run, in
// check/kinds/registry.cpp; adding one is a file here and a line there.

#include <string_view>
#include <vector>

#include "check/finding_builder.hpp"
#include "check/rule_config.hpp"
#include "group/claim_store.hpp"
#include "group/event_clusters.hpp"
#include "model/document_info.hpp"
#include "model/finding.hpp"
#include "model/month_names.hpp"

namespace claimcheck {

class GroupContext;

enum class KindScope {
  Document,  // one article's claims, as the article is analysed (check_document)
  Group,     // one group of claims of one subject, from the standard grouping (check_group)
  Run,       // every claim of the run, grouped under the kind's own key (check_run)
};

// What a document-scope kind reads: one article's claims, and the names its messages use.
struct DocumentInput {
  const DocumentClaims& document;
  const MetricTable& metrics;
  const MonthNames& months;  // the lexicon's: "3 March 2026"
};

// What a run-scope kind reads: the run's claims and the events that tie articles together.
struct RunClaims {
  const ClaimStore& store;
  const EventClusters& events;
  const MetricTable& metrics;
  unsigned threads = 1;
};

class RuleKind {
 public:
  RuleKind(std::string_view name, KindScope scope) : name_(name), scope_(scope) {}
  RuleKind(const RuleKind&) = delete;
  RuleKind& operator=(const RuleKind&) = delete;
  virtual ~RuleKind() = default;

  [[nodiscard]] std::string_view name() const { return name_; }
  [[nodiscard]] KindScope scope() const { return scope_; }

  // The engine calls the one check that scope() names; a kind overrides that one.
  virtual void check_document(const RuleConfig& rule, const DocumentInput& in, std::vector<Finding>& out) const;
  // Findings go to the group's own list (GroupContext::add); kinds of one group share
  // what the earlier ones explained.
  virtual void check_group(const RuleConfig& rule, GroupContext& group) const;
  virtual void check_run(const RuleConfig& rule, const RunClaims& run, std::vector<Finding>& out) const;

 private:
  std::string_view name_;
  KindScope scope_;
};

}  // namespace claimcheck
