#include "group/event_clusters.hpp"

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cstdlib>
#include <numeric>
#include <optional>
#include <set>
#include <string_view>
#include <unordered_map>

#include "group/figure_marks.hpp"

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

bool dated_apart(const DocumentInfo& a, const DocumentInfo& b, int window_days) {
  const auto da = days_since_epoch(a.date);
  const auto db = days_since_epoch(b.date);
  return da && db && std::abs(*da - *db) > window_days;
}

bool is_unnamed(std::string_view entity_key) { return entity_key.starts_with(kArticleEntityPrefix); }

// The unnamed subject of an article: the key of its claims that name no entity at all.
std::optional<StringPool::Id> unnamed_subject(const ClaimStore& store, std::size_t d) {
  for (const CompactClaim& c : store.document(d).claims) {
    const std::string_view key = store.text(c.entity);
    if (is_unnamed(key) && key.ends_with('\x1f')) return c.entity;
  }
  return std::nullopt;
}

// The first claim of article `d` whose figure has mark `m`, or nullptr.
const CompactClaim* first_claim_with_mark(const ClaimStore& store, std::size_t d, std::uint64_t m) {
  for (const CompactClaim& c : store.document(d).claims) {
    if (figure_mark(c, store.traits(c)) == m) return &c;
  }
  return nullptr;
}

// Which articles state which precise figure, and who they say it is of.
class FigureLinks {
 public:
  FigureLinks(const ClaimStore& store, EventClusters& out, std::size_t max_documents) : store_(store), out_(out) {
    out.marks.assign(store.size(), {});
    mark_entities_.assign(store.size(), {});
    for (std::size_t d = 0; d < store.size(); ++d) {
      if (out.is_copy(d)) continue;
      out.marks[d] = figure_marks(store, d);
      mark_entities_[d].reserve(out.marks[d].size());
      for (const std::uint64_t m : out.marks[d]) {
        postings_[m].push_back(d);
        mark_entities_[d].push_back(first_claim_with_mark(store, d, m)->entity);
      }
    }
    for (auto it = postings_.begin(); it != postings_.end();) {
      if (it->second.size() > max_documents) out.common_marks.insert(it->first);
      it = it->second.size() < 2 || it->second.size() > max_documents ? postings_.erase(it) : std::next(it);
    }
  }

  void link_events(DisjointSets& events) const {
    for (const auto& [mark, docs] : postings_) {
      for (std::size_t i = 1; i < docs.size(); ++i) events.unite(docs[0], docs[i]);
    }
  }

  // An article that names no company for some figures takes the company its partners
  // (articles sharing a precise figure with it, in its time window) name for those shared
  // figures, where they name exactly one that the article does not contradict. Where the
  // partners name none either, the unnamed subjects of all of them are one subject.
  void share_unnamed_subjects() {
    DisjointSets subjects(store_.size());
    std::vector<bool> joined(store_.size(), false);
    for (std::size_t d = 0; d < store_.size(); ++d) {
      const auto unnamed = out_.marks[d].empty() ? std::nullopt : unnamed_subject(store_, d);
      if (!unnamed) continue;
      std::set<StringPool::Id> named;
      std::vector<std::size_t> open_partners;
      for (const std::uint64_t m : out_.marks[d]) {
        const auto it = postings_.find(m);
        if (it == postings_.end()) continue;
        for (const std::size_t other : it->second) {
          if (other == d || dated_apart(store_.info(d), store_.info(other), out_.across.event_window_days)) continue;
          const StringPool::Id entity = entity_stating(other, m);
          if (is_unnamed(store_.text(entity))) {
            open_partners.push_back(other);
          } else {
            named.insert(entity);
          }
        }
      }
      const auto& own = named_entities(d);
      if (named.size() == 1 && (own.empty() || std::binary_search(own.begin(), own.end(), *named.begin()))) {
        out_.shared_subjects.emplace(*unnamed, *named.begin());
      } else if (named.empty()) {
        for (const std::size_t other : open_partners) subjects.unite(d, other);
        joined[d] = !open_partners.empty();
      }
    }
    join_unnamed(subjects, joined);
  }

 private:
  // The entity key of the first claim of article `d` with mark `m`, one of its marks.
  StringPool::Id entity_stating(std::size_t d, std::uint64_t m) const {
    const auto& marks = out_.marks[d];
    const auto at = std::lower_bound(marks.begin(), marks.end(), m) - marks.begin();
    return mark_entities_[d][static_cast<std::size_t>(at)];
  }

  const std::vector<StringPool::Id>& named_entities(std::size_t d) {
    auto it = named_.find(d);
    if (it != named_.end()) return it->second;
    std::vector<StringPool::Id> ids;
    for (const CompactClaim& c : store_.document(d).claims) {
      if (!is_unnamed(store_.text(c.entity))) ids.push_back(c.entity);
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return named_.emplace(d, std::move(ids)).first->second;
  }

  // Articles joined by their unnamed subjects key them all as the first of them does.
  void join_unnamed(DisjointSets& subjects, const std::vector<bool>& joined) {
    std::unordered_map<std::size_t, StringPool::Id> first_key;
    for (std::size_t d = 0; d < store_.size(); ++d) {
      if (!joined[d]) continue;
      const StringPool::Id key = *unnamed_subject(store_, d);
      const auto [it, inserted] = first_key.try_emplace(subjects.find(d), key);
      if (!inserted && it->second != key) out_.shared_subjects.emplace(key, it->second);
    }
  }

  const ClaimStore& store_;
  EventClusters& out_;
  std::unordered_map<std::uint64_t, std::vector<std::size_t>> postings_;
  // Per article, the entity key of the first claim stating each of its marks, in the
  // order of EventClusters::marks: asked once per partner and mark.
  std::vector<std::vector<StringPool::Id>> mark_entities_;
  std::unordered_map<std::size_t, std::vector<StringPool::Id>> named_;
};

}  // namespace

std::size_t max_term_documents(std::size_t documents) { return std::max<std::size_t>(50, documents / 100); }

EventClusters cluster_events(const ClaimStore& store, const AcrossArticles& across) {
  return cluster_events(store, across, max_term_documents(store.size()));
}

EventClusters cluster_events(const ClaimStore& store, const AcrossArticles& across, std::size_t max_term_documents) {
  const std::size_t n = store.size();
  EventClusters out;
  out.across = across;
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
  FigureLinks figures(store, out, max_term_documents);
  figures.link_events(sets);
  figures.share_unnamed_subjects();
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

namespace {

// An event term both articles name that is not a topic.
bool shares_event_term(const DocumentInfo& a, const DocumentInfo& b, const std::unordered_set<std::string>& topics) {
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

// The first mark both sorted lists hold that is not common, if any.
std::optional<std::uint64_t> first_shared_mark(const std::vector<std::uint64_t>& a, const std::vector<std::uint64_t>& b,
                                               const std::unordered_set<std::uint64_t>& common) {
  auto i = a.begin();
  auto j = b.begin();
  while (i != a.end() && j != b.end()) {
    if (*i < *j) {
      ++i;
    } else if (*j < *i) {
      ++j;
    } else {
      if (!common.contains(*i)) return *i;
      ++i;
      ++j;
    }
  }
  return std::nullopt;
}

}  // namespace

bool EventClusters::same_event(const DocumentInfo& a, const DocumentInfo& b) const {
  return !dated_apart(a, b, across.event_window_days) && shares_event_term(a, b, topics);
}

bool EventClusters::same_event(const ClaimStore& store, std::size_t a, std::size_t b) const {
  if (dated_apart(store.info(a), store.info(b), across.event_window_days)) return false;
  if (shares_event_term(store.info(a), store.info(b), topics)) return true;
  return a < marks.size() && b < marks.size() && first_shared_mark(marks[a], marks[b], common_marks).has_value();
}

std::string EventClusters::shared_figure(const ClaimStore& store, std::size_t a, std::size_t b) const {
  if (a >= marks.size() || b >= marks.size()) return {};
  const auto mark = first_shared_mark(marks[a], marks[b], common_marks);
  const CompactClaim* claim = mark ? first_claim_with_mark(store, a, *mark) : nullptr;
  return claim == nullptr ? std::string() : std::string(store.text(claim->text));
}

}  // namespace claimcheck
