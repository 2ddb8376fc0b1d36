#pragma once
// Problems with the input itself (unreadable file, invalid UTF-8), reported beside the
// findings. A diagnostic never stops the other files from being checked.

#include <cstdint>
#include <string>
#include <vector>

namespace claimcheck {

enum class DiagnosticLevel { Notice, Error };

struct Diagnostic {
  DiagnosticLevel level = DiagnosticLevel::Error;
  std::string path;
  std::string message;  // names the line too, for a reader of the text alone
  // Where in the file, when the reader knows (1-based; 0 = the file as a whole, or no
  // column): the machine formats print them (GitHub's line=/col=, SARIF regions, JSON).
  std::uint32_t line = 0;
  std::uint32_t column = 0;
};

using Diagnostics = std::vector<Diagnostic>;

}  // namespace claimcheck
