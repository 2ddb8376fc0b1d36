#pragma once
// Baselines: accept the findings a project already has and report only new ones.
// `check --write-baseline FILE` writes (atomically) the current findings; `check
// --baseline FILE` drops every finding whose fingerprint the file lists. The file:
//   {"version": 1, "tool": "claimcheck",
//    "findings": [{"fingerprint": "…", "rule": "…", "file": "…", "message": "…"}, ...]}
// Only "fingerprint" is read back; rule, file and message are there for the humans who
// review the file. A fingerprint (Finding.fingerprint) hashes the rule id, the document
// (its path relative to the project root: fingerprint_root()), and each claim's figure
// and sentence: it survives lines moving, and the path being spelled `./articles`,
// `articles/` or from inside the folder, not a renamed file or an edited sentence.
// Baselines written before (the path hashed as given on the command line) still match.

#include <cstddef>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <unordered_set>
#include <vector>

#include "app/pipeline.hpp"
#include "model/input_error.hpp"

namespace claimcheck {

class BaselineError : public LoadError {
 public:
  using LoadError::LoadError;
};

using Baseline = std::unordered_set<std::string>;

inline constexpr int kBaselineVersion = 1;
// A baseline larger than this is refused by name (about 300,000 findings).
inline constexpr std::size_t kMaxBaselineBytes = std::size_t{64} << 20;

// The folder paths are taken relative to in fingerprints: the configuration file's folder,
// else the nearest folder above the working directory holding `.git` (the repository
// root), else the working directory. Absolute, symbolic links resolved.
std::filesystem::path fingerprint_root(const Config& config);

// A document id with its file part relative to `root` ("./a/../b.txt" -> "b.txt",
// "/abs/root/x.jsonl#7" -> "x.jsonl#7"); "<stdin>" and files outside `root` stay as they are.
std::string project_relative(std::string_view document, const std::filesystem::path& root);

// Gives every finding the fingerprint of its claims with their documents taken relative to
// `root` (the claims themselves keep the paths as given, for the reports).
void rebase_fingerprints(std::vector<Finding>& findings, const std::filesystem::path& root);

// The file's content for these findings, sorted by fingerprint, with a final newline; each
// file named relative to `root`.
std::string baseline_text(const std::vector<Finding>& findings, const std::filesystem::path& root);

// Throws BaselineError naming the file (and the JSON error's line) when it cannot be
// read or is not a baseline.
Baseline load_baseline(const std::filesystem::path& file);

// Drops the findings the baseline lists, by their fingerprint or by the one of a baseline
// written before fingerprints were rebased (the paths as given); returns how many.
std::size_t drop_baselined(std::vector<Finding>& findings, const Baseline& baseline);

}  // namespace claimcheck
