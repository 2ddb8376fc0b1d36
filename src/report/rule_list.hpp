#pragma once
// `claimcheck rules --format json`: every rule as the run will use it, after the
// configuration's overrides, so an editor or a CI step can read which rules are on:
//   {"version": 1, "rules": [{"id", "kind", "description", "enabled", "severity",
//     "cross_document_severity"?, "weak_subject_severity"?, "parameters", "source"}, ...]}
// "enabled" is false for a rule switched off (`false` or "off" in .claimcheck.json, or
// `"enabled": false` in its rule file); "source" is the rule file it was read from.

#include <nlohmann/json.hpp>
#include <vector>

#include "model/rule_config.hpp"

namespace claimcheck {

inline constexpr int kRuleListVersion = 1;

nlohmann::json rule_list_json(const std::vector<RuleConfig>& rules);

}  // namespace claimcheck
