#pragma once
// The page `serve` shows at "/": paste an article or upload some, and the form posts them
// to /check, which answers with the HTML report (report/html_report.hpp). It works without
// a script.

#include <iosfwd>

namespace claimcheck {

void write_upload_page(std::ostream& out, std::size_t max_articles, std::size_t max_request_bytes);

}  // namespace claimcheck
