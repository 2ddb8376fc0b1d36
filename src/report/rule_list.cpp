#include "report/rule_list.hpp"

#include "model/names.hpp"

namespace claimcheck {

nlohmann::json rule_list_json(const std::vector<RuleConfig>& rules) {
  nlohmann::json list = nlohmann::json::array();
  for (const RuleConfig& r : rules) {
    nlohmann::json rule = {{"id", r.id},
                           {"kind", r.kind},
                           {"description", r.description},
                           {"enabled", r.enabled},
                           {"severity", to_string(r.severity)}};
    if (r.cross_document_severity) rule["cross_document_severity"] = to_string(*r.cross_document_severity);
    if (r.weak_subject_severity) rule["weak_subject_severity"] = to_string(*r.weak_subject_severity);
    rule["parameters"] = r.parameters;
    rule["source"] = r.source;
    list.push_back(std::move(rule));
  }
  return {{"version", kRuleListVersion}, {"rules", std::move(list)}};
}

}  // namespace claimcheck
