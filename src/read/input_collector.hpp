#pragma once
// Turns the paths a user names into the list of files to check: files as given,
// directories walked recursively in a stable (sorted) order, keeping the article formats
// the tool reads (.txt, .md, .markdown, .html, .htm, .jsonl) and skipping hidden entries
// and what .gitignore and .ignore files ignore (read/ignore_files.hpp).
// A path that does not exist or cannot be read becomes a diagnostic, never an abort.
// Globs (read/glob.hpp) narrow folder walks: an excluded file or folder is skipped, and
// when include patterns are given a file is taken if it matches one, whatever its
// extension, instead of by extension. Files named on the command line are always taken.

#include <string>
#include <vector>

#include "model/diagnostic.hpp"

namespace claimcheck {

struct CollectedInputs {
  std::vector<std::string> files;
  Diagnostics diagnostics;
};

// A file the run itself writes (a report, a baseline), by device and inode.
struct FileIdentity {
  unsigned long long device = 0;
  unsigned long long inode = 0;
};

struct InputFilter {
  std::vector<std::string> include;
  std::vector<std::string> exclude;
  // Never taken in a folder walk: the tool does not read back its own reports.
  std::vector<FileIdentity> outputs;
  // A named folder in which no file is taken, or an include pattern that takes no file in
  // any folder walked, is an error naming it; with this set, a notice.
  bool allow_unmatched = false;
  // Folder walks skip what .gitignore and .ignore files ignore (read/ignore_files.hpp).
  bool ignore_files = true;
};

// Folders nested deeper than this below a named folder are not walked (an error names the
// first one).
inline constexpr std::size_t kMaxWalkDepth = 128;

// Whether a walk of its folder takes the file `name` when no include glob is given: an
// article format's extension, not hidden, not project documentation (README, ...).
bool is_article_name(const std::string& name);

CollectedInputs collect_inputs(const std::vector<std::string>& paths, const InputFilter& filter = {});

}  // namespace claimcheck
