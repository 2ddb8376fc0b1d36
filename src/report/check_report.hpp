#pragma once
// The check report in the format the user chose: one entry point over the per-format
// writers (text_report, json_report, sarif_report, github_report, junit_report,
// gitlab_report, rdjson_report, html_report), so the CLI names a format and gets the
// report's bytes, written as they are made: a report of many thousand findings is never
// held whole.

#include <iosfwd>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "model/rule_config.hpp"
#include "model/run_report.hpp"
#include "report/text_report.hpp"

namespace claimcheck {

// "text", "json", "sarif", "github", "junit", "gitlab" (Code Quality), "rdjson" (reviewdog),
// "html".
std::span<const std::string_view> check_report_formats();

// Throws std::invalid_argument for a format not in check_report_formats(), before
// writing anything.
void write_check_report(std::ostream& out, std::string_view format, const RunReport& result,
                        const std::vector<RuleConfig>& rules, TextStyle style);
// The same into a string.
std::string render_check_report(std::string_view format, const RunReport& result, const std::vector<RuleConfig>& rules,
                                TextStyle style);

}  // namespace claimcheck
