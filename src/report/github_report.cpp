#include "report/github_report.hpp"

#include <fmt/format.h>

#include <array>
#include <ostream>

#include "model/document_id.hpp"
#include "model/report_marker.hpp"
#include "report/locations.hpp"
#include "report/text_report.hpp"

namespace claimcheck {
namespace {

// Indexed by Severity (Info, Warning, Error).
constexpr std::array<std::string_view, 3> kCommands{"notice", "warning", "error"};

std::string_view command_for(Severity s) { return kCommands.at(static_cast<std::size_t>(s)); }

std::string escape(std::string_view text, bool property) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    switch (c) {
      case '%':
        out += "%25";
        break;
      case '\r':
        out += "%0D";
        break;
      case '\n':
        out += "%0A";
        break;
      case ':':
        out += property ? "%3A" : ":";
        break;
      case ',':
        out += property ? "%2C" : ",";
        break;
      default:
        out += c;
    }
  }
  return out;
}

}  // namespace

std::string escape_workflow_data(std::string_view text) { return escape(text, false); }
std::string escape_workflow_property(std::string_view text) { return escape(text, true); }

void write_check_github(std::ostream& out, const RunReport& result) {
  // A debug message: the runner shows it only when step debugging is on.
  out << "::debug::" << kTextReportMarkerLine << '\n';
  for (const Finding& f : result.findings) {
    const Claim& first = f.claims.front();
    const ClaimRegion r = claim_region(first);
    // Each part printable (report/text_report.hpp): an ESC from an article or a file name
    // is not passed to the log; the newlines between the parts are the report's own.
    std::string message = printable(f.message) + "\nworking: " + printable(f.working);
    if (!f.suggestion.empty()) message += "\nsuggestion: " + printable(f.suggestion);
    out << fmt::format("::{} file={},line={},endLine={},col={},endColumn={},title={}::{}\n", command_for(f.severity),
                       escape_workflow_property(printable(document_file(first.document))), r.start_line, r.end_line,
                       r.start_column, r.end_column, escape_workflow_property(f.rule), escape_workflow_data(message));
  }
  for (const Diagnostic& d : result.diagnostics) {
    std::string where = "file=" + escape_workflow_property(printable(d.path));
    if (d.line > 0) where += fmt::format(",line={}", d.line);
    if (d.line > 0 && d.column > 0) where += fmt::format(",col={}", d.column);
    out << fmt::format("::{} {},title=claimcheck::{}\n", d.level == DiagnosticLevel::Error ? "error" : "notice", where,
                       escape_workflow_data(printable(d.path) + ": " + printable(d.message)));
  }
}

}  // namespace claimcheck
