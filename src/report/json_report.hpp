#pragma once
// Machine-readable reports. Every report carries "version" (the schema version, bumped
// on any incompatible change) and the tool's name and version.
//   check:   {"version":1,"tool":{...},"summary":{...},"findings":[Finding...],"diagnostics":[...]}
//            summary: {"files","claims","findings","errors","warnings","infos","input_errors",
//                      "suppressed","baselined"}
//            diagnostics: {"level","path","message"} and "line", "column" where known
// Every field is documented in docs/schema/report.schema.json (and the claim stream's in
// docs/schema/claims.schema.json); the tests validate the reports they produce there.
//   extract: {"version":1,"tool":{...},"documents":[{"id","date","event_terms","claims":[Claim...],
//             "changes":[{"change","from","to"}],"multiples":[{...Claim,"factor","from","to"}],
//             "calendar":[{...Claim,"weekday","date"}]}],
//             "diagnostics":[...]}
//   claim stream (JSON Lines): {"type":"document","id","date","event_terms"} followed by
//             {"type":"claim",...Claim} lines for that document, then its
//             {"type":"change","change","from","to"} (claim indices),
//             {"type":"multiple",...Claim,"factor","from","to"} and
//             {"type":"calendar",...Claim,"weekday","date"} records.

#include <iosfwd>
#include <limits>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "model/input_error.hpp"
#include "model/run_report.hpp"

namespace claimcheck {

inline constexpr int kReportSchemaVersion = 1;

struct Summary {
  std::size_t files = 0;
  std::size_t claims = 0;
  std::size_t errors = 0;
  std::size_t warnings = 0;
  std::size_t infos = 0;
  std::size_t input_errors = 0;
  std::size_t suppressed = 0;  // findings removed by inline suppressions (not in the counts above)
  std::size_t baselined = 0;   // findings removed because the --baseline file lists them
};

Summary summarise(const RunReport& result);

nlohmann::json check_report_json(const RunReport& result);
// The same report, dump(2) and a newline, written a finding at a time.
void write_check_json(std::ostream& out, const RunReport& result);
nlohmann::json extract_report_json(const RunReport& result);
void write_claim_stream(std::ostream& out, const std::vector<DocumentClaims>& documents);

// Reads a claim stream written by write_claim_stream. Throws InputError naming the source
// and line of the first malformed record, or of a line longer than
// `max_line_bytes` (refused as it is read, never held whole).
std::vector<DocumentClaims> read_claim_stream(std::istream& in, const std::string& source,
                                              std::size_t max_line_bytes = std::numeric_limits<std::size_t>::max());

}  // namespace claimcheck
