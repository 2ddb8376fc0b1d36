#pragma once
// Rule instances as data: one JSON file each under rules/checks/ (and any --rules dir).
//   {"id": "decimal-slip", "kind": "decimal-slip", "description": "...",
//    "severity": "error", "cross_document_severity": "warning",
//    "weak_subject_severity": "warning", "enabled": true,
//    "parameters": {...}, "message": "{a_where} says {a}, ..."}
// A malformed file throws RuleConfigError naming the file and the field.

#include <filesystem>
#include <nlohmann/json.hpp>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "model/finding.hpp"

namespace claimcheck {

class RuleConfigError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct RuleConfig {
  std::string id;
  std::string kind;
  std::string description;
  Severity severity = Severity::Warning;
  std::optional<Severity> cross_document_severity;  // cap when the claims come from different articles
  std::optional<Severity> weak_subject_severity;    // cap when a subject was read from weak evidence
  bool enabled = true;
  nlohmann::json parameters = nlohmann::json::object();
  std::string message;  // fmt template with named fields
  std::string source;   // file it was read from

  [[nodiscard]] double number(const char* name, double fallback) const;
};

// The largest width or precision a message template may ask for ('{a:>40}').
inline constexpr unsigned long kMaxTemplateWidth = 1000;

RuleConfig parse_rule_config(const nlohmann::json& doc, const std::string& source);

// Every *.json file in `dir`, in file-name order.
std::vector<RuleConfig> load_rule_configs(const std::filesystem::path& dir);

}  // namespace claimcheck
