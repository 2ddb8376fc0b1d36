#pragma once
// Rule instances as data: one JSON file each under rules/checks/ (and any --rules dir).
//   {"id": "decimal-slip", "kind": "decimal-slip", "description": "...",
//    "severity": "error", "cross_document_severity": "warning",
//    "weak_subject_severity": "warning", "enabled": true,
//    "parameters": {...}, "message": "{a_where} says {a}, ..."}
// A malformed file throws RuleConfigError naming the file and the field.

#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "model/rule_config.hpp"

namespace claimcheck {

// The largest width or precision a message template may ask for ('{a:>40}').
inline constexpr unsigned long kMaxTemplateWidth = 1000;

// `text`, the file's text where there is one, places a field's error at its line and
// column (RuleConfig::places).
RuleConfig parse_rule_config(const nlohmann::json& doc, const std::string& source, std::string_view text = {});

// Every *.json file in `dir`, in file-name order.
std::vector<RuleConfig> load_rule_configs(const std::filesystem::path& dir);

}  // namespace claimcheck
