#include "group/event_clusters.hpp"

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cstdlib>
#include <numeric>
#include <optional>
#include <string_view>
#include <unordered_map>

#include "model/names.hpp"

namespace claimcheck {
namespace {

class DisjointSets {
 public:
  explicit DisjointSets(std::size_t n) : parent_(n) { std::iota(parent_.begin(), parent_.end(), 0); }

  std::size_t find(std::size_t x) {
    while (parent_[x] != x) {
      parent_[x] = parent_[parent_[x]];
      x = parent_[x];
    }
    return x;
  }

  // The smaller index becomes the root, so an event is named by its first article.
  void unite(std::size_t a, std::size_t b) {
    a = find(a);
    b = find(b);
    if (a == b) return;
    if (b < a) std::swap(a, b);
    parent_[b] = a;
  }

 private:
  std::vector<std::size_t> parent_;
};

std::uint64_t mix(std::uint64_t h, std::string_view data) {
  for (const unsigned char c : data) {
    h ^= c;
    h *= 0x100000001b3ULL;
  }
  h ^= 0xff;  // field separator
  h *= 0x100000001b3ULL;
  return h;
}

// Everything the rules read of a document except its name.
std::uint64_t content_fingerprint(const DocumentClaims& doc) {
  std::uint64_t h = mix(0xcbf29ce484222325ULL, doc.info.date);
  for (const auto& term : doc.info.event_terms) h = mix(h, term);
  for (const Claim& c : doc.claims) {
    h = mix(h, c.text);
    h = mix(h, c.excerpt);
    h = mix(h, to_string(c.role));
    h = mix(h, std::to_string(c.span.begin));
  }
  return h;
}

bool same_content(const DocumentClaims& a, const DocumentClaims& b) {
  if (a.info.date != b.info.date || a.info.event_terms != b.info.event_terms || a.claims.size() != b.claims.size())
    return false;
  for (std::size_t i = 0; i < a.claims.size(); ++i) {
    Claim renamed = b.claims[i];  // a copy differs in its file name only
    renamed.document = a.claims[i].document;
    if (!(renamed == a.claims[i])) return false;
  }
  return true;
}

// "2026-04-09" -> days since 1970-01-01; nullopt for an empty or malformed date.
std::optional<int> days_since_epoch(const std::string& iso) {
  if (iso.size() < 10 || iso[4] != '-' || iso[7] != '-') return std::nullopt;
  int y = 0;
  unsigned m = 0;
  unsigned d = 0;
  const char* text = iso.data();
  if (std::from_chars(text, text + 4, y).ec != std::errc{} ||
      std::from_chars(text + 5, text + 7, m).ec != std::errc{} ||
      std::from_chars(text + 8, text + 10, d).ec != std::errc{}) {
    return std::nullopt;
  }
  const std::chrono::year_month_day date{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
  if (!date.ok()) return std::nullopt;
  return static_cast<int>(std::chrono::sys_days{date}.time_since_epoch().count());
}

}  // namespace

std::size_t max_term_documents(std::size_t documents) { return std::max<std::size_t>(50, documents / 100); }

EventClusters cluster_events(const std::vector<DocumentClaims>& documents) {
  return cluster_events(documents, max_term_documents(documents.size()));
}

EventClusters cluster_events(const std::vector<DocumentClaims>& documents, std::size_t max_term_documents) {
  const std::size_t n = documents.size();
  EventClusters out;
  out.original.resize(n);
  std::iota(out.original.begin(), out.original.end(), 0);

  std::unordered_map<std::uint64_t, std::vector<std::size_t>> by_content;
  for (std::size_t d = 0; d < n; ++d) {
    if (documents[d].claims.empty()) continue;
    auto& seen = by_content[content_fingerprint(documents[d])];
    const auto original =
        std::find_if(seen.begin(), seen.end(), [&](std::size_t e) { return same_content(documents[e], documents[d]); });
    if (original != seen.end()) {
      out.original[d] = *original;
    } else {
      seen.push_back(d);
    }
  }

  std::unordered_map<std::string_view, std::vector<std::size_t>> postings;
  for (std::size_t d = 0; d < n; ++d) {
    if (out.is_copy(d)) continue;
    for (const auto& term : documents[d].info.event_terms) postings[term].push_back(d);
  }
  DisjointSets sets(n);
  for (const auto& [term, docs] : postings) {
    if (docs.size() > max_term_documents) out.topics.emplace(term);
    if (docs.size() < 2 || docs.size() > max_term_documents) continue;
    for (std::size_t i = 1; i < docs.size(); ++i) sets.unite(docs[0], docs[i]);
  }
  out.event.resize(n);
  for (std::size_t d = 0; d < n; ++d) out.event[d] = out.is_copy(d) ? d : sets.find(d);
  return out;
}

std::vector<std::string> EventClusters::shared_terms(const DocumentInfo& a, const DocumentInfo& b) const {
  std::vector<std::string> shared;
  std::set_intersection(a.event_terms.begin(), a.event_terms.end(), b.event_terms.begin(), b.event_terms.end(),
                        std::back_inserter(shared));
  std::erase_if(shared, [&](const std::string& t) { return topics.contains(t); });
  return shared;
}

bool EventClusters::same_event(const DocumentInfo& a, const DocumentInfo& b) const {
  const auto da = days_since_epoch(a.date);
  const auto db = days_since_epoch(b.date);
  if (da && db && std::abs(*da - *db) > kEventWindowDays) return false;
  // A merge walk over the two sorted term lists: this runs for every pair the rules
  // weigh, so it allocates nothing.
  auto i = a.event_terms.begin();
  auto j = b.event_terms.begin();
  while (i != a.event_terms.end() && j != b.event_terms.end()) {
    if (*i < *j) {
      ++i;
    } else if (*j < *i) {
      ++j;
    } else {
      if (!topics.contains(*i)) return true;
      ++i;
      ++j;
    }
  }
  return false;
}

}  // namespace claimcheck
