#pragma once
// Human-readable reports, in the style of compilers and linters: findings grouped by
// file, "line:col severity rule message", the excerpt with a caret under the figure, the
// other claims with their locations, the working and a suggestion; then a summary line.

#include <iosfwd>
#include <string>
#include <string_view>

#include "model/run_report.hpp"

namespace claimcheck {

struct TextStyle {
  bool color = false;
};

// `text` safe to print on a terminal or in a CI log: control characters (ESC, newline,
// carriage return, DEL, C1) become visible escapes ("\x1B", "\n", "\u009B") and bytes that
// are not UTF-8 become "\xFF", so that neither a file name nor an article's text can move
// the cursor, recolour the terminal or start a line with a CI command ("::warning").
// Tabs are kept; text without such characters is returned unchanged.
std::string printable(std::string_view text);

void write_check_text(std::ostream& out, const RunReport& result, TextStyle style);
void write_extract_text(std::ostream& out, const RunReport& result);
void write_diagnostics_text(std::ostream& err, const Diagnostics& diagnostics, TextStyle style);

}  // namespace claimcheck
