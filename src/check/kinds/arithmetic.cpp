// arithmetic: a change stated with its from and to values that does not match them, and
// a change stated as a multiple whose values make another factor, and two compared values
// a thousandfold apart by their scale words alone (check/document_rules.hpp).

#include "check/document_rules.hpp"
#include "check/kinds/rule_kind.hpp"

namespace claimcheck {
namespace {

class Arithmetic final : public RuleKind {
 public:
  Arithmetic() : RuleKind("arithmetic", KindScope::Document) {}

  void check_document(const RuleConfig& rule, const DocumentInput& in, std::vector<Finding>& out) const override {
    check_arithmetic(rule, in.document, in.metrics, out);
    check_multiples(rule, in.document, in.metrics, out);
    check_compared_scales(rule, in.document, in.metrics, out);
  }
};

}  // namespace

const RuleKind& arithmetic_kind() {
  static const Arithmetic kind;
  return kind;
}

}  // namespace claimcheck
