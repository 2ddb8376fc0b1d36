#pragma once
// Where a claim stands, as the report formats that need a range (SARIF regions, GitHub
// annotations) spell it: 1-based lines and columns counted in code points, the end column
// just past the figure's last character. Computed from the claim alone: its span gives
// the start and its text (as written in the file) gives the extent.

#include <cstdint>
#include <string>
#include <string_view>

#include "model/claim.hpp"

namespace claimcheck {

struct ClaimRegion {
  std::uint32_t start_line = 1;
  std::uint32_t start_column = 1;
  std::uint32_t end_line = 1;
  std::uint32_t end_column = 1;  // exclusive
};

ClaimRegion claim_region(const Claim& claim);

// The file a document id names (a JSON Lines record's file), as the path formats that
// match it against a repository want it: lexically normal, '/'-separated, without "./".
std::string report_path(std::string_view document_id);

}  // namespace claimcheck
