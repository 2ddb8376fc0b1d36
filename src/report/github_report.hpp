#pragma once
// GitHub Actions workflow commands (`claimcheck check --format github`): one line per
// finding, which the runner turns into an annotation on the file:
//   ::error file=F,line=L,endLine=L2,col=C,endColumn=C2,title=RULE::MESSAGE
// `error` for error findings, `warning` for warnings, `notice` for info. The message is the
// finding's sentence, then the working and the suggestion on further lines (encoded as
// %0A). Input diagnostics become `::error file=F,line=L,col=C,title=claimcheck::MESSAGE`
// (or `::notice`), line and col where the reader knows them (model/diagnostic.hpp).
// Nothing else is printed, so every line is a workflow command.
// Escaping, as the runner decodes it: in the message % -> %25, CR -> %0D, LF -> %0A; in
// property values also ':' -> %3A and ',' -> %2C.

#include <iosfwd>
#include <string>
#include <string_view>

#include "model/run_report.hpp"

namespace claimcheck {

void write_check_github(std::ostream& out, const RunReport& result);

std::string escape_workflow_data(std::string_view text);
std::string escape_workflow_property(std::string_view text);

}  // namespace claimcheck
