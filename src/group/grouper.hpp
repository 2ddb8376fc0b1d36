#pragma once
// Grouping stage: claims about the same thing land in the same group. The key is
// (entity, metric, unit, currency, counted noun, rate, change basis, change or level,
// current/earlier/outlook), and a group holds the claims with one key from one event
// (group/event_clusters.hpp): one article, or the articles that report the same event.
// Periods are checked pairwise inside a group by the rules. Claims with no entity or
// metric, and vague ones, are never grouped. Sorting by (key, event) makes this
// O(n log n) in the number of claims; no two events are ever compared.

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "group/claim_store.hpp"
#include "group/document_info.hpp"
#include "group/event_clusters.hpp"

namespace claimcheck {

struct ClaimRef {
  std::size_t document = 0;  // index of the document in the ClaimStore
  std::size_t claim = 0;     // index into that document's compact claims
};

struct Group {
  std::string key;
  std::size_t event = 0;          // EventClusters::event of every member's document
  std::vector<ClaimRef> members;  // in document order, then claim order
};

std::string group_key(const Claim& claim);

// Looser keys for rules that compare figures the standard key keeps apart:
// a change given in percent, percentage points or basis points (unit-confusion), and a
// level given per day, month, quarter or year (derived-rate). nullopt: not in any family.
std::optional<std::string> change_family_key(const Claim& claim);
std::optional<std::string> rate_family_key(const Claim& claim);

// A key may read a claim's subject, unit, rate, basis and direction, nothing else: claims
// alike in those are keyed once (group_claims_by passes a claim with only them set).
using KeyFunction = std::function<std::optional<std::string>(const Claim&)>;

// A subject given more distinct figures than this within one event is a data series (a
// long table, a price feed), not claims that should agree: such groups are left alone,
// which also bounds the pairwise work inside a group.
inline constexpr std::size_t kMaxGroupFigures = 256;

// Groups with at least two members, ordered by key then event, under group_key. The
// same figure repeated in one sentence of one document is kept once.
std::vector<Group> group_claims(const ClaimStore& store, const EventClusters& events);
// The same under another key; claims whose key is nullopt stay out.
std::vector<Group> group_claims_by(const ClaimStore& store, const EventClusters& events, const KeyFunction& key_of);

// Two periods can describe the same thing: either is unknown, or one contains the other
// ("2026" and "2026-04-08"; "FY2026" and "2026").
bool periods_compatible(std::string_view a, std::string_view b);

}  // namespace claimcheck
