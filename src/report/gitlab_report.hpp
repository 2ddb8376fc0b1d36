#pragma once
// GitLab Code Quality (`claimcheck check --format gitlab`): the JSON array GitLab reads
// from a job's `artifacts:reports:codequality` file and shows on merge requests, one
// issue per finding and per input error:
//   {"type":"issue","check_name":RULE,"description":MESSAGE,"categories":["Bug Risk"],
//    "severity":"major"|"minor"|"info","fingerprint":HEX,
//    "location":{"path":FILE,"lines":{"begin":LINE,"end":LINE}}}
// Severities: error -> major, warning -> minor, info -> info; an input error is a
// "claimcheck/input" issue of severity "major" at its line (1 when the line is unknown).
// FILE is the path as given, normalised ("./a.md" -> "a.md"); GitLab matches it against
// the repository, so run claimcheck from the repository root with relative paths.
// Fingerprints are unique in a report and stable across runs: a finding's is its own
// (Finding.fingerprint, as baselines use it) with its index among equal ones appended.

#include <iosfwd>

#include "model/run_report.hpp"

namespace claimcheck {

void write_check_gitlab(std::ostream& out, const RunReport& result);

}  // namespace claimcheck
