#pragma once
// Baselines: accept the findings a project already has and report only new ones.
// `check --write-baseline FILE` writes (atomically) the current findings; `check
// --baseline FILE` drops every finding whose fingerprint the file lists. The file:
//   {"version": 1, "tool": "claimcheck",
//    "findings": [{"fingerprint": "…", "rule": "…", "file": "…", "message": "…"}, ...]}
// Only "fingerprint" is read back; rule, file and message are there for the humans who
// review the file. A fingerprint (Finding.fingerprint) hashes the rule id, the document
// id (the path as given on the command line), and each claim's figure and sentence: it
// survives lines moving, not a renamed file or an edited sentence.

#include <cstddef>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <unordered_set>
#include <vector>

#include "app/pipeline.hpp"

namespace claimcheck {

class BaselineError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

using Baseline = std::unordered_set<std::string>;

inline constexpr int kBaselineVersion = 1;
// A baseline larger than this is refused by name (about 300,000 findings).
inline constexpr std::size_t kMaxBaselineBytes = std::size_t{64} << 20;

// The file's content for these findings, sorted by fingerprint, with a final newline.
std::string baseline_text(const std::vector<Finding>& findings);

// Throws BaselineError naming the file (and the JSON error's line) when it cannot be
// read or is not a baseline.
Baseline load_baseline(const std::filesystem::path& file);

// Drops the findings the baseline lists; returns how many.
std::size_t drop_baselined(std::vector<Finding>& findings, const Baseline& baseline);

}  // namespace claimcheck
