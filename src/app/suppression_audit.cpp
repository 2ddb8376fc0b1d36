#include "app/suppression_audit.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "support/nearest_name.hpp"

namespace claimcheck {
namespace {

std::string unknown_rule(std::string_view id, const std::vector<std::string_view>& known) {
  const auto nearest = nearest_name(id, known);
  return fmt::format(
      "suppression names unknown rule '{}'{}", id,
      nearest ? fmt::format(" (did you mean '{}'?)", *nearest) : std::string(" (claimcheck rules lists them)"));
}

}  // namespace

SuppressionUse::SuppressionUse(const std::unordered_map<std::string, Suppressions>& suppressions)
    : suppressions_(suppressions) {
  for (const auto& [id, s] : suppressions_) {
    auto& slots = used_[id];
    for (const Suppressions::Stretch& stretch : s.stretches)
      slots.emplace_back(std::max<std::size_t>(1, stretch.rules.size()));
  }
}

bool SuppressionUse::silences(const Finding& finding) {
  const Claim& first = finding.claims.front();
  const auto it = suppressions_.find(first.document);
  if (it == suppressions_.end()) return false;
  const auto matches = it->second.matches(finding.rule, first.span.begin);
  auto& slots = used_.at(it->first);
  for (const Suppressions::Match& m : matches) slots[m.stretch][m.rule] = true;
  return !matches.empty();
}

Diagnostics SuppressionUse::audit(const std::vector<std::string_view>& known, UnusedSuppressions unused) const {
  std::vector<std::string_view> ids;
  for (const auto& [id, s] : suppressions_) ids.push_back(id);
  std::sort(ids.begin(), ids.end());
  const bool report_unused = unused == UnusedSuppressions::Report;
  const DiagnosticLevel level = report_unused ? DiagnosticLevel::Error : DiagnosticLevel::Notice;
  Diagnostics out;
  for (const std::string_view id : ids) {
    const auto& stretches = suppressions_.at(std::string(id)).stretches;
    const auto& slots = used_.at(id);
    for (std::size_t i = 0; i < stretches.size(); ++i) {
      const auto& rules = stretches[i].rules;
      const auto line = static_cast<std::uint32_t>(stretches[i].line);
      const std::string at = fmt::format("line {}: ", line);
      for (std::size_t r = 0; r < slots[i].size(); ++r) {
        const bool is_known = rules.empty() || std::find(known.begin(), known.end(), rules[r]) != known.end();
        if (!is_known) {
          out.push_back({level, std::string(id), at + unknown_rule(rules[r], known), line});
        } else if (report_unused && !slots[i][r]) {
          out.push_back({level, std::string(id),
                         at + (rules.empty() ? std::string("suppression silences no finding")
                                             : fmt::format("suppression of '{}' silences no finding", rules[r])),
                         line});
        }
      }
    }
  }
  return out;
}

}  // namespace claimcheck
