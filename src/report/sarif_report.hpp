#pragma once
// SARIF 2.1.0, the static-analysis exchange format GitHub code scanning reads
// (`claimcheck check --format sarif`). One run:
//   tool.driver: name, version, informationUri (CLAIMCHECK_HOMEPAGE at build time), and
//     `rules`, one reportingDescriptor per rule in force (id, name (the id in PascalCase),
//     shortDescription (the description's first clause), fullDescription, help (text and
//     markdown: report/rule_doc.hpp), defaultConfiguration.level,
//     properties.kind/message/parameters);
//   results: one per finding: ruleId, ruleIndex, level (error, warning, note), message,
//     one location (the questioned claim), relatedLocations (the other claims),
//     partialFingerprints {"claimcheck/v1": Finding.fingerprint}, properties
//     (confidence, working, suggestion);
//   invocations[0]: executionSuccessful (false when an input could not be read) and the
//     input diagnostics as toolExecutionNotifications.
// Locations: artifactLocation.uri is the path as the user gave it (a JSON Lines record's
// file, the region then being on the record's line), percent-encoded, with
// uriBaseId %SRCROOT% when relative (absolute paths become file:// URIs); regions carry
// startLine/startColumn/endLine/endColumn with columnKind "unicodeCodePoints".

#include <iosfwd>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "model/rule_config.hpp"
#include "model/run_report.hpp"

namespace claimcheck {

nlohmann::json check_report_sarif(const RunReport& result, const std::vector<RuleConfig>& rules);
// The same log, dump(2) and a newline, written a result at a time.
void write_check_sarif(std::ostream& out, const RunReport& result, const std::vector<RuleConfig>& rules);

// A file path as a SARIF URI reference: relative paths stay relative ("./" dropped),
// absolute ones become "file:///..."; bytes outside RFC 3986's unreserved set and '/'
// are percent-encoded.
std::string path_to_uri(std::string_view path);

}  // namespace claimcheck
