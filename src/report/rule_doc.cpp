#include "report/rule_doc.hpp"

#include <fmt/format.h>

#include "model/names.hpp"

namespace claimcheck {
namespace {

// The level of a Markdown heading line ("### kind" is 3), 0 for any other line.
std::size_t heading_level(std::string_view line) {
  std::size_t level = 0;
  while (level < line.size() && line[level] == '#') ++level;
  return level > 0 && level < line.size() && line[level] == ' ' ? level : 0;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\n' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\n' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

}  // namespace

std::string_view markdown_section(std::string_view markdown, std::string_view heading) {
  std::size_t level = 0;
  std::size_t body = std::string_view::npos;
  bool in_code = false;
  for (std::size_t pos = 0; pos < markdown.size();) {
    std::size_t eol = markdown.find('\n', pos);
    if (eol == std::string_view::npos) eol = markdown.size();
    const std::string_view line = markdown.substr(pos, eol - pos);
    if (line.starts_with("```")) in_code = !in_code;
    const std::size_t l = in_code ? 0 : heading_level(line);
    if (l > 0) {
      if (body != std::string_view::npos && l <= level) return trim(markdown.substr(body, pos - body));
      if (body == std::string_view::npos && trim(line.substr(l + 1)) == heading) {
        level = l;
        body = std::min(eol + 1, markdown.size());
      }
    }
    pos = eol + 1;
  }
  return body == std::string_view::npos ? std::string_view{} : trim(markdown.substr(body));
}

std::string explain_rule(const RuleConfig& rule, std::string_view kind_documentation) {
  std::string out = fmt::format("{}\n\n", rule.id);
  out += fmt::format("  kind:      {}\n", rule.kind);
  out += fmt::format("  severity:  {}", to_string(rule.severity));
  if (rule.cross_document_severity)
    out += fmt::format(" (at most {} across articles)", to_string(*rule.cross_document_severity));
  if (rule.weak_subject_severity)
    out += fmt::format(" (at most {} on weak evidence)", to_string(*rule.weak_subject_severity));
  out += fmt::format("\n  enabled:   {}\n", rule.enabled ? "yes" : "no");
  out += fmt::format("  source:    {}\n\n", rule.source);
  out += fmt::format("{}\n\n", rule.description);
  if (rule.parameters.empty()) {
    out += "Parameters: none\n";
  } else {
    out += "Parameters:\n";
    for (const auto& [name, value] : rule.parameters.items()) out += fmt::format("  {} = {}\n", name, value.dump());
  }
  out += fmt::format("\nMessage template:\n  {}\n", rule.message);
  if (!kind_documentation.empty()) {
    out += fmt::format("\nThe {} kind (rules/README.md):\n\n{}\n", rule.kind, kind_documentation);
  }
  return out;
}

std::string rule_summary(const RuleConfig& rule) {
  std::string_view text = trim(rule.description);
  // The first clause ends at a sentence end or a colon followed by a space.
  for (const std::string_view end : {". ", ": ", "; "}) {
    if (const std::size_t at = text.find(end); at != std::string_view::npos) text = text.substr(0, at);
  }
  while (!text.empty() && (text.back() == '.' || text.back() == ':')) text.remove_suffix(1);
  if (text.empty()) return fmt::format("A {} rule.", rule.kind);
  return fmt::format("{}.", text);
}

std::string rule_help(const RuleConfig& rule, HelpFormat format) {
  const bool md = format == HelpFormat::Markdown;
  const std::string_view code = md ? "`" : "";
  std::string out = fmt::format("{1}{0}{1}\n\n{2}\n\n", rule.id, md ? "**" : "", rule.description);
  out += fmt::format("- kind: {1}{0}{1}\n- severity: {2}", rule.kind, code, to_string(rule.severity));
  if (rule.cross_document_severity)
    out += fmt::format(" (at most {} across articles)", to_string(*rule.cross_document_severity));
  if (rule.weak_subject_severity)
    out += fmt::format(" (at most {} on weak evidence)", to_string(*rule.weak_subject_severity));
  out += "\n";
  for (const auto& [name, value] : rule.parameters.items())
    out += fmt::format("- {1}{0}{1} = {1}{2}{1}\n", name, code, value.dump());
  out += fmt::format("\nMessage: {2}\n\nRun {1}claimcheck explain {0}{1} for how the rule decides.\n", rule.id, code,
                     rule.message);
  return out;
}

}  // namespace claimcheck
