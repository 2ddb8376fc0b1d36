// consistency: any two figures for the same fact that cannot both be true, when no more
// specific kind explains them.

#include "check/kinds/group_context.hpp"
#include "check/kinds/rule_kind.hpp"
#include "check/same_fact.hpp"

namespace claimcheck {
namespace {

class Consistency final : public RuleKind {
 public:
  Consistency() : RuleKind("consistency", KindScope::Group) {}

  void check_group(const RuleConfig& rule, GroupContext& g) const override {
    g.pairwise(
        rule, Difference::Arbitrary, [](std::size_t, std::size_t) { return true; },
        [](const Claim&, const Claim&, Fields&) { return std::string(); });
  }
};

}  // namespace

const RuleKind& consistency_kind() {
  static const Consistency kind;
  return kind;
}

}  // namespace claimcheck
