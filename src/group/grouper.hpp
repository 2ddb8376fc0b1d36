#pragma once
// Grouping stage: claims about the same thing land in the same group. The key is
// (entity, metric, unit, currency, counted noun, rate, change basis, change or level,
// current/earlier/outlook), and a group holds the claims with one key from one event
// (group/event_clusters.hpp): one article, or the articles that report the same event.
// Periods are checked pairwise inside a group by the rules. Claims with no entity or
// metric, and vague ones, are never grouped. Sorting by (key, event) makes this
// O(n log n) in the number of claims; no two events are ever compared.

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "group/claim_store.hpp"
#include "group/event_clusters.hpp"
#include "model/document_info.hpp"

namespace claimcheck {

// The fields a key may read of a claim, as the store holds them or as a Claim does.
struct KeyView {
  std::string_view entity, qualifier, metric, currency, noun, rate, basis;
  UnitKind unit = UnitKind::Count;
  Direction direction = Direction::None;
  bool outlook = false;
  bool earlier = false;
  static KeyView of(const Claim& claim);
};

struct GroupingKey {
  enum Field : std::uint16_t {
    Entity = 1U << 0U,
    Qualifier = 1U << 1U,
    Metric = 1U << 2U,
    Unit = 1U << 3U,
    Currency = 1U << 4U,
    Noun = 1U << 5U,
    Rate = 1U << 6U,
    Basis = 1U << 7U,
    Shape = 1U << 8U,
    Time = 1U << 9U,
  };
  std::uint16_t fields = 0;
  bool (*admits)(const KeyView& claim) = nullptr;  // nullptr: every claim
};

// The standard key: every field. A change ("rose 12%") and a level ("12% of sales") are
// different things, and so are the current and the earlier value of a comparison.
extern const GroupingKey kFigureKey;
// Looser keys for rules that compare figures the standard key keeps apart: a change given
// in percent, percentage points or basis points (unit-confusion), and a level given per
// day, month, quarter or year (derived-rate).
extern const GroupingKey kChangeFamilyKey;
extern const GroupingKey kRateFamilyKey;

// The key of one claim written out; nullopt where the key does not admit it.
std::optional<std::string> key_of(const Claim& claim, const GroupingKey& key);
std::string key_string(const KeyView& claim, const GroupingKey& key);
// The order of key_string(a, key) and key_string(b, key) (below, at or above 0), found
// without writing either out: groups are put in the order of their keys as written.
int compare_keys(const KeyView& a, const KeyView& b, const GroupingKey& key);

struct ClaimRef {
  std::uint32_t document = 0;  // index of the document in the ClaimStore
  std::uint32_t claim = 0;     // index into that document's compact claims
};

struct Group {
  std::size_t event = 0;              // EventClusters::event of every member's document
  std::span<const ClaimRef> members;  // in document order, then claim order
};

// Groups in their order, flat: every member in one array, so that the millions of small
// groups of a large archive cost a few words each.
class GroupList {
 public:
  [[nodiscard]] std::size_t size() const { return entries_.size(); }
  [[nodiscard]] bool empty() const { return entries_.empty(); }
  [[nodiscard]] Group operator[](std::size_t i) const {
    const Entry& e = entries_[i];
    return {e.event, std::span<const ClaimRef>(members_).subspan(e.start, e.size)};
  }

 private:
  friend GroupList group_claims_by(const ClaimStore&, const EventClusters&, const GroupingKey&, unsigned, std::size_t);
  struct Entry {
    std::uint32_t start;
    std::uint32_t size;
    std::uint32_t event;
  };
  std::vector<ClaimRef> members_;
  std::vector<Entry> entries_;
};

// A subject given more distinct figures than this within one event is a data series (a
// long table, a price feed), not claims that should agree: such groups are left alone,
// which also bounds the pairwise work inside a group.
inline constexpr std::size_t kMaxGroupFigures = 256;

// Groups with at least two members, ordered by key (as written) then event, under
// kFigureKey. The same figure repeated in one sentence of one document is kept once.
// The sorting runs on up to `threads` threads; the groups are the same for any number.
GroupList group_claims(const ClaimStore& store, const EventClusters& events, unsigned threads = 1);
// Claims sorted at once (16 bytes each): groups never span entities, so a run is sorted a
// slice of entities at a time. An entity with more claims is sorted in one piece.
inline constexpr std::size_t kClaimsPerSlice = std::size_t{1} << 20U;

// The same under another key; claims the key does not admit stay out. The groups do not
// depend on `threads` or `claims_per_slice`, only the memory and time taken do.
GroupList group_claims_by(const ClaimStore& store, const EventClusters& events, const GroupingKey& key,
                          unsigned threads = 1, std::size_t claims_per_slice = kClaimsPerSlice);

// Two periods can describe the same thing: either is unknown, or one contains the other
// ("2026" and "2026-04-08"; "FY2026" and "2026").
bool periods_compatible(std::string_view a, std::string_view b);

}  // namespace claimcheck
