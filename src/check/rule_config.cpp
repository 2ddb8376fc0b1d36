#include "check/rule_config.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <fstream>
#include <iterator>
#include <map>
#include <string>
#include <string_view>

#include "model/json_io.hpp"
#include "model/names.hpp"

namespace claimcheck {
namespace {

using nlohmann::json;

std::string string_field(const json& doc, const RuleConfig& rule, const char* field, bool required) {
  if (!doc.contains(field)) {
    if (required) throw RuleConfigError(rule.source, fmt::format("missing field '{}'", field));
    return {};
  }
  if (!doc.at(field).is_string()) throw rule.error_at(field, fmt::format("field '{}' must be a string", field));
  return doc.at(field).get<std::string>();
}

std::optional<Severity> severity_field(const json& doc, const RuleConfig& rule, const char* field, bool required) {
  const std::string text = string_field(doc, rule, field, required);
  if (text.empty() && !required) return std::nullopt;
  const auto severity = severity_from(text);
  if (!severity) {
    throw rule.error_at(field, fmt::format("field '{}': '{}' is not one of error, warning, info", field, text));
  }
  return severity;
}

// Where each top-level field and each parameter of the rule file's text starts (two
// passes over the text, however many fields it has).
std::map<std::string, TextPlace> field_places(const json& doc, std::string_view text) {
  std::map<std::string, TextPlace> places;
  if (text.empty() || !doc.is_object()) return places;
  for (auto& [name, at] : json_member_places(text, "")) places[name] = at;  // the last, as the parser keeps
  for (auto& [name, at] : json_member_places(text, "/parameters")) places["parameters." + name] = at;
  return places;
}

// A message template's widths and precisions are bounded: '{a:>2000000000}' would
// allocate 2 GB for each finding. Checked at load, naming the rule file and the field.
void check_template(std::string_view text, const RuleConfig& rule, const std::string& field) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '{') continue;
    if (i + 1 < text.size() && text[i + 1] == '{') {
      ++i;
      continue;
    }
    const std::size_t close = text.find_first_of("{}", i + 1);
    if (close == std::string_view::npos || text[close] == '{') {
      throw rule.error_at(field, fmt::format("field '{}': a replacement field must be closed before the next '{{' "
                                             "(nested fields are not allowed)",
                                             field));
    }
    const std::string_view replacement = text.substr(i, close - i + 1);
    const std::size_t colon = replacement.find(':');
    for (std::size_t k = colon == std::string_view::npos ? replacement.size() : colon; k < replacement.size(); ++k) {
      if (std::isdigit(static_cast<unsigned char>(replacement[k])) == 0) continue;
      std::size_t end = k;
      while (end < replacement.size() && std::isdigit(static_cast<unsigned char>(replacement[end])) != 0) ++end;
      const std::string_view digits = replacement.substr(k, end - k);
      if (digits.size() > 4 || std::stoul(std::string(digits)) > kMaxTemplateWidth) {
        throw rule.error_at(
            field, fmt::format("field '{}': width or precision {} in '{}' is over the limit of {}", field,
                               digits.size() > 12 ? std::string(digits.substr(0, 12)) + "..." : std::string(digits),
                               replacement.size() > 40 ? std::string(replacement.substr(0, 40)) + "..."
                                                       : std::string(replacement),
                               kMaxTemplateWidth));
      }
      k = end;
    }
    i = close;
  }
}

}  // namespace

RuleConfig parse_rule_config(const json& doc, const std::string& source, std::string_view text) {
  if (!doc.is_object()) throw RuleConfigError(source, "a rule file holds one JSON object");
  RuleConfig rule;
  rule.source = source;
  rule.places = field_places(doc, text);
  rule.id = string_field(doc, rule, "id", true);
  rule.kind = string_field(doc, rule, "kind", true);
  rule.description = string_field(doc, rule, "description", true);
  rule.message = string_field(doc, rule, "message", true);
  check_template(rule.message, rule, "message");
  rule.severity = *severity_field(doc, rule, "severity", true);
  rule.cross_document_severity = severity_field(doc, rule, "cross_document_severity", false);
  rule.weak_subject_severity = severity_field(doc, rule, "weak_subject_severity", false);
  if (doc.contains("enabled")) {
    if (!doc.at("enabled").is_boolean()) throw rule.error_at("enabled", "field 'enabled' must be true or false");
    rule.enabled = doc.at("enabled").get<bool>();
  }
  if (doc.contains("parameters")) {
    if (!doc.at("parameters").is_object()) throw rule.error_at("parameters", "field 'parameters' must be an object");
    rule.parameters = doc.at("parameters");
    // Some parameters are message templates too (check/finding_builder.hpp: with_message).
    for (const auto& [name, value] : rule.parameters.items()) {
      if (value.is_string()) check_template(value.get_ref<const std::string&>(), rule, "parameters." + name);
    }
  }
  return rule;
}

std::vector<RuleConfig> load_rule_configs(const std::filesystem::path& dir) {
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec)) throw RuleConfigError(dir.string(), "rules directory not found");
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.is_regular_file() && entry.path().extension() == ".json") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  std::vector<RuleConfig> rules;
  for (const auto& file : files) {
    std::ifstream in(file);
    if (!in) throw RuleConfigError(file.string(), "cannot open rule file");
    const std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    json doc;
    try {
      doc = json::parse(text);
    } catch (const json::parse_error& e) {  // quoting at most a few characters of the file
      const TextPlace at = json_error_place(text, e);
      throw RuleConfigError(file.string(), fmt::format("invalid JSON: {}", json_parse_message(e)), at.line, at.column);
    } catch (const json::exception& e) {  // a number too large for a double
      throw RuleConfigError(file.string(), fmt::format("invalid JSON: {}", e.what()));
    }
    rules.push_back(parse_rule_config(doc, file.string(), text));
  }
  return rules;
}

}  // namespace claimcheck
