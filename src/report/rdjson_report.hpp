#pragma once
// reviewdog's diagnostic format, rdjson (`claimcheck check --format rdjson`), which
// `reviewdog -f=rdjson` turns into pull-request comments on changed lines:
//   {"source":{"name":"claimcheck","url":HOMEPAGE},"severity":"ERROR"|"WARNING"|"INFO",
//    "diagnostics":[{"message","severity","source":{"name"},"code":{"value":RULE},
//                    "location":{"path":FILE,"range":{"start":{"line":L},"end":{"line":L2}}},
//                    "original_output":WORKING}]}
// Ranges are whole lines: rdjson counts columns in UTF-8 bytes, which a claim's record
// (characters from the line's start) does not give, and a wrong column would misplace a
// comment. The overall severity is the highest one reported. Input errors are ERROR
// diagnostics (at their line, where known). FILE is the path as given, normalised.

#include <iosfwd>

#include "model/run_report.hpp"

namespace claimcheck {

void write_check_rdjson(std::ostream& out, const RunReport& result);

}  // namespace claimcheck
