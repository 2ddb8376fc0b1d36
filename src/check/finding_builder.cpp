#include "check/finding_builder.hpp"

#include <fmt/args.h>
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <filesystem>
#include <map>
#include <tuple>

#include "model/metric_ids.hpp"
#include "model/names.hpp"
#include "support/hashing.hpp"

namespace claimcheck {
namespace {

constexpr std::array<std::string_view, 22> kTemplateFields{
    "entity",   "entity_possessive", "metric",         "a",        "b",        "a_where",
    "b_where",  "A_where",           "B_where",        "factor",   "outliers", "outlier_source",
    "majority", "majority_sources",  "majority_count", "from",     "to",       "implied",
    "date",     "weekday",           "actual_weekday", "unit_note"};

// "ounce" -> "ounces", "ounce of gold" -> "ounces of gold".
std::string plural_noun(std::string_view noun) {
  const std::size_t of = noun.find(" of ");
  const std::string_view head = noun.substr(0, of);
  return std::string(head) + "s" + (of == std::string_view::npos ? std::string() : std::string(noun.substr(of)));
}

}  // namespace

std::span<const std::string_view> template_fields() { return kTemplateFields; }

RuleConfig with_message(const RuleConfig& rule, const char* parameter, std::string_view fallback) {
  RuleConfig variant = rule;
  variant.message = rule.parameters.value(parameter, std::string(fallback));
  return variant;
}

std::string render(const RuleConfig& rule, const Fields& fields) {
  fmt::dynamic_format_arg_store<fmt::format_context> store;
  for (const auto name : kTemplateFields) {
    const auto it = fields.find(std::string(name));
    store.push_back(fmt::arg(name.data(), it == fields.end() ? std::string() : it->second));
  }
  return fmt::vformat(rule.message, store);
}

std::string metric_name(const Claim& c, const MetricTable& metrics) {
  if (c.subject.metric == metric_id::kCount) return "number of " + plural_noun(c.unit.noun);
  if (c.subject.metric == metric_id::kShareOf) return "share of " + plural_noun(c.unit.noun);
  const auto info = metrics.find(c.subject.metric);
  return info != metrics.end() ? info->second.name : c.subject.metric;
}

void add_subject_fields(Fields& fields, const std::string& entity_name, const std::string& metric) {
  // A sentence must still read when the subject is not known: "the figure".
  fields["entity"] = entity_name;
  fields["entity_possessive"] = entity_name.empty() ? "the" : possessive(entity_name);
  fields["metric"] = metric.empty() ? "figure" : metric;
}

Fields pair_fields(const Claim& a, const Claim& b, const std::string& entity_name, const std::string& metric) {
  Fields f{{"a", as_written(a)}, {"b", as_written(b)}, {"a_where", where(a, b)}, {"b_where", where(b, a)}};
  f["A_where"] = capitalise(f["a_where"]);
  f["B_where"] = capitalise(f["b_where"]);
  add_subject_fields(f, entity_name, metric);
  return f;
}

bool weakly_resolved(const Claim& c) {
  return c.subject.metric_weak || c.subject.entity_from_article() || c.subject.entity.empty() ||
         c.subject.metric.empty();
}

std::string capitalise(std::string s) {
  if (s.starts_with("the ") || s.starts_with("line ")) s[0] = static_cast<char>(s[0] - 'a' + 'A');
  return s;
}

std::string possessive(const std::string& name) {
  if (name.empty()) return name;
  return name.back() == 's' ? name + "'" : name + "'s";
}

std::string file_name(const std::string& id) { return std::filesystem::path(id).filename().string(); }

std::string join(const std::vector<std::string>& parts, std::string_view last_separator) {
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) out += i + 1 == parts.size() ? std::string(last_separator) : ", ";
    out += parts[i];
  }
  return out;
}

std::string as_written(const Claim& c) {
  return c.hedge.kind == HedgeKind::Exact ? c.text : c.hedge.word + " " + c.text;
}

std::string where(const Claim& c, const Claim& other) {
  const bool same_document = c.document == other.document;
  if (same_document && c.role == other.role) {
    // Same part of the article: say where, by line (and column when the line is shared).
    return c.span.line == other.span.line ? fmt::format("line {} column {}", c.span.line, c.span.column)
                                          : fmt::format("line {}", c.span.line);
  }
  if (same_document) return fmt::format("the {}", to_string(c.role));
  return c.role == Role::Headline ? fmt::format("the headline of {}", file_name(c.document)) : file_name(c.document);
}

std::string finding_fingerprint(std::string_view rule_id, const std::vector<Claim>& claims) {
  std::uint64_t h = fnv1a(rule_id);
  for (const Claim& c : claims) h = fnv1a(c.document, fnv1a(c.text, fnv1a(c.excerpt, h)));
  return fmt::format("{:016x}", h);
}

Finding build_finding(const RuleConfig& rule, std::vector<Claim> claims, const Fields& fields, std::string working,
                      double confidence, bool weak) {
  Finding f;
  f.rule = rule.id;
  f.kind = rule.kind;
  f.severity = rule.severity;
  const bool cross =
      std::any_of(claims.begin(), claims.end(), [&](const Claim& c) { return c.document != claims.front().document; });
  if (cross && rule.cross_document_severity) f.severity = std::min(f.severity, *rule.cross_document_severity);
  if (weak && rule.weak_subject_severity) f.severity = std::min(f.severity, *rule.weak_subject_severity);
  f.fingerprint = finding_fingerprint(rule.id, claims);
  f.confidence = std::round(confidence * 100) / 100;
  f.message = render(rule, fields);
  f.working = std::move(working);
  f.claims = std::move(claims);
  return f;
}

void merge_repeated_findings(std::vector<Finding>& findings) {
  using Key = std::tuple<std::string_view, std::string_view, std::size_t, std::size_t>;
  std::map<Key, std::vector<std::size_t>> by_questioned;
  for (std::size_t i = 0; i < findings.size(); ++i) {
    const Claim& q = findings[i].claims.front();
    by_questioned[{findings[i].rule, q.document, q.span.begin, q.span.end}].push_back(i);
  }
  std::vector<bool> merged_away(findings.size(), false);
  for (auto& [key, indices] : by_questioned) {
    if (indices.size() < 2) continue;
    const auto primary_at = std::min_element(indices.begin(), indices.end(), [&](std::size_t a, std::size_t b) {
      return std::tuple(-static_cast<int>(findings[a].severity), -findings[a].confidence, a) <
             std::tuple(-static_cast<int>(findings[b].severity), -findings[b].confidence, b);
    });
    Finding& primary = findings[*primary_at];
    const Claim questioned = primary.claims.front();
    auto already_named = [&](const Claim& c) {
      return std::any_of(primary.claims.begin(), primary.claims.end(), [&](const Claim& p) {
        return p.document == c.document && p.span.begin == c.span.begin && p.span.end == c.span.end;
      });
    };
    std::vector<std::string> others;
    for (const std::size_t i : indices) {
      if (i == *primary_at) continue;
      merged_away[i] = true;
      primary.confidence = std::max(primary.confidence, findings[i].confidence);
      for (Claim& c : findings[i].claims) {
        if (already_named(c)) continue;
        std::string named = fmt::format("{} ({})", as_written(c), where(c, questioned));
        if (std::find(others.begin(), others.end(), named) == others.end()) others.push_back(std::move(named));
        primary.claims.push_back(std::move(c));
      }
    }
    if (others.empty()) continue;
    constexpr std::size_t kNamed = 3;
    if (others.size() > kNamed) {
      const std::size_t rest = others.size() - kNamed;
      others.resize(kNamed);
      others.push_back(fmt::format("{} more", rest));
    }
    primary.message += fmt::format(" It also disagrees with {}.", join(others));
  }
  std::size_t kept = 0;
  for (std::size_t i = 0; i < findings.size(); ++i) {
    if (merged_away[i]) continue;
    if (kept != i) findings[kept] = std::move(findings[i]);  // never onto itself
    ++kept;
  }
  findings.resize(kept);
}

}  // namespace claimcheck
