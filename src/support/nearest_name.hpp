#pragma once
// "Did you mean ...?": the known name closest to a mistyped one, by edit distance
// (Levenshtein: insertions, deletions, substitutions, each costing one). A suggestion is
// only made when the typo is small next to the word (at most a third of its letters,
// and at least one), as git and cargo do: "chek" -> "check", but "xyz" -> nothing.

#include <algorithm>
#include <cstddef>
#include <numeric>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace claimcheck {

inline std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  std::iota(row.begin(), row.end(), std::size_t{0});
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

// The closest of `known` to `typed`, if close enough to be what was meant; the first of
// equally close names wins.
template <typename Names>
std::optional<std::string> nearest_name(std::string_view typed, const Names& known) {
  const std::size_t allowed = std::max<std::size_t>(1, typed.size() / 3);
  std::optional<std::string> best;
  std::size_t best_distance = allowed + 1;
  for (const auto& name : known) {
    const std::size_t d = edit_distance(typed, name);
    if (d < best_distance && d > 0) {
      best_distance = d;
      best = std::string(name);
    }
  }
  return best;
}

}  // namespace claimcheck
