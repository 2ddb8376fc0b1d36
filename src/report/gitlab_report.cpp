#include "report/gitlab_report.hpp"

#include <fmt/format.h>

#include <array>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "model/report_marker.hpp"
#include "report/json_stream.hpp"
#include "report/locations.hpp"
#include "support/hashing.hpp"

namespace claimcheck {
namespace {

using nlohmann::json;

// Indexed by Severity (Info, Warning, Error).
constexpr std::array<std::string_view, 3> kGitlabSeverities{"info", "minor", "major"};

json issue(std::string_view check, std::string_view description, std::string_view severity, std::string fingerprint,
           std::string_view document, std::uint32_t begin, std::uint32_t end) {
  // The report is a bare array: each issue carries the mark (GitLab ignores fields it does
  // not know); an empty report, `[]`, has no room for it and holds no figure anyway.
  return {{"type", "issue"},
          {kReportMarker, true},
          {"check_name", check},
          {"description", description},
          {"categories", json::array({"Bug Risk"})},
          {"severity", severity},
          {"fingerprint", std::move(fingerprint)},
          {"location", {{"path", report_path(document)}, {"lines", {{"begin", begin}, {"end", end}}}}}};
}

// A finding's fingerprint, made unique within the report by its count among equal ones.
std::vector<std::string> unique_fingerprints(const std::vector<Finding>& findings) {
  std::map<std::string_view, std::size_t> seen;
  std::vector<std::string> out;
  out.reserve(findings.size());
  for (const Finding& f : findings) {
    const std::size_t n = seen[f.fingerprint]++;
    out.push_back(n == 0 ? f.fingerprint : fmt::format("{}-{}", f.fingerprint, n + 1));
  }
  return out;
}

}  // namespace

void write_check_gitlab(std::ostream& out, const RunReport& result) {
  std::vector<const Diagnostic*> errors;
  for (const Diagnostic& d : result.diagnostics) {
    if (d.level == DiagnosticLevel::Error) errors.push_back(&d);
  }
  const std::vector<std::string> fingerprints = unique_fingerprints(result.findings);
  const std::size_t findings = result.findings.size();
  write_json_streaming(out, json::array(), json::json_pointer(), findings + errors.size(),
                       [&](std::size_t i) {
                         if (i < findings) {
                           const Finding& f = result.findings[i];
                           const ClaimRegion r = claim_region(f.claims.front());
                           return issue(f.rule, f.message, kGitlabSeverities.at(static_cast<std::size_t>(f.severity)),
                                        fingerprints[i], f.claims.front().document, r.start_line, r.end_line);
                         }
                         const Diagnostic& d = *errors[i - findings];
                         const std::uint32_t line = d.line > 0 ? d.line : 1;
                         // The line too: two broken records with the same message are two
                         // issues, and GitLab keeps one issue per fingerprint.
                         const std::uint64_t hash = fnv1a(d.message, fnv1a(std::to_string(d.line), fnv1a(d.path)));
                         return issue("claimcheck/input", d.message, "major", fmt::format("{:016x}", hash), d.path,
                                      line, line);
                       },
                       {2, false, json::error_handler_t::replace});
}

}  // namespace claimcheck
