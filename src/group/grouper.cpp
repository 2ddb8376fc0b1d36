#include "group/grouper.hpp"

#include <algorithm>
#include <array>
#include <limits>
#include <span>
#include <stdexcept>
#include <tuple>
#include <unordered_map>

#include "model/names.hpp"
#include "model/period.hpp"
#include "support/hashing.hpp"
#include "support/parallel_for.hpp"

namespace claimcheck {

namespace {

std::uint64_t mix(std::uint64_t h, std::uint64_t v) {
  h ^= v + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
  return h;
}

// Everything a rule reads of a claim, except where in its sentence it stands. Pool ids
// stand for their strings: one string has one id in a run.
std::uint64_t figure_signature(const CompactClaim& c, const ClaimTraits& t, std::size_t document) {
  const std::hash<double> number;
  std::uint64_t h = mix(document, c.line);
  for (const double v : {c.value.low, c.value.high, c.stated.low, c.stated.high, t.scale}) h = mix(h, number(v));
  for (const std::uint64_t v :
       {std::uint64_t{c.excerpt_digest}, std::uint64_t{c.text}, std::uint64_t{t.period}, std::uint64_t{t.hedge_word}}) {
    h = mix(h, v);
  }
  return mix(h, static_cast<std::uint64_t>(t.role) * 31 + static_cast<std::uint64_t>(t.direction) * 7 +
                    static_cast<std::uint64_t>(t.hedge) * 3 + (t.is_range ? 1 : 0));
}

KeyView view_of(const ClaimStore& store, const EventClusters& events, const CompactClaim& c) {
  const ClaimTraits& t = store.traits(c);
  return {store.text(events.subject_key(c.entity)),
          store.text(t.qualifier),
          store.text(c.metric),
          store.text(t.currency),
          store.text(t.noun),
          store.text(t.rate),
          store.text(t.basis),
          t.unit,
          t.direction,
          t.outlook,
          t.earlier};
}

const char* shape_of(Direction direction) { return direction == Direction::None ? "level" : "change"; }
const char* time_of(bool outlook, bool earlier) { return outlook ? "outlook" : earlier ? "earlier" : "current"; }

// The key's fields as written, in order: the key is these joined by '|'.
struct KeyPieces {
  std::array<std::string_view, 10> piece;
  std::size_t count = 0;
};

KeyPieces key_pieces(const KeyView& c, std::uint16_t fields) {
  KeyPieces p;
  const std::array<std::string_view, 10> all{
      c.entity, c.qualifier, c.metric, to_string(c.unit),     c.currency,
      c.noun,   c.rate,      c.basis,  shape_of(c.direction), time_of(c.outlook, c.earlier)};
  for (std::size_t i = 0; i < all.size(); ++i) {
    if ((fields & (1U << i)) != 0) p.piece[p.count++] = all[i];
  }
  return p;
}

// A claim's key as ids, in the order of key_string, fields outside the key left 0: one
// string has one id in a run, so equal tuples are equal keys.
using KeyTuple = std::array<std::uint32_t, 10>;

KeyTuple key_tuple(const CompactClaim& c, StringPool::Id entity, const ClaimTraits& t, std::uint16_t fields) {
  const KeyTuple all{
      entity, t.qualifier, c.metric, static_cast<std::uint32_t>(t.unit),       t.currency,
      t.noun, t.rate,      t.basis,  t.direction == Direction::None ? 0U : 1U, t.outlook ? 2U : t.earlier ? 1U : 0U};
  KeyTuple tuple{};
  for (std::size_t i = 0; i < tuple.size(); ++i) {
    if ((fields & (1U << i)) != 0) tuple[i] = all[i];
  }
  return tuple;
}

std::uint64_t hash_tuple(const KeyTuple& tuple, std::uint64_t event) {
  std::uint64_t h = hash_combine(0, event);
  for (const std::uint32_t v : tuple) h = hash_combine(h, v);
  return h;
}

// The looser keys compare figures of different units or rates, which only a resolved
// subject can justify: claims kept for their frame alone (no metric) stay out.
bool is_change_in_percent_terms(const KeyView& c) {
  return !c.metric.empty() && c.direction != Direction::None &&
         (c.unit == UnitKind::Percent || c.unit == UnitKind::PercentagePoints || c.unit == UnitKind::BasisPoints);
}

bool is_level_with_a_rate(const KeyView& c) {
  return !c.metric.empty() && c.direction == Direction::None && c.rate != "share" &&
         (c.unit == UnitKind::Money || c.unit == UnitKind::Count);
}

constexpr std::uint16_t kAllFields = (1U << 10U) - 1U;

// a + '|' < b + '|': the order of two written keys that start with a and b.
bool less_as_key_head(std::string_view a, std::string_view b) {
  const std::size_t n = std::min(a.size(), b.size());
  if (const int order = a.substr(0, n).compare(b.substr(0, n)); order != 0) return order < 0;
  if (a.size() == b.size()) return false;
  constexpr auto kBar = static_cast<unsigned char>('|');
  return a.size() < b.size() ? kBar < static_cast<unsigned char>(b[n]) : static_cast<unsigned char>(a[n]) < kBar;
}

// The entities of the run ranked in the order of written keys, which start with them:
// claims sort by this rank first, so groups come out entity by entity and only the
// groups of one entity need their whole keys compared. Empty (every rank 0) when the
// key does not start with the entity, or an entity holds the separator.
std::unordered_map<StringPool::Id, std::uint32_t> rank_entities(const ClaimStore& store, const EventClusters& events,
                                                                const GroupingKey& key) {
  std::unordered_map<StringPool::Id, std::uint32_t> rank;
  if ((key.fields & GroupingKey::Entity) == 0) return rank;
  std::vector<StringPool::Id> entities;
  for (std::size_t d = 0; d < store.size(); ++d) {
    for (const CompactClaim& c : store.document(d).claims) {
      const StringPool::Id entity = events.subject_key(c.entity);
      if (rank.emplace(entity, 0).second) entities.push_back(entity);
    }
  }
  if (std::any_of(entities.begin(), entities.end(),
                  [&](StringPool::Id id) { return store.text(id).find('|') != std::string_view::npos; })) {
    return {};
  }
  std::sort(entities.begin(), entities.end(),
            [&](StringPool::Id a, StringPool::Id b) { return less_as_key_head(store.text(a), store.text(b)); });
  for (std::size_t i = 0; i < entities.size(); ++i) rank[entities[i]] = static_cast<std::uint32_t>(i);
  return rank;
}

}  // namespace

KeyView KeyView::of(const Claim& c) {
  return {c.subject.entity, c.subject.qualifier, c.subject.metric, c.unit.currency,   c.unit.noun,      c.rate,
          c.basis,          c.unit.kind,         c.direction,      c.subject.outlook, c.subject.earlier};
}

const GroupingKey kFigureKey{kAllFields, nullptr};
const GroupingKey kChangeFamilyKey{
    GroupingKey::Entity | GroupingKey::Qualifier | GroupingKey::Metric | GroupingKey::Basis | GroupingKey::Time,
    is_change_in_percent_terms};
const GroupingKey kRateFamilyKey{GroupingKey::Entity | GroupingKey::Qualifier | GroupingKey::Metric |
                                     GroupingKey::Unit | GroupingKey::Currency | GroupingKey::Noun | GroupingKey::Time,
                                 is_level_with_a_rate};

std::optional<std::string> key_of(const Claim& claim, const GroupingKey& key) {
  const KeyView view = KeyView::of(claim);
  if (key.admits != nullptr && !key.admits(view)) return std::nullopt;
  return key_string(view, key);
}

std::string key_string(const KeyView& claim, const GroupingKey& key) {
  const KeyPieces p = key_pieces(claim, key.fields);
  std::string written;
  for (std::size_t i = 0; i < p.count; ++i) {
    if (i > 0) written += '|';
    written += p.piece[i];
  }
  return written;
}

int compare_keys(const KeyView& a, const KeyView& b, const GroupingKey& key) {
  // Walks the pieces and the '|' between them as one string, compared as bytes.
  class Cursor {
   public:
    explicit Cursor(const KeyPieces& p) : p_(p) {}
    // The next byte, or -1 at the end.
    int next() {
      while (piece_ < p_.count) {
        const std::string_view text = p_.piece[piece_];
        if (offset_ < text.size()) return static_cast<unsigned char>(text[offset_++]);
        ++piece_;
        offset_ = 0;
        if (piece_ < p_.count) return '|';
      }
      return -1;
    }

   private:
    const KeyPieces& p_;
    std::size_t piece_ = 0;
    std::size_t offset_ = 0;
  };
  const KeyPieces pa = key_pieces(a, key.fields);
  const KeyPieces pb = key_pieces(b, key.fields);
  Cursor x(pa);
  Cursor y(pb);
  for (;;) {
    const int cx = x.next();
    const int cy = y.next();
    if (cx != cy) return cx < cy ? -1 : 1;
    if (cx < 0) return 0;
  }
}

GroupList group_claims(const ClaimStore& store, const EventClusters& events, unsigned threads) {
  return group_claims_by(store, events, kFigureKey, threads);
}

namespace {

// 16 bytes a claim sorted. Indices fit 32 bits: a run holds fewer than 4G documents and a
// document at most kMaxClaimsPerDocument claims.
struct Keyed {
  // The entity's rank (high half), then a hash of the key and the event: a shared hash is
  // told apart when the groups are made.
  std::uint64_t key;
  ClaimRef ref;
};

// Where the key does not admit a claim.
constexpr std::uint32_t kLeftOut = std::numeric_limits<std::uint32_t>::max();

// Per claim of the run, in store order: its entity's rank, or kLeftOut where the key does
// not admit it. Read once; every slice then only scans this array.
struct ClaimRanks {
  std::vector<std::uint32_t> of_claim;
  std::size_t ranks = 1;
};

ClaimRanks rank_claims(const ClaimStore& store, const EventClusters& events, const GroupingKey& key) {
  auto admitted = [&](const CompactClaim& c) { return key.admits == nullptr || key.admits(view_of(store, events, c)); };
  ClaimRanks out;
  const auto entity_rank = rank_entities(store, events, key);
  out.ranks = std::max<std::size_t>(1, entity_rank.size());
  out.of_claim.reserve(store.claim_kept());
  for (std::size_t d = 0; d < store.size(); ++d) {
    StringPool::Id last_entity = StringPool::kEmpty;
    std::uint32_t last_rank = 0;
    for (const CompactClaim& c : store.document(d).claims) {
      if (!admitted(c)) {
        out.of_claim.push_back(kLeftOut);
        continue;
      }
      if (!entity_rank.empty() && c.entity != last_entity) {
        last_entity = c.entity;
        last_rank = entity_rank.at(events.subject_key(c.entity));
      }
      out.of_claim.push_back(last_rank);
    }
  }
  return out;
}

// Groups never span entities, so the claims are sorted a slice of entities at a time, in
// rank order: the groups come out in the same order, and only a slice's sort records are
// held at once.
struct Slices {
  std::vector<std::uint32_t> ends;  // one past each slice's last entity rank
  std::size_t largest = 0;          // claims in the largest slice
  std::size_t claims = 0;           // claims the key admits
};

Slices plan_slices(const ClaimRanks& ranks, std::size_t claims_per_slice) {
  Slices out;
  std::vector<std::size_t> per_rank(ranks.ranks);
  for (const std::uint32_t rank : ranks.of_claim) {
    if (rank == kLeftOut) continue;
    ++per_rank[rank];
    ++out.claims;
  }
  if (out.claims > std::numeric_limits<std::uint32_t>::max()) throw std::length_error("too many claims to group");
  for (std::size_t r = 0, in_slice = 0; r < per_rank.size(); ++r) {
    in_slice += per_rank[r];
    if (in_slice >= claims_per_slice || r + 1 == per_rank.size()) {
      out.ends.push_back(static_cast<std::uint32_t>(r + 1));
      out.largest = std::max(out.largest, in_slice);
      in_slice = 0;
    }
  }
  return out;
}

// The sort records of the claims whose entity ranks are in [low, high).
void fill_slice(std::vector<Keyed>& keyed, const ClaimStore& store, const EventClusters& events, const GroupingKey& key,
                const std::vector<std::uint32_t>& rank_of_claim, std::uint32_t low, std::uint32_t high) {
  keyed.clear();
  std::size_t ordinal = 0;
  for (std::size_t d = 0; d < store.size(); ++d) {
    const auto& claims = store.document(d).claims;
    for (std::size_t c = 0; c < claims.size(); ++c) {
      const std::uint32_t rank = rank_of_claim[ordinal++];
      if (rank < low || rank >= high) continue;  // kLeftOut is never below `high`
      const CompactClaim& claim = claims[c];
      const KeyTuple tuple = key_tuple(claim, events.subject_key(claim.entity), store.traits(claim), key.fields);
      const std::uint64_t hash = hash_tuple(tuple, events.event[d]);
      keyed.push_back({(std::uint64_t{rank} << 32U) | (hash >> 32U),
                       {static_cast<std::uint32_t>(d), static_cast<std::uint32_t>(c)}});
    }
  }
}

// By entity, key and event, then place in the run: ties in input order, as a stable sort
// would leave them, without its n/2 buffer. The array is split at its median into parts
// that sort on their own threads, as a parallel quicksort's first step.
void sort_slice(std::vector<Keyed>& keyed, unsigned threads) {
  const auto before = [](const Keyed& a, const Keyed& b) {
    return std::tuple(a.key, a.ref.document, a.ref.claim) < std::tuple(b.key, b.ref.document, b.ref.claim);
  };
  const std::size_t parts = threads >= 2 && keyed.size() >= 2 ? 2 : 1;
  if (parts == 2) {
    std::nth_element(keyed.begin(), keyed.begin() + static_cast<std::ptrdiff_t>(keyed.size() / 2), keyed.end(), before);
  }
  parallel_for(parts, threads, [&](std::size_t part) {
    const auto middle = keyed.begin() + static_cast<std::ptrdiff_t>(parts == 2 ? keyed.size() / 2 : keyed.size());
    if (part == 0) std::sort(keyed.begin(), middle, before);
    if (part == 1) std::sort(middle, keyed.end(), before);
  });
}

// The order of the keys as written, as if the strings themselves had been sorted, then
// event; the first member breaks the tie of two keys written alike. Groups are already in
// the order of their entities: each entity's groups [starts[e], starts[e + 1]) are sorted
// on their own. (Entries is GroupList's own entry array.)
template <typename Entries>
void order_by_written_key(Entries& entries, const std::vector<ClaimRef>& members,
                          const std::vector<std::size_t>& entity_starts, const ClaimStore& store,
                          const EventClusters& events, const GroupingKey& key, unsigned threads) {
  auto claim_at = [&](const ClaimRef& r) -> const CompactClaim& { return store.document(r.document).claims[r.claim]; };
  parallel_for(entity_starts.size() - 1, threads, [&](std::size_t e) {
    std::sort(entries.begin() + static_cast<std::ptrdiff_t>(entity_starts[e]),
              entries.begin() + static_cast<std::ptrdiff_t>(entity_starts[e + 1]), [&](const auto& a, const auto& b) {
                const ClaimRef& x = members[a.start];
                const ClaimRef& y = members[b.start];
                const int order =
                    compare_keys(view_of(store, events, claim_at(x)), view_of(store, events, claim_at(y)), key);
                if (order != 0) return order < 0;
                return std::tuple(a.event, x.document, x.claim) < std::tuple(b.event, y.document, y.claim);
              });
  });
}

}  // namespace

GroupList group_claims_by(const ClaimStore& store, const EventClusters& events, const GroupingKey& key,
                          unsigned threads, std::size_t claims_per_slice) {
  auto claim_at = [&](const ClaimRef& r) -> const CompactClaim& { return store.document(r.document).claims[r.claim]; };
  auto tuple_of = [&](const ClaimRef& r) {
    const CompactClaim& c = claim_at(r);
    return key_tuple(c, events.subject_key(c.entity), store.traits(c), key.fields);
  };
  auto event_of = [&](const ClaimRef& r) { return static_cast<std::uint32_t>(events.event[r.document]); };

  ClaimRanks ranks = rank_claims(store, events, key);
  const Slices slices = plan_slices(ranks, claims_per_slice);
  std::vector<Keyed> keyed;
  keyed.reserve(slices.largest);

  GroupList groups;
  // At most every claim in a group and a group for every two: reserved, not grown, as a
  // doubling copy of the largest arrays of the run would cost more than the slack.
  groups.members_.reserve(slices.claims);
  groups.entries_.reserve(slices.claims / 2);
  std::vector<ClaimRef> run;
  std::vector<std::uint64_t> seen;  // signatures of the group's members so far
  auto add_group = [&](std::span<const ClaimRef> refs) {
    const auto start = groups.members_.size();
    seen.clear();
    for (const ClaimRef& r : refs) {
      // The same figure again in the same sentence says nothing new to any rule.
      const std::uint64_t signature = figure_signature(claim_at(r), store.traits(claim_at(r)), r.document);
      if (std::find(seen.begin(), seen.end(), signature) != seen.end()) continue;
      seen.push_back(signature);
      if (seen.size() > kMaxGroupFigures) break;  // a data series: left alone
      groups.members_.push_back(r);
    }
    const std::size_t size = groups.members_.size() - start;
    if (size < 2 || seen.size() > kMaxGroupFigures) {
      groups.members_.resize(start);
      return;
    }
    groups.entries_.push_back({static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(size), event_of(refs[0])});
  };
  // A run of claims with one sort key: one group, or where two keys (or events) share a
  // hash, one group for each, members still in order.
  auto add_groups_of_run = [&] {
    auto identity = [&](const ClaimRef& r) { return std::pair(tuple_of(r), event_of(r)); };
    const auto first = identity(run[0]);
    if (std::all_of(run.begin() + 1, run.end(), [&](const ClaimRef& r) { return identity(r) == first; })) {
      add_group(run);
      return;
    }
    std::stable_sort(run.begin(), run.end(),
                     [&](const ClaimRef& a, const ClaimRef& b) { return identity(a) < identity(b); });
    for (std::size_t a = 0; a < run.size();) {
      std::size_t b = a + 1;
      while (b < run.size() && identity(run[b]) == identity(run[a])) ++b;
      add_group(std::span<const ClaimRef>(run).subspan(a, b - a));
      a = b;
    }
  };
  std::vector<std::size_t> entity_starts;  // where each entity's groups begin
  std::uint32_t low = 0;
  for (const std::uint32_t high : slices.ends) {
    fill_slice(keyed, store, events, key, ranks.of_claim, low, high);
    low = high;
    if (high == slices.ends.back()) ranks.of_claim = {};  // read for the last time
    sort_slice(keyed, threads);
    for (std::size_t i = 0; i < keyed.size();) {
      if (i == 0 || (keyed[i].key >> 32U) != (keyed[i - 1].key >> 32U)) entity_starts.push_back(groups.entries_.size());
      std::size_t j = i + 1;
      while (j < keyed.size() && keyed[j].key == keyed[i].key) ++j;
      if (j - i >= 2) {
        run.clear();
        for (std::size_t m = i; m < j; ++m) run.push_back(keyed[m].ref);
        add_groups_of_run();
      }
      i = j;
    }
  }
  keyed = {};
  entity_starts.push_back(groups.entries_.size());
  order_by_written_key(groups.entries_, groups.members_, entity_starts, store, events, key, threads);
  return groups;
}

bool periods_compatible(std::string_view a, std::string_view b) {
  return compatible(Period::parse(a), Period::parse(b));
}

}  // namespace claimcheck
