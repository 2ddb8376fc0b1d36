#pragma once
// What the grouping stage knows of each document besides its claims: its date and the
// event terms that tie articles about the same happening together. Serialised in the
// claim stream so that grouping can run on another machine than extraction.

#include <string>
#include <vector>

#include "model/claim.hpp"

namespace claimcheck {

struct DocumentInfo {
  std::string id;
  std::string date;                      // ISO date, or empty
  std::vector<std::string> event_terms;  // sorted, e.g. {"Muse Spark"}
};

struct DocumentClaims {
  DocumentInfo info;
  std::vector<Claim> claims;
};

// True when the two documents name at least one event term in common.
bool share_event(const DocumentInfo& a, const DocumentInfo& b);

}  // namespace claimcheck
