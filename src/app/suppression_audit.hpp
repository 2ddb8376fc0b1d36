#pragma once
// What the inline suppressions of a run did (read/suppressions.hpp): a rule id in a
// comment that no loaded rule has ("headline-vs-bdy") is a notice naming the file, the
// comment's line and the nearest known id, since it silences nothing; with
// --report-unused-suppressions, such ids and every suppression that silenced no finding
// are errors instead (exit code 2), as ESLint's --report-unused-disable-directives and
// ruff's unused-noqa, so stale comments do not pile up in a newsroom's archive.

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "model/diagnostic.hpp"
#include "model/finding.hpp"
#include "read/suppressions.hpp"

namespace claimcheck {

enum class UnusedSuppressions { Ignore, Report };

// Which rule of which stretch silenced a finding, per document id.
class SuppressionUse {
 public:
  explicit SuppressionUse(const std::unordered_map<std::string, Suppressions>& suppressions);

  // Whether a suppression covers the finding (its questioned claim), marking each that does.
  bool silences(const Finding& finding);

  // The diagnostics above, in document order; `known` holds every loaded rule id.
  [[nodiscard]] Diagnostics audit(const std::vector<std::string_view>& known, UnusedSuppressions unused) const;

 private:
  const std::unordered_map<std::string, Suppressions>& suppressions_;
  // Per document, per stretch, per rule of the stretch (one slot for "every rule").
  std::unordered_map<std::string_view, std::vector<std::vector<bool>>> used_;
};

}  // namespace claimcheck
