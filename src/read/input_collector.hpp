#pragma once
// Turns the paths a user names into the list of files to check: files as given,
// directories walked recursively in a stable (sorted) order, keeping the article formats
// the tool reads (.txt, .md, .markdown, .html, .htm) and skipping hidden entries.
// A path that does not exist or cannot be read becomes a diagnostic, never an abort.

#include <string>
#include <vector>

#include "model/diagnostic.hpp"

namespace claimcheck {

struct CollectedInputs {
  std::vector<std::string> files;
  Diagnostics diagnostics;
};

CollectedInputs collect_inputs(const std::vector<std::string>& paths);

}  // namespace claimcheck
