#include "report/junit_report.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <ostream>
#include <vector>

#include "model/document_id.hpp"
#include "model/names.hpp"
#include "model/report_marker.hpp"
#include "support/utf8.hpp"

namespace claimcheck {
namespace {

// What one file contributed: its findings and its input errors.
struct Suite {
  std::vector<const Finding*> findings;
  std::vector<const Diagnostic*> errors;
  [[nodiscard]] std::size_t tests() const { return std::max<std::size_t>(findings.size() + errors.size(), 1); }
};

std::string failure_body(const Finding& f) {
  std::string body;
  for (std::size_t i = 0; i < f.claims.size(); ++i) {
    const Claim& c = f.claims[i];
    body += fmt::format("{}:{}:{}  ({}) {}\n    | {}\n", c.document, c.span.line, c.span.column, to_string(c.role),
                        c.text, c.excerpt);
  }
  body += "working: " + f.working + '\n';
  if (!f.suggestion.empty()) body += "suggestion: " + f.suggestion + '\n';
  body += fmt::format("confidence: {:.2f}", f.confidence);
  return body;
}

// The attributes every test case of `file` opens with.
std::string case_head(std::string_view file, std::string_view name) {
  const std::string f = escape_xml(file);
  return fmt::format(R"(    <testcase classname="{}" name="{}" file="{}")", f, escape_xml(name), f);
}

void write_finding_case(std::ostream& out, std::string_view file, const Finding& f) {
  const Claim& c = f.claims.front();
  out << case_head(file, fmt::format("{} at {}:{}:{}", f.rule, c.document, c.span.line, c.span.column))
      << fmt::format(R"( line="{}">)", c.span.line) << '\n'
      << fmt::format(R"(      <failure type="{}" message="{}: {}">{}</failure>)", escape_xml(f.rule),
                     to_string(f.severity), escape_xml(f.message), escape_xml(failure_body(f)))
      << "\n    </testcase>\n";
}

void write_error_case(std::ostream& out, std::string_view file, const Diagnostic& d) {
  out << case_head(file, "input error");
  if (d.line > 0) out << fmt::format(R"( line="{}")", d.line);
  out << fmt::format(">\n      <error type=\"input\" message=\"{}\"/>\n    </testcase>\n", escape_xml(d.message));
}

void write_suite(std::ostream& out, std::string_view file, const Suite& suite) {
  out << fmt::format(R"(  <testsuite name="{}" tests="{}" failures="{}" errors="{}" skipped="0">)", escape_xml(file),
                     suite.tests(), suite.findings.size(), suite.errors.size())
      << '\n';
  for (const Finding* f : suite.findings) write_finding_case(out, file, *f);
  for (const Diagnostic* d : suite.errors) write_error_case(out, file, *d);
  if (suite.findings.empty() && suite.errors.empty()) out << case_head(file, "no findings") << "/>\n";
  out << "  </testsuite>\n";
}

}  // namespace

std::string escape_xml(std::string_view raw) {
  // File names are bytes: what is not UTF-8 becomes U+FFFD, so the XML stays well-formed.
  const std::string text = utf8::to_valid(raw);
  std::string out;
  out.reserve(text.size());
  for (const char ch : text) {
    const auto c = static_cast<unsigned char>(ch);
    switch (ch) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&apos;";
        break;
      default:
        if (c < 0x20 && ch != '\t' && ch != '\n' && ch != '\r') {
          out += "\xEF\xBF\xBD";
        } else {
          out += ch;
        }
    }
  }
  return out;
}

void write_check_junit(std::ostream& out, const RunReport& result) {
  // Suites in the order files were checked, then files that could not be read.
  std::vector<std::string> order;
  std::map<std::string, Suite, std::less<>> suites;
  auto suite = [&](std::string_view file) -> Suite& {
    auto [it, inserted] = suites.try_emplace(std::string(file));
    if (inserted) order.emplace_back(file);
    return it->second;
  };
  for (const std::string_view id : result.document_ids) suite(document_file(id));
  for (const Finding& f : result.findings) suite(document_file(f.claims.front().document)).findings.push_back(&f);
  for (const Diagnostic& d : result.diagnostics) {
    if (d.level == DiagnosticLevel::Error) suite(document_file(d.path)).errors.push_back(&d);
  }
  std::size_t tests = 0;
  std::size_t failures = 0;
  std::size_t errors = 0;
  for (const auto& [file, s] : suites) {
    tests += s.tests();
    failures += s.findings.size();
    errors += s.errors.size();
  }
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      << "<!-- " << kTextReportMarkerLine << " -->\n"
      << fmt::format(R"(<testsuites name="claimcheck" tests="{}" failures="{}" errors="{}">)", tests, failures, errors)
      << '\n';
  for (const std::string& file : order) write_suite(out, file, suites.at(file));
  out << "</testsuites>\n";
}

}  // namespace claimcheck
