#include "group/event_clusters.hpp"

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cstdlib>
#include <numeric>
#include <optional>
#include <string_view>
#include <unordered_map>

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

EventClusters cluster_events(const ClaimStore& store) {
  return cluster_events(store, max_term_documents(store.size()));
}

EventClusters cluster_events(const ClaimStore& store, std::size_t max_term_documents) {
  const std::size_t n = store.size();
  EventClusters out;
  out.original.resize(n);
  std::iota(out.original.begin(), out.original.end(), 0);

  std::unordered_map<Digest128, std::size_t, Digest128Hash> first_with_content;
  for (std::size_t d = 0; d < n; ++d) {
    if (store.document(d).claim_total == 0) continue;
    const auto [first, inserted] = first_with_content.try_emplace(store.document(d).content_digest, d);
    if (!inserted) out.original[d] = first->second;
  }

  std::unordered_map<std::string_view, std::vector<std::size_t>> postings;
  for (std::size_t d = 0; d < n; ++d) {
    if (out.is_copy(d)) continue;
    for (const auto& term : store.info(d).event_terms) postings[term].push_back(d);
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
