#pragma once
// JUnit XML for CI dashboards (`claimcheck check --format junit`), in the shape Jenkins,
// GitLab and the other JUnit readers share (tests/report/junit.xsd describes it):
//   <testsuites name="claimcheck" tests failures errors>
//     <testsuite name="FILE" tests failures errors skipped="0">     one per file read
//       <testcase classname="FILE" name="RULE at DOC:LINE:COL" file="FILE" line="LINE">
//         <failure type="RULE" message="SEVERITY: MESSAGE">claims, working...</failure>
//       </testcase>                                                one per finding
//       <testcase classname="FILE" name="input error" file="FILE" [line="LINE"]>
//         <error type="input" message="MESSAGE"/>
//       </testcase>                                                one per input error
//       <testcase classname="FILE" name="no findings" file="FILE"/>  a clean file
//     </testsuite>
//   </testsuites>
// One failure per test case, since Jenkins reads only a test case's first. A finding
// belongs to the file of its questioned claim; DOC is its document ("FILE#ID" for a JSON
// Lines record). `tests` counts test cases, `failures` and `errors` those that failed or
// erred. Files come in the order they were checked, then files that could not be read.
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
