#include "report/text_report.hpp"

#include <fmt/color.h>
#include <fmt/format.h>
#include <fmt/ostream.h>

#include <algorithm>
#include <ostream>

#include "model/claim_format.hpp"
#include "model/names.hpp"
#include "model/report_marker.hpp"
#include "report/json_report.hpp"
#include "support/utf8.hpp"

namespace claimcheck {
namespace {

std::string paint(const TextStyle& style, fmt::text_style ts, std::string_view text) {
  return style.color ? fmt::format(ts, "{}", text) : std::string(text);
}

fmt::text_style severity_style(Severity s) {
  switch (s) {
    case Severity::Error:
      return fmt::fg(fmt::terminal_color::bright_red) | fmt::emphasis::bold;
    case Severity::Warning:
      return fmt::fg(fmt::terminal_color::yellow) | fmt::emphasis::bold;
    case Severity::Info:
      return fmt::fg(fmt::terminal_color::cyan);
  }
  return {};
}

// The excerpt and a caret line under the figure's first occurrence in it.
void write_excerpt(std::ostream& out, const Claim& c, const TextStyle& style) {
  const std::string excerpt = printable(c.excerpt);
  out << "      | " << excerpt << '\n';
  const std::size_t at = excerpt.find(printable(c.text));
  if (at == std::string::npos) return;
  const std::size_t pad = utf8::count_code_points(std::string_view(excerpt).substr(0, at));
  const std::size_t width = std::max<std::size_t>(1, utf8::count_code_points(c.text));
  out << "      | " << std::string(pad, ' ')
      << paint(style, fmt::fg(fmt::terminal_color::green) | fmt::emphasis::bold, std::string(width, '^')) << '\n';
}

}  // namespace

std::string printable(std::string_view text) {
  const auto plain = [](unsigned char c) { return c >= 0x20 && c < 0x7F; };
  if (std::all_of(text.begin(), text.end(), [&](char c) { return plain(static_cast<unsigned char>(c)) || c == '\t'; }))
    return std::string(text);
  std::string out;
  out.reserve(text.size() + 8);
  for (std::size_t i = 0; i < text.size();) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (plain(c) || c == '\t') {
      out.push_back(text[i++]);
      continue;
    }
    if (c < 0x80) {
      out += c == '\n' ? std::string("\\n") : c == '\r' ? std::string("\\r") : fmt::format("\\x{:02X}", c);
      ++i;
      continue;
    }
    const utf8::Decoded d = utf8::decode(text, i);
    if (!d.valid) {
      out += fmt::format("\\x{:02X}", c);
      ++i;
      continue;
    }
    if (d.code_point >= 0x80 && d.code_point <= 0x9F) {
      out += fmt::format("\\u{:04X}", static_cast<unsigned>(d.code_point));
    } else {
      out.append(text, i, d.length);
    }
    i += d.length;
  }
  return out;
}

void write_check_text(std::ostream& out, const RunReport& result, TextStyle style) {
  out << paint(style, fmt::emphasis::faint, kTextReportMarkerLine) << '\n';
  std::string current_file;
  for (const Finding& f : result.findings) {
    const Claim& first = f.claims.front();
    if (first.document != current_file) {
      if (!current_file.empty()) out << '\n';
      current_file = first.document;
      out << paint(style, fmt::emphasis::underline, printable(current_file)) << '\n';
    }
    out << fmt::format("  {}:{}  {}  {}  {}\n", first.span.line, first.span.column,
                       paint(style, severity_style(f.severity), to_string(f.severity)),
                       paint(style, fmt::emphasis::faint, f.rule), printable(f.message));
    write_excerpt(out, first, style);
    for (std::size_t i = 1; i < f.claims.size(); ++i) {
      const Claim& c = f.claims[i];
      out << fmt::format("    {}:{}:{}  ({}) {}\n", printable(c.document), c.span.line, c.span.column,
                         to_string(c.role), printable(c.text));
      write_excerpt(out, c, style);
    }
    out << "    working: " << printable(f.working) << '\n';
    if (!f.suggestion.empty()) out << "    suggestion: " << printable(f.suggestion) << '\n';
    out << fmt::format("    confidence: {:.2f}\n", f.confidence);
  }
  const Summary s = summarise(result);
  if (!result.findings.empty()) out << '\n';
  const std::size_t total = result.findings.size();
  out << fmt::format("{} finding{} ({} error{}, {} warning{}, {} info) in {} file{}, {} claims checked", total,
                     total == 1 ? "" : "s", s.errors, s.errors == 1 ? "" : "s", s.warnings, s.warnings == 1 ? "" : "s",
                     s.infos, s.files, s.files == 1 ? "" : "s", s.claims);
  if (s.suppressed > 0) out << fmt::format("; {} suppressed", s.suppressed);
  if (s.baselined > 0) out << fmt::format("; {} in the baseline", s.baselined);
  if (s.input_errors > 0) out << fmt::format("; {} input error{}", s.input_errors, s.input_errors == 1 ? "" : "s");
  out << '\n';
}

void write_extract_text(std::ostream& out, const RunReport& result) {
  out << kTextReportMarkerLine << '\n';
  for (const auto& d : result.documents) {
    out << fmt::format("{}  (date: {}, {} claims)\n", printable(d.info.id),
                       d.info.date.empty() ? "unknown" : d.info.date, d.claims.size());
    for (const Claim& c : d.claims) {
      out << fmt::format("  {:>4}:{:<4} {:<9} {:<22} {:<13} {:<28} {:<16} {:<18} {}\n", c.span.line, c.span.column,
                         to_string(c.role), printable(c.text.substr(0, 22)), to_string(c.hedge.kind),
                         format_interval(c).substr(0, 28), c.subject.entity.empty() ? "-" : printable(c.subject.entity),
                         c.subject.metric.empty() ? "-" : printable(c.subject.metric),
                         c.subject.period.empty() ? "" : printable(c.subject.period));
    }
  }
}

void write_diagnostics_text(std::ostream& err, const Diagnostics& diagnostics, TextStyle style) {
  for (const auto& d : diagnostics) {
    const bool error = d.level == DiagnosticLevel::Error;
    err << "claimcheck: "
        << paint(style, error ? severity_style(Severity::Error) : severity_style(Severity::Info),
                 error ? "error" : "notice")
        << ": " << printable(d.path) << ": " << printable(d.message) << '\n';
  }
}

}  // namespace claimcheck
