// direction-conflict: "rose" against "fell" for the same move, reported where the two
// magnitudes agree (a flipped word) or one of them is the headline; other opposite moves
// may be different days or sessions and are left alone.

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "check/comparison.hpp"
#include "check/kinds/group_context.hpp"
#include "check/kinds/rule_kind.hpp"
#include "check/same_fact.hpp"
#include "model/names.hpp"

namespace claimcheck {
namespace {

std::string direction_word(const Claim& c) { return c.direction == Direction::Up ? "up" : "down"; }

class DirectionConflict final : public RuleKind {
 public:
  DirectionConflict() : RuleKind("direction-conflict", KindScope::Group) {}

  void check_group(const RuleConfig& rule, GroupContext& g) const override {
    const std::size_t n = g.size();
    for (std::size_t i = 0; i < n; ++i) {
      for (std::size_t j = i + 1; j < n; ++j) {
        const Claim& a = g.claim(i);
        const Claim& b = g.claim(j);
        if (g.explained(i, j) || g.headline_confirmed_against(i, j) || !opposite_directions(a, b)) continue;
        const bool headline = (a.role == Role::Headline) != (b.role == Role::Headline);
        const Interval ma{std::fabs(a.value.low), std::fabs(a.value.high)};
        const Interval mb{std::fabs(b.value.low), std::fabs(b.value.high)};
        const bool same_size = std::min(ma.low, ma.high) <= std::max(mb.low, mb.high) &&
                               std::min(mb.low, mb.high) <= std::max(ma.low, ma.high);
        if (!headline && !same_size) continue;
        // A flipped word leaves the number as written; any other pair of sizes is two moves.
        const bool flipped =
            std::fabs(a.stated.low) == std::fabs(b.stated.low) && std::fabs(a.stated.high) == std::fabs(b.stated.high);
        if (flipped && round_moves_apart(a, b)) continue;
        const Difference difference = flipped ? Difference::Slip : Difference::Arbitrary;
        if (!g.comparable(i, j, difference)) continue;
        SameFact tie = same_fact(a, b, difference);
        if (!tie.tied && flipped) tie = precise_twin(a, b);
        if (!tie.tied) continue;
        const auto [q, other] = g.questioned_first(i, j);
        Fields fields = g.pair_fields(q, other);
        fields["a"] = direction_word(g.claim(q)) + " " + fields["a"];
        fields["b"] = direction_word(g.claim(other)) + " " + fields["b"];
        std::string working =
            fmt::format("{} says the figure went {}; {} says it went {}.", fields["A_where"],
                        to_string(g.claim(q).direction), fields["b_where"], to_string(g.claim(other).direction)) +
            ' ' + tie.evidence;
        g.add(g.make_finding(rule, {q, other}, fields, std::move(working)));
        g.explain_with_duplicates(i, j);
      }
    }
  }
};

}  // namespace

const RuleKind& direction_conflict_kind() {
  static const DirectionConflict kind;
  return kind;
}

}  // namespace claimcheck
