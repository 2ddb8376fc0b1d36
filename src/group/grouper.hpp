#pragma once
// Grouping stage: claims about the same thing land in the same group. The key is
// (entity, metric, unit, currency, counted noun, rate, change basis); periods and events are checked
// pairwise inside a group by the rules. Claims with no entity or metric, and vague ones,
// are never grouped. Sorting by key makes this O(n log n) in the number of claims.

#include <string>
#include <vector>

#include "group/document_info.hpp"

namespace claimcheck {

struct ClaimRef {
  std::size_t document = 0;  // index into the documents vector
  std::size_t claim = 0;     // index into that document's claims
};

struct Group {
  std::string key;
  std::vector<ClaimRef> members;  // in document order, then claim order
};

std::string group_key(const Claim& claim);

// Groups with at least two members.
std::vector<Group> group_claims(const std::vector<DocumentClaims>& documents);

// Two periods can describe the same thing: either is unknown, or one contains the other
// ("2026" and "2026-04-08"; "FY2026" and "2026").
bool periods_compatible(std::string_view a, std::string_view b);

}  // namespace claimcheck
