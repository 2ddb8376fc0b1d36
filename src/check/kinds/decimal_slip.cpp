// decimal-slip: one figure written with its decimal point out of place ("25%" and
// "2.5%"): the same digits, 10^k apart (k up to the "max_power" parameter, default 3).

#include <fmt/format.h>

#include <cmath>

#include "check/comparison.hpp"
#include "check/kinds/group_context.hpp"
#include "check/kinds/rule_kind.hpp"
#include "check/same_fact.hpp"

namespace claimcheck {
namespace {

class DecimalSlip final : public RuleKind {
 public:
  DecimalSlip() : RuleKind("decimal-slip", KindScope::Group) {}

  void check_group(const RuleConfig& rule, GroupContext& g) const override {
    const int max_power = static_cast<int>(rule.number("max_power", 3));
    g.pairwise(
        rule, Difference::Slip,
        [&](std::size_t i, std::size_t j) { return decimal_shift(g.claim(i), g.claim(j), max_power).has_value(); },
        [](const Claim& a, const Claim& b, Fields& fields) {
          fields["factor"] =
              fmt::format("{}", static_cast<long long>(std::llround(std::pow(10.0, *decimal_shift(a, b, 6)))));
          const int k = *decimal_shift(a, b, 6);
          const bool a_larger = std::fabs(a.stated.low) > std::fabs(b.stated.low);
          const Claim& big = a_larger ? a : b;
          const Claim& small = a_larger ? b : a;
          return fmt::format("{} = {} x {}. ", format_value(big.stated.low, big), format_value(small.stated.low, small),
                             static_cast<long long>(std::llround(std::pow(10.0, k))));
        });
  }
};

}  // namespace

const RuleKind& decimal_slip_kind() {
  static const DecimalSlip kind;
  return kind;
}

}  // namespace claimcheck
