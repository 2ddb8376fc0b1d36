#include "check/rule_engine.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <iterator>
#include <set>
#include <tuple>
#include <vector>

#include "check/finding_builder.hpp"
#include "check/kinds/group_context.hpp"
#include "check/kinds/registry.hpp"
#include "check/related_rules.hpp"
#include "group/grouper.hpp"
#include "support/parallel_for.hpp"

namespace claimcheck {

const std::vector<std::string_view>& RuleEngine::kinds() {
  static const std::vector<std::string_view> kKinds = [] {
    std::vector<std::string_view> names;
    for (const RuleKind* kind : rule_kinds()) names.push_back(kind->name());
    return names;
  }();
  return kKinds;
}

RuleEngine::RuleEngine(std::vector<RuleConfig> rules, MonthNames months, AcrossArticles across)
    : rules_(std::move(rules)), months_(std::move(months)), across_(across) {
  std::set<std::string> ids;
  for (const auto& rule : rules_) {
    (void)rule_kind(rule);  // throws for an unknown kind
    if (!ids.insert(rule.id).second) {
      throw rule.error_at("id", fmt::format("field 'id': rule id '{}' is defined twice", rule.id));
    }
    try {
      (void)render(rule, {});
    } catch (const fmt::format_error& e) {
      throw rule.error_at("message", fmt::format("field 'message': {}", e.what()));
    }
    // Kinds with more than one sentence shape take the others as "*_message" parameters.
    for (const auto& [name, value] : rule.parameters.items()) {
      if (!name.ends_with("_message")) continue;
      RuleConfig variant = rule;
      try {
        variant.message = value.get<std::string>();
        (void)render(variant, {});
      } catch (const std::exception& e) {
        throw rule.error_at("parameters." + name, fmt::format("field 'parameters.{}': {}", name, e.what()));
      }
    }
  }
  auto precedence = [](const RuleConfig& r) {
    const auto k = rule_kinds();
    return std::find(k.begin(), k.end(), &rule_kind(r)) - k.begin();
  };
  std::stable_sort(rules_.begin(), rules_.end(), [&](const RuleConfig& a, const RuleConfig& b) {
    return precedence(a) != precedence(b) ? precedence(a) < precedence(b) : a.id < b.id;
  });
  kinds_.reserve(rules_.size());
  for (const RuleConfig& rule : rules_) kinds_.push_back(&rule_kind(rule));
}

std::vector<Finding> RuleEngine::check_document(const DocumentClaims& document, const MetricTable& metrics) const {
  std::vector<Finding> out;
  for (std::size_t r = 0; r < rules_.size(); ++r) {
    if (rules_[r].enabled && kinds_[r]->scope() == KindScope::Document)
      kinds_[r]->check_document(rules_[r], DocumentInput{document, metrics, months_}, out);
  }
  return out;
}

std::vector<Finding> RuleEngine::check_across(const ClaimStore& store, const MetricTable& metrics, unsigned threads,
                                              AcrossProgress* progress, const Deadline& deadline) const {
  if (progress != nullptr) progress->step("grouping claims", 0, "");
  const EventClusters events = cluster_events(store, across_);
  // One grouping at a time, each on every thread: side by side they would hold three
  // sort arrays of the run's claims at once. Each one's groups are checked in blocks,
  // each block into its own slot, and freed before the next grouping. Slots are joined
  // in a fixed order, so the threads change nothing in the report.
  std::vector<std::vector<Finding>> per_block;
  {
    const GroupList groups = group_claims(store, events, threads);
    if (progress != nullptr) progress->step("comparing claims", groups.size(), "groups");
    per_block = parallel_blocks<std::vector<Finding>>(
        groups.size(), kGroupBlock, threads, [&](std::size_t i, std::vector<Finding>& out) {
          if (deadline.passed()) return;  // the threads skip the groups left; thrown below
          GroupContext group(groups[i], store, events, metrics, out);
          for (std::size_t r = 0; r < rules_.size(); ++r) {
            if (rules_[r].enabled && kinds_[r]->scope() == KindScope::Group) kinds_[r]->check_group(rules_[r], group);
          }
          // Told once a block, at its last group: a block is one thread's, in order.
          if (progress != nullptr && ((i + 1) % kGroupBlock == 0 || i + 1 == groups.size()))
            progress->step_advance(i % kGroupBlock + 1);
        });
  }
  deadline.throw_if_passed();
  std::vector<Finding> findings;
  for (auto& slot : per_block) std::move(slot.begin(), slot.end(), std::back_inserter(findings));
  // Rules are in kind order (the constructor sorts them): unit-confusion's findings come
  // before derived-rate's.
  const RunClaims run{store, events, metrics, threads};
  for (std::size_t r = 0; r < rules_.size(); ++r) {
    deadline.throw_if_passed();
    if (!rules_[r].enabled || kinds_[r]->scope() != KindScope::Run) continue;
    if (progress != nullptr) progress->step(fmt::format("rule {}", rules_[r].id), 0, "");
    kinds_[r]->check_run(rules_[r], run, findings);
  }
  return findings;
}

namespace {

using FigureId = std::tuple<std::string_view, std::size_t, std::size_t>;  // document, span

FigureId figure_id(const Claim& c) { return {c.document, c.span.begin, c.span.end}; }

// A pair a group kind reports (its subjects matched), alone or with other figures, and a
// document kind reports too (headline-echo, which ignores subjects) is one finding: the
// group kind's.
void drop_pairs_a_group_kind_reports(std::vector<Finding>& findings) {
  auto scope_of = [](const Finding& f) {
    const RuleKind* kind = find_rule_kind(f.kind);
    return kind == nullptr ? KindScope::Group : kind->scope();
  };
  std::set<std::pair<FigureId, FigureId>> grouped;
  for (const Finding& f : findings) {
    if (scope_of(f) != KindScope::Group) continue;
    for (const Claim& a : f.claims) {
      for (const Claim& b : f.claims) grouped.emplace(figure_id(a), figure_id(b));
    }
  }
  std::erase_if(findings, [&](const Finding& f) {
    return scope_of(f) == KindScope::Document && f.claims.size() == 2 &&
           grouped.contains({figure_id(f.claims[0]), figure_id(f.claims[1])});
  });
}

}  // namespace

void RuleEngine::finish(std::vector<Finding>& findings) {
  drop_pairs_a_group_kind_reports(findings);
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
