#pragma once
// Which articles of one run report the same event, decided once per run so that the
// rules never compare every article with every other.
//
// Evidence, in order:
//  - exact copies: an article whose claims (figures, roles, positions), date and event
//    terms are identical to an earlier one (CompactDocument::content_digest) is a copy (a syndicated story saved
//    twice). A copy keeps its own in-article findings; across articles only the first is compared, so one slip in a
//    story filed 200 times is reported once, not 200 times.
//  - shared event terms: two articles that both name an event term ("Muse Spark") are
//    linked, and links are followed (union-find), so a cluster is a connected set of
//    articles. A term named by more than max(50, 1% of the articles) names a running
//    topic ("Harbour Week"), not one event, and links nothing.
//  - shared precise figures (group/figure_marks.hpp): two articles that both state
//    "$481.1 million" are linked as by a term, and so are the subjects they leave
//    unnamed: a summary's "q1 revenue" and its call's "revenues" of "the company" are
//    one subject when the two articles share a figure and name no company apart.
// Articles with no link form a cluster of their own. A cluster only bounds where the
// rules look: within it, two articles are compared only when they name a term in
// common themselves (chains through third articles can join different events).
// Cost: O(D log D + T) for D articles and T event-term mentions.

#include <cstddef>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "group/claim_store.hpp"
#include "model/across_articles.hpp"
#include "model/document_info.hpp"

namespace claimcheck {

struct EventClusters {
  // The window same_event allows between two dated articles, and how far a finding across
  // articles is trusted (rules/across-articles.json).
  AcrossArticles across;
  // Per document: the smallest index of a document in its event (its own index when alone).
  std::vector<std::size_t> event;
  // Per document: the index of the earlier document it is an exact copy of, or its own.
  std::vector<std::size_t> original;
  // Terms too common in this run to name one event.
  std::unordered_set<std::string> topics;
  // Per document: its precise figures' marks, sorted (empty for a copy).
  std::vector<std::vector<std::uint64_t>> marks;
  // Marks too common in this run to name one event.
  std::unordered_set<std::uint64_t> common_marks;
  // An unnamed subject's key (kArticleEntityPrefix) -> the key it shares with the
  // articles whose figures its article shares; keys not here stand for their article.
  std::unordered_map<StringPool::Id, StringPool::Id> shared_subjects;

  // The key grouping uses for a claim's entity key.
  [[nodiscard]] StringPool::Id subject_key(StringPool::Id entity) const {
    if (shared_subjects.empty()) return entity;
    const auto it = shared_subjects.find(entity);
    return it == shared_subjects.end() ? entity : it->second;
  }

  [[nodiscard]] bool is_copy(std::size_t doc) const { return original[doc] != doc; }

  // The evidence that two articles report the same event: an event term both name that is
  // not a topic, and dates (where both are known) at most across.event_window_days apart.
  [[nodiscard]] bool same_event(const DocumentInfo& a, const DocumentInfo& b) const;
  // The event terms behind same_event, for the finding's explanation ("Muse Spark").
  [[nodiscard]] std::vector<std::string> shared_terms(const DocumentInfo& a, const DocumentInfo& b) const;
  // The same for documents `a` and `b` of the run the clusters were made from, with a
  // precise figure both state (that is not common) as evidence too.
  [[nodiscard]] bool same_event(const ClaimStore& store, std::size_t a, std::size_t b) const;
  // A precise figure documents `a` and `b` both state, as `a` writes it; empty if none.
  [[nodiscard]] std::string shared_figure(const ClaimStore& store, std::size_t a, std::size_t b) const;
};

// How many articles may name one event term before it is a topic: max(50, 1% of them).
std::size_t max_term_documents(std::size_t documents);

EventClusters cluster_events(const ClaimStore& store, const AcrossArticles& across);
// The same with an explicit limit, for tests.
EventClusters cluster_events(const ClaimStore& store, const AcrossArticles& across, std::size_t max_term_documents);

}  // namespace claimcheck
