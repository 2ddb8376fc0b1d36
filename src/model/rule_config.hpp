#pragma once
// A rule instance as data (the record check/rule_config.hpp loads from rules/checks/*.json
// and the reports describe): what the rule engine runs and what `claimcheck explain` and
// the SARIF rule table print.

#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <stdexcept>
#include <string>

#include "model/finding.hpp"
#include "model/input_error.hpp"
#include "model/json_io.hpp"

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
  // Where each field's value starts in that file ("severity", "parameters.max_power"),
  // so that an error found after loading places it too; empty for a rule made in code.
  std::map<std::string, TextPlace> places;

  // Throws, at the parameter's place, when it is there and not a number.
  [[nodiscard]] double number(const char* name, double fallback) const;
  // An error naming this rule's file, at `field`'s place where it is known.
  [[nodiscard]] RuleConfigError error_at(const std::string& field, const std::string& problem) const;
};

}  // namespace claimcheck
