#include "read/jsonl_format.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <limits>
#include <nlohmann/json.hpp>
#include <optional>

#include "model/json_io.hpp"
#include "normalize/normalized_text.hpp"
#include "support/utf8.hpp"

namespace claimcheck {
namespace {

using nlohmann::json;

constexpr std::string_view kExtension = ".jsonl";

// [begin, end) of a string's contents between its quotes, in the line.
struct StringRange {
  std::size_t begin = 0;
  std::size_t end = 0;
};

std::size_t skip_space(std::string_view s, std::size_t i) {
  while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n')) ++i;
  return i;
}

// Past the string whose opening quote is at s[i].
std::size_t skip_string(std::string_view s, std::size_t i) {
  for (++i; i < s.size() && s[i] != '"'; ++i) {
    if (s[i] == '\\') ++i;
  }
  return i + 1;
}

// Past the JSON value starting at s[i] (the line is known to be valid JSON).
std::size_t skip_value(std::string_view s, std::size_t i) {
  if (s[i] == '"') return skip_string(s, i);
  if (s[i] != '{' && s[i] != '[') {
    while (i < s.size() && s[i] != ',' && s[i] != '}' && s[i] != ']' && s[i] != ' ') ++i;
    return i;
  }
  int depth = 0;
  for (; i < s.size(); ++i) {
    if (s[i] == '"') {
      i = skip_string(s, i) - 1;
    } else if (s[i] == '{' || s[i] == '[') {
      ++depth;
    } else if ((s[i] == '}' || s[i] == ']') && --depth == 0) {
      return i + 1;
    }
  }
  return i;
}

// Where the top-level string value of `key` stands in a valid JSON object line. A key
// given twice is refused: JSON parsers disagree on which one counts (most keep the last),
// so the text analysed would not be the text other tools see.
std::optional<StringRange> find_string_value(std::string_view line, std::string_view key) {
  std::optional<StringRange> found;
  bool seen = false;
  std::size_t i = skip_space(line, 0) + 1;  // past '{'
  while (i < line.size()) {
    i = skip_space(line, i);
    if (i >= line.size() || line[i] != '"') break;
    const std::size_t key_end = skip_string(line, i);
    const json name = json::parse(line.substr(i, key_end - i));
    i = skip_space(line, key_end) + 1;  // past ':'
    i = skip_space(line, i);
    const std::size_t value_end = skip_value(line, i);
    if (name.get<std::string>() == key) {
      if (seen) throw std::invalid_argument(fmt::format("field '{}' is given twice in the record", key));
      seen = true;
      if (line[i] == '"') found = StringRange{i + 1, value_end - 1};
    }
    i = skip_space(line, value_end) + 1;  // past ',' (or '}')
  }
  return found;
}

std::uint32_t hex4(std::string_view s) {
  std::uint32_t v = 0;
  for (const char c : s.substr(0, 4)) {
    v = v * 16 + static_cast<std::uint32_t>(c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10);
  }
  return v;
}

// Markup edits that turn the escaped contents [r.begin, r.end) into their decoded text.
void decode_escapes(std::string_view line, StringRange r, std::vector<MarkupEdit>& edits) {
  for (std::size_t i = r.begin; i < r.end; ++i) {
    if (line[i] != '\\') continue;
    const char e = line[i + 1];
    std::size_t length = 2;
    std::string decoded;
    switch (e) {
      case 'n':
        decoded = "\n";
        break;
      case 't':
        decoded = "\t";
        break;
      case 'r':
        decoded = "\r";
        break;
      case 'b':
      case 'f':
        decoded = " ";
        break;
      case 'u': {
        char32_t cp = hex4(line.substr(i + 2));
        length = 6;
        if (cp >= 0xD800 && cp < 0xDC00 && line.substr(i + 6, 2) == "\\u") {
          cp = 0x10000 + ((cp - 0xD800) << 10) + (hex4(line.substr(i + 8)) - 0xDC00);
          length = 12;
        }
        utf8::append(decoded, cp);
        break;
      }
      default:  // '"', '\\', '/'
        decoded = std::string(1, e);
    }
    edits.push_back({i, length, std::move(decoded)});
    i += length - 1;
  }
}

std::string field_string(const json& record, const char* field, bool required) {
  if (!record.contains(field)) {
    if (required) throw std::invalid_argument(fmt::format("missing field '{}'", field));
    return {};
  }
  const json& v = record.at(field);
  if (v.is_string()) return v.get<std::string>();
  if (v.is_null() && !required) return {};
  throw std::invalid_argument(fmt::format("field '{}' must be a string", field));
}

SourceDocument record_document(const std::string& path, std::string_view line, std::size_t line_number,
                               std::size_t line_offset) {
  json record;
  try {
    record = json::parse(line);
  } catch (const json::parse_error& e) {
    throw InputError(path, fmt::format("line {}: invalid JSON: {}", line_number, json_parse_message(e)), line_number,
                     json_error_place(line, e).column);
  } catch (const json::exception& e) {  // a number too large for a double
    throw std::invalid_argument(std::string("invalid JSON: ") + e.what());
  }
  if (!record.is_object()) throw std::invalid_argument("a record is a JSON object");
  SourceDocument doc;
  const json id = record.value("id", json());
  if (!id.is_null() && !id.is_string() && !id.is_number_integer())
    throw std::invalid_argument("field 'id' must be a string or an integer");
  const std::string name = id.is_string() ? id.get<std::string>() : id.is_null() ? "" : id.dump();
  doc.id = fmt::format("{}#{}", path, name.empty() ? fmt::format("{}", line_number) : name);
  doc.title = field_string(record, "title", false);
  const std::string date = field_string(record, "date", false);
  field_string(record, "body", true);
  field_string(record, "source", false);
  if (date.size() >= 10) doc.date = date.substr(0, 10);
  doc.bytes = std::string(line);
  doc.origin_line = static_cast<std::uint32_t>(line_number);
  doc.origin_offset = line_offset;

  // Keep the title and the body (in the order they stand), hide everything else.
  std::vector<StringRange> kept;
  const std::optional<StringRange> title = find_string_value(line, "title");
  if (!doc.title.empty()) kept.push_back(*title);
  kept.push_back(*find_string_value(line, "body"));
  std::sort(kept.begin(), kept.end(), [](const StringRange& a, const StringRange& b) { return a.begin < b.begin; });
  std::size_t at = 0;
  for (std::size_t k = 0; k < kept.size(); ++k) {
    if (kept[k].begin > at) doc.markup.push_back({at, kept[k].begin - at, k == 0 ? "" : "\n\n"});
    decode_escapes(line, kept[k], doc.markup);
    at = kept[k].end;
  }
  doc.markup.push_back({at, line.size() - at, "\n"});

  if (line.find("claimcheck-disable") != std::string_view::npos) {
    // Found in the decoded text, then mapped back onto the line and into the file.
    const NormalizedText text = NormalizedText::from(doc.bytes, doc.markup);
    doc.suppressions = find_suppressions(text.text());
    for (auto& s : doc.suppressions.stretches) {
      s.line = line_number;
      s.begin = line_offset + text.to_original_begin(std::min(s.begin, text.text().size()));
      if (s.end != std::numeric_limits<std::size_t>::max())
        s.end = line_offset + text.to_original_begin(std::min(s.end, text.text().size()));
    }
    doc.suppressions.comments.clear();
  }
  return doc;
}

}  // namespace

SourceDocument read_jsonl_record(const std::string& path, std::string_view line, std::size_t line_number,
                                 std::size_t line_offset) {
  try {
    return record_document(path, line, line_number, line_offset);
  } catch (const std::invalid_argument& e) {  // a field missing or of the wrong type
    throw InputError(path, fmt::format("line {}: {}", line_number, e.what()), line_number);
  } catch (const json::exception& e) {
    throw InputError(path, fmt::format("line {}: {}", line_number, e.what()), line_number);
  }
}

bool is_jsonl_path(std::string_view path) { return path.ends_with(kExtension); }

std::vector<JsonlLine> jsonl_lines(std::string_view bytes) {
  std::vector<JsonlLine> lines;
  std::size_t number = 0;
  for (std::size_t pos = 0; pos < bytes.size();) {
    std::size_t eol = bytes.find('\n', pos);
    if (eol == std::string_view::npos) eol = bytes.size();
    ++number;
    std::string_view line = bytes.substr(pos, eol - pos);
    if (line.ends_with('\r')) line.remove_suffix(1);
    if (line.find_first_not_of(" \t") != std::string_view::npos) lines.push_back({line, number, pos});
    pos = eol + 1;
  }
  return lines;
}

std::vector<SourceDocument> read_jsonl_documents(const std::string& path, std::string_view bytes,
                                                 Diagnostics& diagnostics) {
  std::vector<SourceDocument> documents;
  for (const JsonlLine& line : jsonl_lines(bytes)) {
    try {
      documents.push_back(read_jsonl_record(path, line.text, line.number, line.offset));
    } catch (const InputError& e) {
      diagnostics.push_back(e.diagnostic());
    }
  }
  return documents;
}

}  // namespace claimcheck
