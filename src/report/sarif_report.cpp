#include "report/sarif_report.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <filesystem>

#include "model/document_id.hpp"
#include "model/names.hpp"
#include "model/report_marker.hpp"
#include "report/json_stream.hpp"
#include "report/locations.hpp"
#include "report/rule_doc.hpp"

namespace claimcheck {
namespace {

using nlohmann::json;

constexpr const char* kSrcRoot = "%SRCROOT%";

// Indexed by Severity (Info, Warning, Error).
constexpr std::array<std::string_view, 3> kSarifLevels{"note", "warning", "error"};

std::string_view sarif_level(Severity s) { return kSarifLevels.at(static_cast<std::size_t>(s)); }

json artifact_location(std::string_view path) {
  json loc = {{"uri", path_to_uri(path)}};
  if (!std::filesystem::path(path).is_absolute()) loc["uriBaseId"] = kSrcRoot;
  return loc;
}

json physical_location(const Claim& c) {
  const ClaimRegion r = claim_region(c);
  return {{"artifactLocation", artifact_location(document_file(c.document))},
          {"region",
           {{"startLine", r.start_line},
            {"startColumn", r.start_column},
            {"endLine", r.end_line},
            {"endColumn", r.end_column},
            {"snippet", {{"text", c.text}}}}}};
}

// SARIF wants a rule's name to be an identifier distinct from its id: "decimal-slip" is
// named "DecimalSlip", and a one-word id such as "consistency" "ConsistencyCheck".
std::string pascal_case(std::string_view id) {
  std::string out;
  bool upper = true;
  for (const char c : id) {
    if (c == '-' || c == '_' || c == ' ') {
      upper = true;
      continue;
    }
    out += upper ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c;
    upper = false;
  }
  if (out.size() == id.size()) out += "Check";
  return out;
}

json rule_descriptor(const RuleConfig& r) {
  json properties = {{"kind", r.kind}, {"message", r.message}};
  if (!r.parameters.empty()) properties["parameters"] = r.parameters;
  // GitHub code scanning requires `help` (its rule GH2012) and shows the Markdown.
  return {{"id", r.id},
          {"name", pascal_case(r.id)},
          {"shortDescription", {{"text", rule_summary(r)}}},
          {"fullDescription", {{"text", r.description}}},
          {"help", {{"text", rule_help(r, HelpFormat::Text)}, {"markdown", rule_help(r, HelpFormat::Markdown)}}},
          {"defaultConfiguration", {{"level", sarif_level(r.severity)}, {"enabled", r.enabled}}},
          {"properties", std::move(properties)}};
}

json result_json(const Finding& f, const std::vector<RuleConfig>& rules) {
  const Claim& first = f.claims.front();
  json out = {{"ruleId", f.rule},
              {"level", sarif_level(f.severity)},
              {"message", {{"text", f.message}}},
              {"locations", json::array({{{"physicalLocation", physical_location(first)}}})},
              {"partialFingerprints", {{"claimcheck/v1", f.fingerprint}}}};
  const auto rule = std::find_if(rules.begin(), rules.end(), [&](const RuleConfig& r) { return r.id == f.rule; });
  if (rule != rules.end()) out["ruleIndex"] = rule - rules.begin();
  json related = json::array();
  for (std::size_t i = 1; i < f.claims.size(); ++i) {
    const Claim& c = f.claims[i];
    related.push_back({{"id", i},
                       {"physicalLocation", physical_location(c)},
                       {"message", {{"text", fmt::format("({}) {}", to_string(c.role), c.text)}}}});
  }
  if (!related.empty()) out["relatedLocations"] = std::move(related);
  json properties = {{"confidence", f.confidence}, {"working", f.working}};
  if (!f.suggestion.empty()) properties["suggestion"] = f.suggestion;
  out["properties"] = std::move(properties);
  return out;
}

json invocation_json(const Diagnostics& diagnostics) {
  bool successful = true;
  json notifications = json::array();
  for (const Diagnostic& d : diagnostics) {
    const bool error = d.level == DiagnosticLevel::Error;
    successful = successful && !error;
    json location = {{"artifactLocation", artifact_location(d.path)}};
    if (d.line > 0) location["region"] = {{"startLine", d.line}};
    if (d.line > 0 && d.column > 0) location["region"]["startColumn"] = d.column;
    notifications.push_back({{"level", error ? "error" : "note"},
                             {"message", {{"text", fmt::format("{}: {}", d.path, d.message)}}},
                             {"locations", json::array({{{"physicalLocation", std::move(location)}}})}});
  }
  json invocation = {{"executionSuccessful", successful}};
  if (!notifications.empty()) invocation["toolExecutionNotifications"] = std::move(notifications);
  return invocation;
}

bool is_unreserved(unsigned char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
         c == '_' || c == '~';
}

}  // namespace

std::string path_to_uri(std::string_view path) {
  std::string p = std::filesystem::path(path).lexically_normal().generic_string();
  const bool absolute = !p.empty() && p.front() == '/';
  std::string out = absolute ? "file://" : "";
  for (const unsigned char c : p) {
    if (is_unreserved(c) || c == '/') {
      out += static_cast<char>(c);
    } else {
      out += fmt::format("%{:02X}", c);
    }
  }
  return out;
}

namespace {

// The SARIF log with an empty results array.
json sarif_skeleton(const RunReport& result, const std::vector<RuleConfig>& rules) {
  json descriptors = json::array();
  for (const RuleConfig& r : rules) descriptors.push_back(rule_descriptor(r));
  json driver = {{"name", "claimcheck"},
                 {"version", CLAIMCHECK_VERSION},
                 {"semanticVersion", CLAIMCHECK_VERSION},
                 {"informationUri", CLAIMCHECK_HOMEPAGE},
                 {"rules", std::move(descriptors)}};
  json run = {{"tool", {{"driver", std::move(driver)}}},
              {"columnKind", "unicodeCodePoints"},
              {"invocations", json::array({invocation_json(result.diagnostics)})},
              {"results", json::array()}};
  return {{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
          {"version", "2.1.0"},
          // The log's property bag (SARIF 3.8) sorts before "runs": the mark is near the start.
          {"properties", {{kReportMarker, true}}},
          {"runs", json::array({std::move(run)})}};
}

}  // namespace

json check_report_sarif(const RunReport& result, const std::vector<RuleConfig>& rules) {
  json log = sarif_skeleton(result, rules);
  json& results = log["runs"][0]["results"];
  for (const Finding& f : result.findings) results.push_back(result_json(f, rules));
  return log;
}

void write_check_sarif(std::ostream& out, const RunReport& result, const std::vector<RuleConfig>& rules) {
  write_json_streaming(out, sarif_skeleton(result, rules), json::json_pointer("/runs/0/results"),
                       result.findings.size(), [&](std::size_t i) { return result_json(result.findings[i], rules); },
                       {2, false, json::error_handler_t::replace});
}

}  // namespace claimcheck
