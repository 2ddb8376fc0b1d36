#pragma once
// `claimcheck explain RULE`: a rule's documentation as plain text, from its configuration
// (id, kind, severity and its caps, enabled, description, parameters, message template,
// source file) followed by the section of rules/README.md that documents its kind.

#include <string>
#include <string_view>

#include "model/rule_config.hpp"

namespace claimcheck {

// The body of the Markdown section whose heading text is `heading` (any level), up to the
// next heading of the same or a higher level; empty when there is no such heading.
std::string_view markdown_section(std::string_view markdown, std::string_view heading);

std::string explain_rule(const RuleConfig& rule, std::string_view kind_documentation);

// The description's first clause, as one short sentence ("Two figures ... (25% vs 2.5%)."):
// what a rule table shows beside the id (SARIF shortDescription, `claimcheck rules`).
std::string rule_summary(const RuleConfig& rule);

// The rule's documentation (description, kind, severity, parameters, message template),
// as Markdown or as plain text: SARIF's help, which GitHub code scanning shows beside an
// alert. Nothing of the machine it ran on (explain_rule's source file) goes in.
enum class HelpFormat { Text, Markdown };
std::string rule_help(const RuleConfig& rule, HelpFormat format);

}  // namespace claimcheck
