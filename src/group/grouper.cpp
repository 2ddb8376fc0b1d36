#include "group/grouper.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

#include "model/names.hpp"
#include "support/hashing.hpp"

namespace claimcheck {

namespace {

std::uint64_t mix(std::uint64_t h, std::uint64_t v) {
  h ^= v + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
  return h;
}

// Everything a rule reads of a claim, except where in its sentence it stands. Pool ids
// stand for their strings: one string has one id in a run.
std::uint64_t figure_signature(const CompactClaim& c, std::size_t document) {
  const std::hash<double> number;
  std::uint64_t h = mix(document, c.line);
  for (const double v : {c.value.low, c.value.high, c.stated.low, c.stated.high, c.scale}) h = mix(h, number(v));
  for (const std::uint64_t v :
       {c.excerpt_digest, std::uint64_t{c.text}, std::uint64_t{c.period}, std::uint64_t{c.hedge_word}}) {
    h = mix(h, v);
  }
  return mix(h, static_cast<std::uint64_t>(c.role) * 31 + static_cast<std::uint64_t>(c.direction) * 7 +
                    static_cast<std::uint64_t>(c.hedge) * 3 + (c.is_range ? 1 : 0));
}

// What a grouping key may read of a claim: subject, unit, rate, basis, direction. Claims
// that agree on these share a key, so each distinct combination is keyed once.
struct KeyFields {
  StringPool::Id entity, qualifier, metric, currency, noun, rate, basis;
  UnitKind unit;
  Direction direction;
  bool outlook, earlier;
  friend bool operator==(const KeyFields&, const KeyFields&) = default;
};

struct KeyFieldsHash {
  std::size_t operator()(const KeyFields& k) const {
    // Pool ids are small and alike in their low bits: each step goes through fmix64 so
    // that the table's buckets spread.
    auto step = [](std::uint64_t h, std::uint64_t v) { return fmix64(h ^ (v + 0x9e3779b97f4a7c15ULL)); };
    std::uint64_t h = 0;
    for (const std::uint64_t v :
         {std::uint64_t{k.entity}, std::uint64_t{k.qualifier}, std::uint64_t{k.metric}, std::uint64_t{k.currency},
          std::uint64_t{k.noun}, std::uint64_t{k.rate}, std::uint64_t{k.basis}}) {
      h = step(h, v);
    }
    return step(h, static_cast<std::uint64_t>(k.unit) * 16 + static_cast<std::uint64_t>(k.direction) * 4 +
                       (k.outlook ? 2U : 0U) + (k.earlier ? 1U : 0U));
  }
};

KeyFields key_fields(const CompactClaim& c) {
  return {c.entity, c.qualifier, c.metric,    c.currency, c.noun,   c.rate,
          c.basis,  c.unit,      c.direction, c.outlook,  c.earlier};
}

// A claim holding only the key fields: whatever else a key function read would be blank
// for every claim alike, so keying once per combination stays exact.
Claim key_claim(const ClaimStore& store, const KeyFields& k) {
  Claim c;
  c.subject.entity = store.text(k.entity);
  c.subject.qualifier = store.text(k.qualifier);
  c.subject.metric = store.text(k.metric);
  c.unit = {k.unit, std::string(store.text(k.currency)), std::string(store.text(k.noun))};
  c.rate = store.text(k.rate);
  c.basis = store.text(k.basis);
  c.direction = k.direction;
  c.subject.outlook = k.outlook;
  c.subject.earlier = k.earlier;
  return c;
}

}  // namespace

std::string group_key(const Claim& c) {
  // A change ("rose 12%") and a level ("12% of sales", "to $3.4bn") are different things,
  // and so are the current and the earlier value of a comparison.
  const char* shape = c.direction == Direction::None ? "level" : "change";
  const char* time = c.subject.outlook ? "outlook" : c.subject.earlier ? "earlier" : "current";
  return fmt::format("{}|{}|{}|{}|{}|{}|{}|{}|{}|{}", c.subject.entity, c.subject.qualifier, c.subject.metric,
                     to_string(c.unit.kind), c.unit.currency, c.unit.noun, c.rate, c.basis, shape, time);
}

std::optional<std::string> change_family_key(const Claim& c) {
  const UnitKind u = c.unit.kind;
  if (c.direction == Direction::None ||
      (u != UnitKind::Percent && u != UnitKind::PercentagePoints && u != UnitKind::BasisPoints))
    return std::nullopt;
  const char* time = c.subject.outlook ? "outlook" : c.subject.earlier ? "earlier" : "current";
  return fmt::format("{}|{}|{}|{}|{}", c.subject.entity, c.subject.qualifier, c.subject.metric, c.basis, time);
}

std::optional<std::string> rate_family_key(const Claim& c) {
  if (c.direction != Direction::None || c.rate == "share" ||
      (c.unit.kind != UnitKind::Money && c.unit.kind != UnitKind::Count))
    return std::nullopt;
  const char* time = c.subject.outlook ? "outlook" : c.subject.earlier ? "earlier" : "current";
  return fmt::format("{}|{}|{}|{}|{}|{}|{}", c.subject.entity, c.subject.qualifier, c.subject.metric,
                     to_string(c.unit.kind), c.unit.currency, c.unit.noun, time);
}

std::vector<Group> group_claims(const ClaimStore& store, const EventClusters& events) {
  return group_claims_by(store, events, [](const Claim& c) { return std::optional<std::string>(group_key(c)); });
}

std::vector<Group> group_claims_by(const ClaimStore& store, const EventClusters& events, const KeyFunction& key_of) {
  // 32 bytes a claim, since every resolved claim of the run is keyed at once. Indices fit
  // 32 bits: a run holds fewer than 4G documents and a document at most
  // kMaxClaimsPerDocument claims.
  struct Keyed {
    Digest128 key;  // of the key string: sorting 16 bytes is cheaper than sorting strings
    std::uint32_t event;
    std::uint32_t document;
    std::uint32_t claim;
  };
  std::vector<Keyed> keyed;
  {
    std::unordered_map<KeyFields, std::optional<Digest128>, KeyFieldsHash> keys;
    for (std::size_t d = 0; d < store.size(); ++d) {
      const auto& claims = store.document(d).claims;
      for (std::size_t c = 0; c < claims.size(); ++c) {
        const KeyFields fields = key_fields(claims[c]);
        auto it = keys.find(fields);
        if (it == keys.end()) {
          const std::optional<std::string> key = key_of(key_claim(store, fields));
          it = keys.emplace(fields, key ? std::optional(digest128(*key)) : std::nullopt).first;
        }
        if (it->second) {
          keyed.push_back({*it->second, static_cast<std::uint32_t>(events.event[d]), static_cast<std::uint32_t>(d),
                           static_cast<std::uint32_t>(c)});
        }
      }
    }
  }
  // Ties in input order, as a stable sort would leave them, without its n/2 buffer.
  std::sort(keyed.begin(), keyed.end(), [](const Keyed& a, const Keyed& b) {
    return std::tie(a.key, a.event, a.document, a.claim) < std::tie(b.key, b.event, b.document, b.claim);
  });
  std::vector<Group> groups;
  for (std::size_t i = 0; i < keyed.size();) {
    std::size_t j = i;
    Group g{{}, keyed[i].event, {}};
    std::unordered_set<std::uint64_t> seen;
    for (; j < keyed.size() && keyed[j].key == keyed[i].key && keyed[j].event == keyed[i].event; ++j) {
      const ClaimRef r{keyed[j].document, keyed[j].claim};
      // The same figure again in the same sentence says nothing new to any rule.
      if (seen.insert(figure_signature(store.document(r.document).claims[r.claim], r.document)).second)
        g.members.push_back(r);
    }
    if (g.members.size() >= 2 && g.members.size() <= kMaxGroupFigures) {
      g.key = *key_of(key_claim(store, key_fields(store.document(g.members[0].document).claims[g.members[0].claim])));
      groups.push_back(std::move(g));
    }
    i = j;
  }
  // The order of the keys as written, as if the strings themselves had been sorted.
  std::stable_sort(groups.begin(), groups.end(),
                   [](const Group& a, const Group& b) { return std::tie(a.key, a.event) < std::tie(b.key, b.event); });
  return groups;
}

bool periods_compatible(std::string_view a, std::string_view b) {
  // A quarter's figure and a whole year's are never the same thing.
  const bool a_quarter = a.find('Q') != std::string_view::npos;
  const bool b_quarter = b.find('Q') != std::string_view::npos;
  if ((a_quarter && b.starts_with("FY")) || (b_quarter && a.starts_with("FY"))) return false;
  // A whole year's total and a month's or a day's are not the same figure either.
  if ((a.starts_with("FY") && b.size() > 4 && !b.starts_with("FY")) ||
      (b.starts_with("FY") && a.size() > 4 && !a.starts_with("FY"))) {
    return false;
  }
  if (a.starts_with("FY")) a.remove_prefix(2);
  if (b.starts_with("FY")) b.remove_prefix(2);
  if (a == "Q" || b == "Q") return true;  // some quarter of an unstated year
  if (a.empty() || b.empty()) return true;
  return a.starts_with(b) || b.starts_with(a);
}

}  // namespace claimcheck
