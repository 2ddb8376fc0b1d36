#include "model/rule_config.hpp"

#include <fmt/format.h>

namespace claimcheck {

double RuleConfig::number(const char* name, double fallback) const {
  if (!parameters.contains(name)) return fallback;
  if (!parameters.at(name).is_number()) {
    throw error_at(fmt::format("parameters.{}", name), fmt::format("field 'parameters.{}' must be a number", name));
  }
  return parameters.at(name).get<double>();
}

RuleConfigError RuleConfig::error_at(const std::string& field, const std::string& problem) const {
  const auto place = places.find(field);
  if (place == places.end()) return RuleConfigError(source, problem);
  return RuleConfigError(source, problem, place->second.line, place->second.column);
}

}  // namespace claimcheck
