// unit-confusion: one change given in percent and in percentage points or basis points,
// or in points that do not convert (check/related_rules.hpp).

#include "check/kinds/rule_kind.hpp"
#include "check/related_rules.hpp"

namespace claimcheck {
namespace {

class UnitConfusion final : public RuleKind {
 public:
  UnitConfusion() : RuleKind("unit-confusion", KindScope::Run) {}

  void check_run(const RuleConfig& rule, const RunClaims& run, std::vector<Finding>& out) const override {
    check_unit_confusion(rule, run.store, run.events, run.metrics, run.threads, out);
  }
};

}  // namespace

const RuleKind& unit_confusion_kind() {
  static const UnitConfusion kind;
  return kind;
}

}  // namespace claimcheck
