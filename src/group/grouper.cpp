#include "group/grouper.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "model/names.hpp"

namespace claimcheck {

std::string group_key(const Claim& c) {
  return fmt::format("{}|{}|{}|{}|{}|{}|{}", c.subject.entity, c.subject.metric, to_string(c.unit.kind),
                     c.unit.currency, c.unit.noun, c.rate, c.basis);
}

std::vector<Group> group_claims(const std::vector<DocumentClaims>& documents) {
  struct Keyed {
    std::string key;
    ClaimRef ref;
  };
  std::vector<Keyed> keyed;
  for (std::size_t d = 0; d < documents.size(); ++d) {
    const auto& claims = documents[d].claims;
    for (std::size_t c = 0; c < claims.size(); ++c) {
      const Claim& claim = claims[c];
      if (claim.subject.entity.empty() || claim.subject.metric.empty() || claim.hedge.kind == HedgeKind::Vague) continue;
      keyed.push_back({group_key(claim), {d, c}});
    }
  }
  std::stable_sort(keyed.begin(), keyed.end(), [](const Keyed& a, const Keyed& b) { return a.key < b.key; });
  std::vector<Group> groups;
  for (std::size_t i = 0; i < keyed.size();) {
    std::size_t j = i;
    Group g{keyed[i].key, {}};
    while (j < keyed.size() && keyed[j].key == keyed[i].key) g.members.push_back(keyed[j++].ref);
    if (g.members.size() >= 2) groups.push_back(std::move(g));
    i = j;
  }
  return groups;
}

bool periods_compatible(std::string_view a, std::string_view b) {
  if (a.starts_with("FY")) a.remove_prefix(2);
  if (b.starts_with("FY")) b.remove_prefix(2);
  if (a.empty() || b.empty()) return true;
  return a.starts_with(b) || b.starts_with(a);
}

}  // namespace claimcheck
