#pragma once
// Inline suppressions, written in the article as HTML comments (plain text, Markdown and
// HTML alike):
//   <!-- claimcheck-disable-next-line decimal-slip,consistency -->  the next line, those rules
//   <!-- claimcheck-disable-next-line -->                           the next line, every rule
//   <!-- claimcheck-disable scale-slip -->                          the whole file, that rule
//   <!-- claimcheck-disable -->                                     the whole file, every rule
// Rule ids are separated by commas and/or spaces. Found when a document is read; a
// finding is dropped (and counted as suppressed) when its questioned claim starts in a
// suppressed stretch of its document.

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace claimcheck {

struct Suppressions {
  // A stretch of the document's bytes [begin, end) where `rules` (all when empty) are off.
  struct Stretch {
    std::size_t begin = 0;
    std::size_t end = 0;
    std::vector<std::string> rules;
    std::size_t line = 1;  // the comment's line (a JSON Lines record's line in its file)
  };
  // A rule a stretch switches off where a finding stands: the stretch's index, and the
  // rule's index in its list (0 when the list is empty: every rule).
  struct Match {
    std::size_t stretch = 0;
    std::size_t rule = 0;
  };
  std::vector<Stretch> stretches;
  // Where the comments themselves stand, [begin, end) each, so a format can hide them.
  std::vector<std::pair<std::size_t, std::size_t>> comments;

  [[nodiscard]] bool suppresses(std::string_view rule, std::size_t offset) const;
  // Every stretch that switches `rule` off at `offset` (what --report-unused-suppressions
  // counts as used).
  [[nodiscard]] std::vector<Match> matches(std::string_view rule, std::size_t offset) const;
  [[nodiscard]] bool empty() const { return stretches.empty(); }
};

// The suppression comments in `text`; offsets index `text`. The next line of a
// disable-next-line comment is the line after the one the comment ends on.
Suppressions find_suppressions(std::string_view text);

}  // namespace claimcheck
