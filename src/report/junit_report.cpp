#include "report/junit_report.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <ostream>
#include <vector>

#include "model/document_id.hpp"
#include "model/names.hpp"
#include "normalize/utf8.hpp"

namespace claimcheck {
namespace {

struct TestCase {
  std::vector<const Finding*> findings;
  std::vector<const Diagnostic*> errors;
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
  // Test cases in the order files were checked, then files that could not be read.
  std::vector<std::string> order;
  std::map<std::string, TestCase> cases;
  auto test_case = [&](const std::string& file) -> TestCase& {
    auto [it, inserted] = cases.try_emplace(file);
    if (inserted) order.push_back(file);
    return it->second;
  };
  for (const std::string_view id : result.document_ids) test_case(std::string(id));
  for (const Finding& f : result.findings) test_case(f.claims.front().document).findings.push_back(&f);
  for (const Diagnostic& d : result.diagnostics) {
    if (d.level == DiagnosticLevel::Error) test_case(d.path).errors.push_back(&d);
  }
  const auto failures = std::count_if(
      cases.begin(), cases.end(), [](const auto& c) { return !c.second.findings.empty() && c.second.errors.empty(); });
  const auto errors = std::count_if(cases.begin(), cases.end(), [](const auto& c) { return !c.second.errors.empty(); });
  const std::string counts = fmt::format(R"(tests="{}" failures="{}" errors="{}")", order.size(), failures, errors);
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  out << "<testsuites name=\"claimcheck\" " << counts << ">\n";
  out << "  <testsuite name=\"claimcheck\" " << counts << " skipped=\"0\">\n";
  for (const std::string& file : order) {
    const TestCase& tc = cases.at(file);
    out << fmt::format(R"(    <testcase classname="claimcheck" name="{}" file="{}")", escape_xml(file),
                       escape_xml(document_file(file)));
    if (tc.findings.empty() && tc.errors.empty()) {
      out << "/>\n";
      continue;
    }
    out << ">\n";
    for (const Finding* f : tc.findings) {
      out << fmt::format(R"(      <failure type="{}" message="{}: {}">{}</failure>)", escape_xml(f->rule),
                         to_string(f->severity), escape_xml(f->message), escape_xml(failure_body(*f)))
          << '\n';
    }
    for (const Diagnostic* d : tc.errors) {
      out << fmt::format(R"(      <error type="input" message="{}"/>)", escape_xml(d->message)) << '\n';
    }
    out << "    </testcase>\n";
  }
  out << "  </testsuite>\n</testsuites>\n";
}

}  // namespace claimcheck
