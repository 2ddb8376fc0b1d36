#pragma once
// The mark every report claimcheck writes carries near its start, so that a report saved
// into the folder being checked (with -o or by the shell's `>`) is never read back as an
// article. Each format carries it where its consumers tolerate it: the text report's first
// line, a top-level field of the JSON report, a property bag of SARIF, a `::debug::` line
// of the GitHub format, an XML comment in JUnit, a field of each GitLab issue, an HTML
// comment. The reviewdog format (rdjson) cannot (reviewdog refuses unknown fields): its fixed
// opening, `{` and the "diagnostics" array indented as claimcheck writes it, is the mark.

#include <cstddef>
#include <string_view>

namespace claimcheck {

inline constexpr std::string_view kReportMarker = "claimcheck-report";

// How much of a file's start is searched for the mark: every format puts it in the first
// few hundred bytes, whatever the report holds.
inline constexpr std::size_t kReportMarkerWindow = 1024;

// The text report's first line (without its newline).
inline constexpr std::string_view kTextReportMarkerLine =
    "claimcheck-report: written by claimcheck, never read back as an article";

// Whether `head` (a file's first kReportMarkerWindow bytes, or fewer) is the start of a
// report claimcheck wrote.
bool carries_report_marker(std::string_view head);

}  // namespace claimcheck
