#include "report/rdjson_report.hpp"

#include <algorithm>
#include <array>
#include <nlohmann/json.hpp>
#include <string_view>

#include "report/json_stream.hpp"
#include "report/locations.hpp"

namespace claimcheck {
namespace {

using nlohmann::json;

// Indexed by Severity (Info, Warning, Error).
constexpr std::array<std::string_view, 3> kRdSeverities{"INFO", "WARNING", "ERROR"};

std::string_view rd_severity(Severity s) { return kRdSeverities.at(static_cast<std::size_t>(s)); }

json location(std::string_view document, std::uint32_t begin, std::uint32_t end) {
  return {{"path", report_path(document)}, {"range", {{"start", {{"line", begin}}}, {"end", {{"line", end}}}}}};
}

json finding_diagnostic(const Finding& f) {
  const ClaimRegion r = claim_region(f.claims.front());
  std::string output = "working: " + f.working;
  if (!f.suggestion.empty()) output += "\nsuggestion: " + f.suggestion;
  return {{"message", f.message},
          {"severity", rd_severity(f.severity)},
          {"source", {{"name", "claimcheck"}}},
          {"code", {{"value", f.rule}}},
          {"location", location(f.claims.front().document, r.start_line, r.end_line)},
          {"original_output", std::move(output)}};
}

json input_diagnostic(const Diagnostic& d) {
  const std::uint32_t line = d.line > 0 ? d.line : 1;
  return {{"message", d.path + ": " + d.message},
          {"severity", d.level == DiagnosticLevel::Error ? "ERROR" : "INFO"},
          {"source", {{"name", "claimcheck"}}},
          {"code", {{"value", "claimcheck/input"}}},
          {"location", location(d.path, line, line)}};
}

// The tool, with its page when that is a web address: the default homepage is the README
// installed on the machine that ran the check, which means nothing in a review comment
// (and validators of the format refuse a url that is not http or https).
json tool_source() {
  json source = {{"name", "claimcheck"}};
  const std::string_view home = CLAIMCHECK_HOMEPAGE;
  if (home.starts_with("https://") || home.starts_with("http://")) source["url"] = home;
  return source;
}

}  // namespace

void write_check_rdjson(std::ostream& out, const RunReport& result) {
  Severity highest = Severity::Info;
  for (const Finding& f : result.findings) highest = std::max(highest, f.severity);
  const bool input_errors = std::any_of(result.diagnostics.begin(), result.diagnostics.end(),
                                        [](const Diagnostic& d) { return d.level == DiagnosticLevel::Error; });
  if (input_errors) highest = Severity::Error;
  const json document = {{"source", tool_source()}, {"severity", rd_severity(highest)}, {"diagnostics", json::array()}};
  const std::size_t findings = result.findings.size();
  write_json_streaming(out, document, json::json_pointer("/diagnostics"), findings + result.diagnostics.size(),
                       [&](std::size_t i) {
                         return i < findings ? finding_diagnostic(result.findings[i])
                                             : input_diagnostic(result.diagnostics[i - findings]);
                       },
                       {2, false, json::error_handler_t::replace});
}

}  // namespace claimcheck
