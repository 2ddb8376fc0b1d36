// derived-rate: a per-day (week, month, quarter) figure against a yearly one that no
// day count reconciles (check/related_rules.hpp).

#include "check/kinds/rule_kind.hpp"
#include "check/related_rules.hpp"

namespace claimcheck {
namespace {

class DerivedRate final : public RuleKind {
 public:
  DerivedRate() : RuleKind("derived-rate", KindScope::Run) {}

  void check_run(const RuleConfig& rule, const RunClaims& run, std::vector<Finding>& out) const override {
    check_derived_rates(rule, run.store, run.events, run.metrics, run.threads, out);
  }
};

}  // namespace

const RuleKind& derived_rate_kind() {
  static const DerivedRate kind;
  return kind;
}

}  // namespace claimcheck
