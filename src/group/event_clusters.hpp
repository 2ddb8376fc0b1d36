#pragma once
// Which articles of one run report the same event, decided once per run so that the
// rules never compare every article with every other.
//
// Evidence, in order:
//  - exact copies: an article whose claims (figures, roles, positions), date and event
//    terms are identical to an earlier one is a copy (a syndicated story saved twice).
//    A copy keeps its own in-article findings; across articles only the first is
//    compared, so one slip in a story filed 200 times is reported once, not 200 times.
//  - shared event terms: two articles that both name an event term ("Muse Spark") are
//    linked, and links are followed (union-find), so an event is a connected set of
//    articles. A term named by more than `max_term_documents` articles names a running
//    topic ("Harbour Week"), not one event, and links nothing.
// Articles with no link form an event of their own. Cost: O(D log D + T) for D articles
// and T event-term mentions.

#include <cstddef>
#include <string>
#include <vector>

#include "group/document_info.hpp"

namespace claimcheck {

struct EventClusters {
  // Per document: the smallest index of a document in its event (its own index when alone).
  std::vector<std::size_t> event;
  // Per document: the index of the earlier document it is an exact copy of, or its own.
  std::vector<std::size_t> original;

  [[nodiscard]] bool is_copy(std::size_t doc) const { return original[doc] != doc; }
};

inline constexpr std::size_t kDefaultMaxTermDocuments = 500;

EventClusters cluster_events(const std::vector<DocumentClaims>& documents,
                             std::size_t max_term_documents = kDefaultMaxTermDocuments);

// The event terms two articles share, for the finding's evidence ("Muse Spark").
std::vector<std::string> shared_event_terms(const DocumentInfo& a, const DocumentInfo& b);

}  // namespace claimcheck
