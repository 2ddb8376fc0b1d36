// headline-vs-body: a headline figure its own article's body contradicts.

#include "check/kinds/group_context.hpp"
#include "check/kinds/rule_kind.hpp"
#include "check/same_fact.hpp"

namespace claimcheck {
namespace {

class HeadlineVsBody final : public RuleKind {
 public:
  HeadlineVsBody() : RuleKind("headline-vs-body", KindScope::Group) {}

  void check_group(const RuleConfig& rule, GroupContext& g) const override {
    g.pairwise(
        rule, Difference::Arbitrary,
        [&](std::size_t i, std::size_t j) {
          return g.same_document(i, j) && ((g.claim(i).role == Role::Headline) != (g.claim(j).role == Role::Headline));
        },
        [](const Claim&, const Claim&, Fields&) { return std::string(); });
  }
};

}  // namespace

const RuleKind& headline_vs_body_kind() {
  static const HeadlineVsBody kind;
  return kind;
}

}  // namespace claimcheck
