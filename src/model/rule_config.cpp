#include "model/rule_config.hpp"

#include <fmt/format.h>

namespace claimcheck {

double RuleConfig::number(const char* name, double fallback) const {
  if (!parameters.contains(name)) return fallback;
  if (!parameters.at(name).is_number()) {
    throw RuleConfigError(source, fmt::format("field 'parameters.{}' must be a number", name));
  }
  return parameters.at(name).get<double>();
}

}  // namespace claimcheck
