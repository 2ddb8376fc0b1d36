#pragma once
// A rule instance as data (the record check/rule_config.hpp loads from rules/checks/*.json
// and the reports describe): what the rule engine runs and what `claimcheck explain` and
// the SARIF rule table print.

#include <nlohmann/json.hpp>
#include <optional>
#include <stdexcept>
#include <string>

#include "model/finding.hpp"
#include "model/input_error.hpp"

namespace claimcheck {

class RuleConfigError : public LoadError {
 public:
  using LoadError::LoadError;
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

}  // namespace claimcheck
