#include "report/json_report.hpp"

#include <fmt/format.h>

#include <istream>
#include <ostream>
#include <stdexcept>
#include <string>

#include "model/json_io.hpp"
#include "model/report_marker.hpp"
#include "report/json_stream.hpp"

namespace claimcheck {
namespace {

using nlohmann::json;

json tool_json() { return {{"name", "claimcheck"}, {"version", CLAIMCHECK_VERSION}}; }

json diagnostics_json(const Diagnostics& diagnostics) {
  json out = json::array();
  for (const auto& d : diagnostics) {
    json entry = {
        {"level", d.level == DiagnosticLevel::Error ? "error" : "notice"}, {"path", d.path}, {"message", d.message}};
    if (d.line > 0) entry["line"] = d.line;
    if (d.column > 0) entry["column"] = d.column;
    out.push_back(std::move(entry));
  }
  return out;
}

json document_info_json(const DocumentInfo& info) {
  return {{"id", info.id}, {"date", info.date}, {"event_terms", info.event_terms}};
}

json change_json(const ChangeFromTo& c) { return {{"change", c.change}, {"from", c.from}, {"to", c.to}}; }

json multiple_json(const MultipleFromTo& m) {
  json out = to_json(m.mention);
  out["factor"] = m.factor;
  out["from"] = m.from;
  out["to"] = m.to;
  return out;
}

json calendar_json(const CalendarMention& m) {
  json out = to_json(m.mention);
  out["weekday"] = m.stated_weekday;
  out["date"] = m.date;
  return out;
}

std::uint32_t claim_index(const json& record, const char* field, const DocumentClaims& document) {
  const auto index = integer_field<std::uint32_t>(record, field);
  if (index >= document.claims.size()) {
    throw std::invalid_argument(
        fmt::format("field '{}': claim {} is not in document '{}'", field, index, document.info.id));
  }
  return index;
}

}  // namespace

Summary summarise(const RunReport& result) {
  Summary s;
  s.files = result.files_read;
  s.suppressed = result.suppressed;
  s.baselined = result.baselined;
  s.claims = result.claims;
  for (const auto& f : result.findings) {
    switch (f.severity) {
      case Severity::Error:
        ++s.errors;
        break;
      case Severity::Warning:
        ++s.warnings;
        break;
      case Severity::Info:
        ++s.infos;
        break;
    }
  }
  for (const auto& d : result.diagnostics) s.input_errors += d.level == DiagnosticLevel::Error ? 1 : 0;
  return s;
}

namespace {

// The check report with an empty "findings" array.
json check_report_skeleton(const RunReport& result) {
  const Summary s = summarise(result);
  return {{kReportMarker, true},
          {"version", kReportSchemaVersion},
          {"tool", tool_json()},
          {"summary",
           {{"files", s.files},
            {"claims", s.claims},
            {"findings", result.findings.size()},
            {"errors", s.errors},
            {"warnings", s.warnings},
            {"infos", s.infos},
            {"input_errors", s.input_errors},
            {"suppressed", s.suppressed},
            {"baselined", s.baselined}}},
          {"findings", json::array()},
          {"diagnostics", diagnostics_json(result.diagnostics)}};
}

}  // namespace

json check_report_json(const RunReport& result) {
  json report = check_report_skeleton(result);
  for (const auto& f : result.findings) report["findings"].push_back(to_json(f));
  return report;
}

void write_check_json(std::ostream& out, const RunReport& result) {
  write_json_streaming(out, check_report_skeleton(result), json::json_pointer("/findings"), result.findings.size(),
                       [&](std::size_t i) { return to_json(result.findings[i]); },
                       // File names are bytes: what is not UTF-8 becomes U+FFFD, never a failed report.
                       {2, false, json::error_handler_t::replace});
}

json extract_report_json(const RunReport& result) {
  json documents = json::array();
  for (const auto& d : result.documents) {
    json doc = document_info_json(d.info);
    json claims = json::array();
    for (const auto& c : d.claims) claims.push_back(to_json(c));
    doc["claims"] = std::move(claims);
    json changes = json::array();
    for (const auto& c : d.changes) changes.push_back(change_json(c));
    doc["changes"] = std::move(changes);
    json multiples = json::array();
    for (const auto& m : d.multiples) multiples.push_back(multiple_json(m));
    doc["multiples"] = std::move(multiples);
    json calendar = json::array();
    for (const auto& m : d.calendar) calendar.push_back(calendar_json(m));
    doc["calendar"] = std::move(calendar);
    documents.push_back(std::move(doc));
  }
  return {{kReportMarker, true},
          {"version", kReportSchemaVersion},
          {"tool", tool_json()},
          {"documents", std::move(documents)},
          {"diagnostics", diagnostics_json(result.diagnostics)}};
}

void write_claim_stream(std::ostream& out, const std::vector<DocumentClaims>& documents) {
  for (const auto& d : documents) {
    json header = document_info_json(d.info);
    header["type"] = "document";
    out << header.dump(-1, ' ', false, json::error_handler_t::replace) << '\n';
    for (const auto& c : d.claims) {
      json line = to_json(c);
      line["type"] = "claim";
      out << line.dump(-1, ' ', false, json::error_handler_t::replace) << '\n';
    }
    for (const auto& c : d.changes) {
      json line = change_json(c);
      line["type"] = "change";
      out << line.dump(-1, ' ', false, json::error_handler_t::replace) << '\n';
    }
    for (const auto& m : d.multiples) {
      json line = multiple_json(m);
      line["type"] = "multiple";
      out << line.dump(-1, ' ', false, json::error_handler_t::replace) << '\n';
    }
    for (const auto& m : d.calendar) {
      json line = calendar_json(m);
      line["type"] = "calendar";
      out << line.dump(-1, ' ', false, json::error_handler_t::replace) << '\n';
    }
  }
}

namespace {

// std::getline that keeps at most max_bytes + 1 bytes of a line (the rest is skipped), so
// that one endless line cannot take all memory; false at the end of the input.
bool getline_capped(std::istream& in, std::string& line, std::size_t max_bytes) {
  line.clear();
  std::streambuf* buffer = in.rdbuf();
  bool any = false;
  for (;;) {
    const int c = buffer->sbumpc();
    if (c == std::char_traits<char>::eof()) {
      in.setstate(std::ios::eofbit);
      return any;
    }
    any = true;
    if (c == '\n') return true;
    if (line.size() <= max_bytes) line.push_back(static_cast<char>(c));
  }
}

}  // namespace

std::vector<DocumentClaims> read_claim_stream(std::istream& in, const std::string& source, std::size_t max_line_bytes) {
  std::vector<DocumentClaims> documents;
  std::string line;
  std::size_t number = 0;
  while (getline_capped(in, line, max_line_bytes)) {
    ++number;
    if (line.size() > max_line_bytes) {
      throw InputError(
          source,
          fmt::format("{}:{}: record is over the limit of {} bytes (--max-file-size)", source, number, max_line_bytes),
          number);
    }
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    try {
      const json record = json::parse(line);
      const std::string type = record.at("type").get<std::string>();
      if (type == "document") {
        DocumentClaims d;
        d.info.id = record.at("id").get<std::string>();
        d.info.date = record.value("date", std::string{});
        d.info.event_terms = record.value("event_terms", std::vector<std::string>{});
        documents.push_back(std::move(d));
      } else if (type == "claim") {
        Claim c = claim_from_json(record);
        if (documents.empty() || documents.back().info.id != c.document) {
          throw std::invalid_argument("claim for document '" + c.document + "' before its document record");
        }
        documents.back().claims.push_back(std::move(c));
      } else if (type == "change" || type == "calendar" || type == "multiple") {
        if (documents.empty()) throw std::invalid_argument("'" + type + "' record before any document record");
        DocumentClaims& d = documents.back();
        if (type == "change") {
          d.changes.push_back(
              {claim_index(record, "change", d), claim_index(record, "from", d), claim_index(record, "to", d)});
        } else if (type == "multiple") {
          const double factor = record.at("factor").get<double>();
          if (!(factor > 0)) throw std::invalid_argument("field 'factor': must be a positive number");
          d.multiples.push_back(
              {claim_from_json(record), factor, claim_index(record, "from", d), claim_index(record, "to", d)});
        } else {
          d.calendar.push_back({claim_from_json(record), integer_field<unsigned>(record, "weekday") % 7,
                                record.at("date").get<std::string>()});
        }
      } else {
        throw std::invalid_argument("unknown record type '" + type + "'");
      }
    } catch (const json::parse_error& e) {
      throw InputError(source, fmt::format("{}:{}: {}", source, number, e.what()), number,
                       json_error_place(line, e).column);
    } catch (const json::exception& e) {
      throw InputError(source, fmt::format("{}:{}: {}", source, number, e.what()), number);
    } catch (const std::invalid_argument& e) {  // a record that does not fit the claim schema
      throw InputError(source, fmt::format("{}:{}: {}", source, number, e.what()), number);
    }
  }
  return documents;
}

}  // namespace claimcheck
