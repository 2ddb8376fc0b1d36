// arithmetic: a change stated with its from and to values that does not match them, and
// a change stated as a multiple whose values make another factor
// (check/document_rules.hpp).

#include "check/document_rules.hpp"
#include "check/kinds/rule_kind.hpp"

namespace claimcheck {
namespace {

class Arithmetic final : public RuleKind {
 public:
  Arithmetic() : RuleKind("arithmetic", KindScope::Document) {}

  void check_document(const RuleConfig& rule, const DocumentClaims& document, const MetricTable& metrics,
                      std::vector<Finding>& out) const override {
    check_arithmetic(rule, document, metrics, out);
    check_multiples(rule, document, metrics, out);
  }
};

}  // namespace

const RuleKind& arithmetic_kind() {
  static const Arithmetic kind;
  return kind;
}

}  // namespace claimcheck
