#pragma once
// Human-readable reports, in the style of compilers and linters: findings grouped by
// file, "line:col severity rule message", the excerpt with a caret under the figure, the
// other claims with their locations, the working and a suggestion; then a summary line.

#include <iosfwd>

#include "model/run_report.hpp"

namespace claimcheck {

struct TextStyle {
  bool color = false;
};

void write_check_text(std::ostream& out, const RunReport& result, TextStyle style);
void write_extract_text(std::ostream& out, const RunReport& result);
void write_diagnostics_text(std::ostream& err, const Diagnostics& diagnostics, TextStyle style);

}  // namespace claimcheck
