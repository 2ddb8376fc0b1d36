#pragma once
// Problems with the input itself (unreadable file, invalid UTF-8), reported beside the
// findings. A diagnostic never stops the other files from being checked.

#include <string>
#include <vector>

namespace claimcheck {

enum class DiagnosticLevel { Notice, Error };

struct Diagnostic {
  DiagnosticLevel level = DiagnosticLevel::Error;
  std::string path;
  std::string message;
};

using Diagnostics = std::vector<Diagnostic>;

}  // namespace claimcheck
