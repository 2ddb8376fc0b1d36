#pragma once
// JUnit XML for CI dashboards (`claimcheck check --format junit`):
//   <testsuites name="claimcheck" tests failures errors>
//     <testsuite name="claimcheck" tests failures errors skipped="0">
//       <testcase classname="claimcheck" name="FILE" file="FILE">   one per checked file
//                                          (per record of a JSON Lines file: name="FILE#ID")
//         <failure type="RULE" message="SEVERITY: MESSAGE">line:col ... working ...</failure>
//                                                                   one per finding in it
//       </testcase>
//       <testcase ... name="FILE"><error type="input" message="..."/></testcase>
//                                                                   a file that could not be read
// `tests` counts test cases, `failures` the test cases with at least one finding, `errors`
// those with an input error. Findings belong to the file of their questioned claim.
// Text is escaped for XML 1.0; characters XML cannot carry become U+FFFD.

#include <iosfwd>
#include <string>
#include <string_view>

#include "model/run_report.hpp"

namespace claimcheck {

void write_check_junit(std::ostream& out, const RunReport& result);

// Escapes & < > " ' and replaces control characters XML 1.0 forbids.
std::string escape_xml(std::string_view text);

}  // namespace claimcheck
