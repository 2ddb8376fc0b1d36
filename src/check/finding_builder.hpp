#pragma once
// What every rule kind does to turn claims into a finding: fill the rule's message
// template, cap the severity, fingerprint it, and say where each claim is in words a
// journalist reads ("the headline", "line 12", "reuters-0412.txt").

#include <map>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "check/rule_config.hpp"
#include "model/finding.hpp"

namespace claimcheck {

// What the rules need to know of a metric: its display name, and whether its levels
// move within a day (prices, yields, rates), so that two of them are compared only when
// both are tied to the same day.
struct MetricInfo {
  std::string name;
  bool is_volatile = false;
};
using MetricTable = std::unordered_map<std::string, MetricInfo>;

// "share price move", "number of stores", "share of sales".
std::string metric_name(const Claim& c, const MetricTable& metrics);

// Named values for a message template ("{a_where} says {a}").
using Fields = std::map<std::string, std::string>;

// Every field a template may use; a template naming another is rejected at load time.
std::span<const std::string_view> template_fields();

// The rule with its message replaced by the template in parameters[parameter] (a kind's
// second sentence shape), or by `fallback` when the rule file does not set one.
RuleConfig with_message(const RuleConfig& rule, const char* parameter, std::string_view fallback);

// Throws fmt::format_error for a template naming an unknown field.
std::string render(const RuleConfig& rule, const Fields& fields);

// Fills the fields every single-subject message uses: entity, entity_possessive, metric.
void add_subject_fields(Fields& fields, const std::string& entity_name, const std::string& metric);

// A subject read from weak evidence (a weak metric cue, or the entity only from the
// article as a whole): findings on it are capped by rule.weak_subject_severity.
bool weakly_resolved(const Claim& c);

// The fields of a message about two claims of one subject: a, b, a_where, b_where (and
// capitalised A_where, B_where), entity, entity_possessive, metric.
Fields pair_fields(const Claim& a, const Claim& b, const std::string& entity_name, const std::string& metric);

// "Meta's", "Northwind Robotics'".
std::string possessive(const std::string& name);
// "the headline" -> "The headline", "line 5" -> "Line 5"; file names keep their spelling.
std::string capitalise(std::string s);
std::string file_name(const std::string& id);
// "a, b and c"
std::string join(const std::vector<std::string>& parts, std::string_view last_separator = " and ");
// The figure with its hedge, as the article has it: "around 7%".
std::string as_written(const Claim& c);
// Where `c` is, said relative to `other`: "line 5", "line 5 column 30", "the headline",
// "the body", "other-article.txt".
std::string where(const Claim& c, const Claim& other);

// A finding with severity capped by rule.cross_document_severity (claims from several
// documents) and rule.weak_subject_severity (`weak`), confidence rounded to 2 places and
// a fingerprint from the rule id and each claim's document, text and excerpt (not its
// line, so it survives edits elsewhere in the file).
Finding build_finding(const RuleConfig& rule, std::vector<Claim> claims, const Fields& fields, std::string working,
                      double confidence, bool weak);
// That fingerprint, for a finding whose claims got their excerpts back after it was built.
std::string finding_fingerprint(std::string_view rule_id, const std::vector<Claim>& claims);

// One finding per rule and questioned figure. A figure one rule questions against several
// others (each outlet that has it right) would otherwise be reported once per outlet: the
// most severe, then most confident, of those findings is kept, the others' figures join
// its claims, and its message names up to three of them ("It also disagrees with ...").
void merge_repeated_findings(std::vector<Finding>& findings);

}  // namespace claimcheck
