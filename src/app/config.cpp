#include "app/config.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <array>
#include <fstream>
#include <iterator>

#include "model/json_io.hpp"
#include "model/names.hpp"
#include "support/nearest_name.hpp"
#include "support/readable_file.hpp"

namespace claimcheck {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

constexpr std::array<std::string_view, 7> kFields{"rules_dir", "rule_dirs", "entities", "rules",
                                                  "include",   "exclude",   "fail_on"};
constexpr std::array<std::string_view, 5> kRuleFields{"enabled", "severity", "cross_document_severity",
                                                      "weak_subject_severity", "parameters"};

// "; did you mean 'rules'?" for a near miss of a known name, else nothing.
template <typename Names>
std::string did_you_mean(std::string_view typed, const Names& known) {
  const auto nearest = nearest_name(typed, known);
  return nearest ? fmt::format("; did you mean '{}'?", *nearest) : std::string();
}

// Reads one file's fields, naming the file and the field in every error.
class Reader {
 public:
  Reader(fs::path file, std::string_view text) : file_(std::move(file)), text_(text) {}

  // At the field's value where the text has it ("rules.decimal-slip.severity" is the JSON
  // pointer /rules/decimal-slip/severity; a rule id with a dot in it is not found).
  [[noreturn]] void fail(std::string_view field, std::string_view message) const {
    std::string pointer = "/" + std::string(field);
    std::replace(pointer.begin(), pointer.end(), '.', '/');
    const auto at = json_value_place(text_, pointer);
    throw ConfigError(file_.string(), fmt::format("field '{}': {}", field, message), at ? at->line : 0,
                      at ? at->column : 0);
  }

  template <std::size_t N>
  void only_known(const json& object, const std::array<std::string_view, N>& known, std::string_view prefix) const {
    for (const auto& [key, value] : object.items()) {
      if (std::find(known.begin(), known.end(), key) == known.end()) {
        fail(fmt::format("{}{}", prefix, key),
             fmt::format("unknown field (known: {}){}", fmt::join(known, ", "), did_you_mean(key, known)));
      }
    }
  }

  [[nodiscard]] std::string string(const json& value, std::string_view field) const {
    if (!value.is_string()) fail(field, "must be a string");
    return value.get<std::string>();
  }

  [[nodiscard]] std::vector<std::string> strings(const json& value, std::string_view field) const {
    if (!value.is_array()) fail(field, "must be an array of strings");
    std::vector<std::string> out;
    for (const json& item : value) out.push_back(string(item, field));
    return out;
  }

  [[nodiscard]] fs::path path(const json& value, std::string_view field) const {
    const fs::path p = string(value, field);
    return p.is_absolute() ? p : file_.parent_path() / p;
  }

  [[nodiscard]] Severity severity(const json& value, std::string_view field) const {
    const auto s = severity_from(string(value, field));
    if (!s) fail(field, fmt::format("'{}' is not one of error, warning, info", value.get<std::string>()));
    return *s;
  }

  [[nodiscard]] RuleOverride rule(const std::string& id, const json& value) const {
    const std::string field = "rules." + id;
    RuleOverride o;
    o.id = id;
    o.file = file_.string();
    o.field = fmt::format("field '{}'", field);
    if (value.is_boolean()) {
      o.enabled = value.get<bool>();
      return o;
    }
    if (value.is_string()) {
      if (value == "off") {
        o.enabled = false;
      } else {
        o.severity = severity(value, field);
      }
      return o;
    }
    if (!value.is_object()) fail(field, "must be an object, true/false or a severity");
    only_known(value, kRuleFields, field + ".");
    if (value.contains("enabled")) {
      if (!value.at("enabled").is_boolean()) fail(field + ".enabled", "must be true or false");
      o.enabled = value.at("enabled").get<bool>();
    }
    if (value.contains("severity") && value.at("severity") == "off") {
      if (o.enabled == true) fail(field, "is both enabled and \"off\"");
      o.enabled = false;
    } else if (value.contains("severity")) {
      o.severity = severity(value.at("severity"), field + ".severity");
    }
    if (value.contains("cross_document_severity"))
      o.cross_document_severity = severity(value.at("cross_document_severity"), field + ".cross_document_severity");
    if (value.contains("weak_subject_severity"))
      o.weak_subject_severity = severity(value.at("weak_subject_severity"), field + ".weak_subject_severity");
    if (value.contains("parameters")) {
      if (!value.at("parameters").is_object()) fail(field + ".parameters", "must be an object");
      o.parameters = value.at("parameters");
    }
    return o;
  }

 private:
  fs::path file_;
  std::string_view text_;  // the file's text, which outlives the reader
};

}  // namespace

std::optional<fs::path> find_config(const fs::path& start) {
  std::error_code ec;
  fs::path dir = fs::absolute(start, ec);
  if (ec) return std::nullopt;
  for (;;) {
    const fs::path candidate = dir / kConfigFileName;
    if (fs::is_regular_file(candidate, ec)) return candidate;
    if (!dir.has_parent_path() || dir.parent_path() == dir) return std::nullopt;
    dir = dir.parent_path();
  }
}

Config load_config(const fs::path& file) {
  // A FIFO, a device or a folder is refused by name; a configuration is small.
  const std::string text = read_named_file<ConfigError>(file.string(), "configuration file", kMaxConfigBytes);
  json doc;
  try {
    // Comments (// and /* */) are allowed, as in VS Code's settings files.
    doc = json::parse(text, nullptr, true, true);
  } catch (const json::parse_error& e) {
    const TextPlace at = json_error_place(text, e);
    throw ConfigError(file.string(), fmt::format("invalid JSON: {}", json_parse_message(e)), at.line, at.column);
  } catch (const json::exception& e) {  // a number too large for a double
    throw ConfigError(file.string(), fmt::format("invalid JSON: {}", e.what()));
  }
  if (!doc.is_object()) throw ConfigError(file.string(), "a configuration file holds one JSON object");
  const Reader read(file, text);
  read.only_known(doc, kFields, "");
  Config config;
  config.file = file;
  if (doc.contains("rules_dir")) config.rules_dir = read.path(doc.at("rules_dir"), "rules_dir");
  if (doc.contains("rule_dirs")) {
    if (!doc.at("rule_dirs").is_array()) read.fail("rule_dirs", "must be an array of strings");
    for (const json& dir : doc.at("rule_dirs")) config.rule_dirs.push_back(read.path(dir, "rule_dirs"));
  }
  if (doc.contains("entities")) {
    if (!doc.at("entities").is_array()) read.fail("entities", "must be an array of strings");
    for (const json& f : doc.at("entities")) config.entities.push_back(read.path(f, "entities"));
  }
  if (doc.contains("rules")) {
    if (!doc.at("rules").is_object()) read.fail("rules", "must be an object keyed by rule id");
    for (const auto& [id, value] : doc.at("rules").items()) config.rules.push_back(read.rule(id, value));
  }
  // A repository's configuration naming rule folders outside the repository (its own
  // folder) gets a notice: its rule files are read, and their errors quoted.
  const fs::path home = fs::absolute(file).lexically_normal().parent_path();
  auto outside = [&](const fs::path& dir) {
    const fs::path relative = fs::absolute(dir).lexically_normal().lexically_relative(home);
    return relative.empty() || *relative.begin() == "..";
  };
  std::vector<fs::path> named = config.rule_dirs;
  if (config.rules_dir) named.push_back(*config.rules_dir);
  for (const fs::path& dir : named) {
    if (outside(dir)) {
      config.notices.push_back(fmt::format("rule folder '{}' is outside the configuration's folder", dir.string()));
    }
  }
  if (doc.contains("include")) config.include = read.strings(doc.at("include"), "include");
  if (doc.contains("exclude")) config.exclude = read.strings(doc.at("exclude"), "exclude");
  if (doc.contains("fail_on")) {
    const std::string level = read.string(doc.at("fail_on"), "fail_on");
    if (level != "none" && !severity_from(level)) read.fail("fail_on", "must be error, warning, info or none");
    config.fail_on = level;
  }
  return config;
}

void apply_rule_overrides(std::vector<RuleConfig>& rules, const std::vector<RuleOverride>& overrides) {
  for (const RuleOverride& o : overrides) {
    const auto rule = std::find_if(rules.begin(), rules.end(), [&](const RuleConfig& r) { return r.id == o.id; });
    if (rule == rules.end()) {
      std::vector<std::string_view> known;
      known.reserve(rules.size());
      for (const RuleConfig& r : rules) known.push_back(r.id);
      std::sort(known.begin(), known.end());
      throw ConfigError(o.file, fmt::format("{}: no rule has this id (known: {}){}", o.field, fmt::join(known, ", "),
                                            did_you_mean(o.id, known)));
    }
    if (o.enabled) rule->enabled = *o.enabled;
    if (o.severity) rule->severity = *o.severity;
    if (o.cross_document_severity) rule->cross_document_severity = o.cross_document_severity;
    if (o.weak_subject_severity) rule->weak_subject_severity = o.weak_subject_severity;
    for (const auto& [name, value] : o.parameters.items()) {
      if (!rule->parameters.contains(name)) {
        std::vector<std::string> declared;
        for (const auto& [p, v] : rule->parameters.items()) declared.push_back(p);
        throw ConfigError(o.file,
                          fmt::format("{}: rule '{}' has no parameter '{}' (it has: {})", o.field, o.id, name,
                                      declared.empty() ? "none" : fmt::format("{}", fmt::join(declared, ", "))));
      }
      if (rule->parameters.at(name).type() != value.type() &&
          !(rule->parameters.at(name).is_number() && value.is_number())) {
        throw ConfigError(o.file, fmt::format("{}: parameter '{}' must be a {} like its default", o.field, name,
                                              rule->parameters.at(name).type_name()));
      }
      rule->parameters[name] = value;
      rule->places.erase("parameters." + name);  // no longer the rule file's value
    }
  }
}

}  // namespace claimcheck
