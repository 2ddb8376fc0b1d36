#include "check/kinds/registry.hpp"

#include <fmt/format.h>

#include <array>

namespace claimcheck {

// Each defined in the kind's own file under check/kinds/.
const RuleKind& scale_slip_kind();
const RuleKind& decimal_slip_kind();
const RuleKind& direction_conflict_kind();
const RuleKind& range_containment_kind();
const RuleKind& outlier_majority_kind();
const RuleKind& headline_vs_body_kind();
const RuleKind& consistency_kind();
const RuleKind& unit_confusion_kind();
const RuleKind& derived_rate_kind();
const RuleKind& arithmetic_kind();
const RuleKind& calendar_kind();
const RuleKind& headline_echo_kind();
const RuleKind& headline_unstated_kind();

std::span<const RuleKind* const> rule_kinds() {
  static const std::array<const RuleKind*, 13> kKinds{
      &scale_slip_kind(),        &decimal_slip_kind(),     &direction_conflict_kind(), &range_containment_kind(),
      &outlier_majority_kind(),  &headline_vs_body_kind(), &consistency_kind(),        &unit_confusion_kind(),
      &derived_rate_kind(),      &arithmetic_kind(),       &calendar_kind(),           &headline_echo_kind(),
      &headline_unstated_kind(),
  };
  return kKinds;
}

const RuleKind* find_rule_kind(std::string_view name) {
  for (const RuleKind* kind : rule_kinds()) {
    if (kind->name() == name) return kind;
  }
  return nullptr;
}

const RuleKind& rule_kind(const RuleConfig& rule) {
  const RuleKind* kind = find_rule_kind(rule.kind);
  if (kind == nullptr) {
    throw rule.error_at("kind", fmt::format("field 'kind': unknown rule kind '{}'", rule.kind));
  }
  return *kind;
}

// A kind overrides the check its scope names; the others are never called.
void RuleKind::check_document(const RuleConfig&, const DocumentInput&, std::vector<Finding>&) const {}
void RuleKind::check_group(const RuleConfig&, GroupContext&) const {}
void RuleKind::check_run(const RuleConfig&, const RunClaims&, std::vector<Finding>&) const {}

}  // namespace claimcheck
