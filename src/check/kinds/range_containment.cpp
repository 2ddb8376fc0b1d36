// range-containment: a figure outside the range another claim gives for it ("$115-135
// billion" and "$140 billion").

#include "check/kinds/group_context.hpp"
#include "check/kinds/rule_kind.hpp"
#include "check/same_fact.hpp"

namespace claimcheck {
namespace {

class RangeContainment final : public RuleKind {
 public:
  RangeContainment() : RuleKind("range-containment", KindScope::Group) {}

  void check_group(const RuleConfig& rule, GroupContext& g) const override {
    g.pairwise(
        rule, Difference::Range,
        [&](std::size_t i, std::size_t j) {
          const Claim& a = g.claim(i);
          const Claim& b = g.claim(j);
          return (a.is_range != b.is_range) && (a.is_range ? a : b).value.bounded();
        },
        [](const Claim&, const Claim&, Fields&) { return std::string(); });
  }
};

}  // namespace

const RuleKind& range_containment_kind() {
  static const RangeContainment kind;
  return kind;
}

}  // namespace claimcheck
