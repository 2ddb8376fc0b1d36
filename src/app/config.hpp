#pragma once
// The project configuration file, `.claimcheck.json`, found by walking up from the working
// directory (or named with --config). Every field is optional:
//   {
//     "rules_dir": "house-rules",            // replaces the built-in data (lexicon/ and checks/)
//     "rule_dirs": ["extra-checks"],         // more rule files, as --rules
//     "entities": ["desk-companies.json"],   // more companies, shaped like lexicon/entities.json
//     "rules": {                             // per rule id
//       "consistency": {"enabled": false},
//       "decimal-slip": {"severity": "warning", "cross_document_severity": "info",
//                        "weak_subject_severity": "info", "parameters": {"max_power": 2}},
//       "scale-slip": false,                 // shorthand for {"enabled": false}
//       "headline-vs-body": "warning",       // shorthand for {"severity": "warning"}
//       "calendar": "off"                    // as false; {"severity": "off"} too
//     },
//     "include": ["*.md", "desk/**"],        // globs for folder walks, as --include
//     "exclude": ["drafts/**"],              // as --exclude
//     "fail_on": "warning"                   // as --fail-on, which overrides it
//   }
// The file is JSON with comments (// and /* */, as VS Code's settings), like this one.
// Relative paths are taken from the file's folder. A malformed file, an unknown field, an
// unknown rule id or parameter throws ConfigError, one line naming the file and the field
// (or the line and column of a JSON syntax error).

#include <filesystem>
#include <nlohmann/json.hpp>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "check/rule_config.hpp"
#include "model/finding.hpp"
#include "model/input_error.hpp"

namespace claimcheck {

class ConfigError : public LoadError {
 public:
  using LoadError::LoadError;
};

struct RuleOverride {
  std::string id;
  // Where it was written, for errors found when applying it: the file, and "field 'rules.ID'".
  std::string file;
  std::string field;
  std::optional<bool> enabled;
  std::optional<Severity> severity;
  std::optional<Severity> cross_document_severity;
  std::optional<Severity> weak_subject_severity;
  nlohmann::json parameters = nlohmann::json::object();
};

struct Config {
  std::filesystem::path file;  // empty when no configuration file is in use
  std::optional<std::filesystem::path> rules_dir;
  std::vector<std::filesystem::path> rule_dirs;
  std::vector<std::filesystem::path> entities;  // entity files added to the lexicon
  std::vector<RuleOverride> rules;
  std::vector<std::string> include;
  std::vector<std::string> exclude;
  std::optional<std::string> fail_on;  // "error", "warning", "info" or "none"
  // Worth a notice, not an error: a rules_dir or rule_dirs entry outside the folder of
  // the configuration (a repository's file reaching into the machine it runs on).
  std::vector<std::string> notices;
};

inline constexpr const char* kConfigFileName = ".claimcheck.json";
// A configuration file larger than this is refused (it is a few hundred bytes in practice).
inline constexpr std::size_t kMaxConfigBytes = std::size_t{1} << 20;

// The nearest .claimcheck.json in `start` or one of its parents.
std::optional<std::filesystem::path> find_config(const std::filesystem::path& start);

Config load_config(const std::filesystem::path& file);

// Applies the overrides to the loaded rules. Throws ConfigError for an id no rule has, or
// a parameter the rule does not declare or of another JSON type than its default.
void apply_rule_overrides(std::vector<RuleConfig>& rules, const std::vector<RuleOverride>& overrides);

}  // namespace claimcheck
