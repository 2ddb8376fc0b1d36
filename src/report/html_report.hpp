#pragma once
// The check report as one self-contained HTML page, for editors who never open a
// terminal: no network, no external script, font or image, so it opens from a mail
// attachment or a CI artifact.
//   - a summary (articles, claims, findings by severity and by rule, input errors) and a
//     filter by severity, rule and article (kept in the address: report.html#rule=...);
//   - a card per finding (<article class="finding" data-severity data-rule>): message,
//     the claims on a number line (report/number_line.hpp), each claim's excerpt with its
//     figure marked, file, line and column, the working, the suggestion, the confidence;
//   - per article, the sentences that hold a claim of a finding, each such claim marked
//     in the colour of its finding's severity; hovering or focusing it shows its reading
//     (value interval, unit, entity, metric, period).
// Every piece of text comes from HtmlWriter, escaped; the page's Content-Security-Policy
// lets only its own script (named by hash) and style sheet run.

#include <iosfwd>
#include <string_view>

#include "model/run_report.hpp"
#include "report/html_writer.hpp"

namespace claimcheck {

void write_check_html(std::ostream& out, const RunReport& result);

// The page around a body, shared with `serve`'s page: <!DOCTYPE html> and the open <html>;
// then its <head> (charset, viewport, the Content-Security-Policy, the title, the style sheet).
HtmlWriter::Scope open_html_document(HtmlWriter& html);
void write_html_head(HtmlWriter& html, std::string_view title);

}  // namespace claimcheck
