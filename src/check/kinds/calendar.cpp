// calendar: a weekday written beside a date that falls on another weekday, and a share
// price move put on a weekend (check/document_rules.hpp).

#include "check/document_rules.hpp"
#include "check/kinds/rule_kind.hpp"

namespace claimcheck {
namespace {

class Calendar final : public RuleKind {
 public:
  Calendar() : RuleKind("calendar", KindScope::Document) {}

  void check_document(const RuleConfig& rule, const DocumentInput& in, std::vector<Finding>& out) const override {
    check_calendar(rule, in.document, in.metrics, in.months, out);
  }
};

}  // namespace

const RuleKind& calendar_kind() {
  static const Calendar kind;
  return kind;
}

}  // namespace claimcheck
