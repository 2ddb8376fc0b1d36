#include "report/check_report.hpp"

#include <array>
#include <sstream>
#include <stdexcept>

#include "report/github_report.hpp"
#include "report/gitlab_report.hpp"
#include "report/html_report.hpp"
#include "report/json_report.hpp"
#include "report/junit_report.hpp"
#include "report/rdjson_report.hpp"
#include "report/sarif_report.hpp"

namespace claimcheck {
namespace {

constexpr std::array<std::string_view, 8> kFormats{"text",  "json",   "sarif",  "github",
                                                   "junit", "gitlab", "rdjson", "html"};

}  // namespace

std::span<const std::string_view> check_report_formats() { return kFormats; }

void write_check_report(std::ostream& out, std::string_view format, const RunReport& result,
                        const std::vector<RuleConfig>& rules, TextStyle style) {
  if (format == "text") {
    write_check_text(out, result, style);
  } else if (format == "json") {
    write_check_json(out, result);
  } else if (format == "sarif") {
    write_check_sarif(out, result, rules);
  } else if (format == "github") {
    write_check_github(out, result);
  } else if (format == "junit") {
    write_check_junit(out, result);
  } else if (format == "gitlab") {
    write_check_gitlab(out, result);
  } else if (format == "rdjson") {
    write_check_rdjson(out, result);
  } else if (format == "html") {
    write_check_html(out, result);
  } else {
    throw std::invalid_argument("unknown report format '" + std::string(format) + "'");
  }
}

std::string render_check_report(std::string_view format, const RunReport& result, const std::vector<RuleConfig>& rules,
                                TextStyle style) {
  std::ostringstream out;
  write_check_report(out, format, result, rules, style);
  return out.str();
}

}  // namespace claimcheck
