#pragma once
// The rule kinds by name, in the order they run: the most specific first, so that a pair
// of claims one finding explains (a scale slip) is not reported again by a more general
// kind (an outlier, an inconsistency):
//   scale-slip, decimal-slip, direction-conflict, range-containment, outlier-majority,
//   headline-vs-body, consistency (one group of claims at a time);
//   unit-confusion, derived-rate (the run's claims under their own keys);
//   arithmetic, calendar (one article at a time).

#include <span>
#include <string_view>

#include "check/kinds/rule_kind.hpp"
#include "check/rule_config.hpp"

namespace claimcheck {

[[nodiscard]] std::span<const RuleKind* const> rule_kinds();

// The kind of that name, or nullptr.
[[nodiscard]] const RuleKind* find_rule_kind(std::string_view name);

// The kind a rule names. Throws RuleConfigError naming the rule's file for a kind no
// implementation has.
[[nodiscard]] const RuleKind& rule_kind(const RuleConfig& rule);

}  // namespace claimcheck
