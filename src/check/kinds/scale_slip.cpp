// scale-slip: one figure written with the wrong scale word ("$2.3 billion" and "$2.3
// million"): the same number, up to rounding, 1000^k apart.

#include <fmt/format.h>

#include "check/comparison.hpp"
#include "check/kinds/group_context.hpp"
#include "check/kinds/rule_kind.hpp"
#include "check/same_fact.hpp"

namespace claimcheck {
namespace {

class ScaleSlip final : public RuleKind {
 public:
  ScaleSlip() : RuleKind("scale-slip", KindScope::Group) {}

  void check_group(const RuleConfig& rule, GroupContext& g) const override {
    const ScaleTwinLimits limits{static_cast<std::size_t>(rule.number("sparse_article_amounts", 8)),
                                 rule.number("scale_word", 1e3)};
    const double large_amount = rule.number("large_amount", 1e6);
    g.pairwise_tied(
        rule, Difference::Slip,
        [&](std::size_t i, std::size_t j) { return scale_shift(g.claim(i), g.claim(j)).has_value(); },
        [&](std::size_t i, std::size_t j) {
          SameFact tie = same_fact(g.claim(i), g.claim(j), Difference::Slip);
          if (tie.tied || !g.same_document(i, j)) return tie;
          tie = scale_twin(g.claim(i), g.claim(j), g.large_amounts_in_article(i, large_amount), limits);
          return tie.tied ? tie : precise_twin(g.claim(i), g.claim(j));
        },
        [](const Claim& a, const Claim& b, Fields&) {
          const int k = *scale_shift(a, b);
          const bool a_larger = a.scale > b.scale;
          const Claim& big = a_larger ? a : b;
          const Claim& small = a_larger ? b : a;
          return fmt::format("{} = {} x {}. ", format_value(big.stated.low, big), format_value(small.stated.low, small),
                             k == 1 ? "1,000" : "1,000,000");
        });
  }
};

}  // namespace

const RuleKind& scale_slip_kind() {
  static const ScaleSlip kind;
  return kind;
}

}  // namespace claimcheck
