#pragma once
// The shape of an article as scraped text: which line is the headline, which are section
// headings, which form a table (scraped tables arrive as one row per line with the cells
// glued together: "Meta$115 - $135 billionIn-house chips"), and where sentences end.
// Works on the normalised text; offsets are normalised offsets.

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "model/claim.hpp"

namespace claimcheck {

struct TextLine {
  std::size_t begin = 0;
  std::size_t end = 0;  // exclusive, before the '\n'
  Role role = Role::Body;
  // For table rows: index of the table's header line.
  std::optional<std::size_t> table_header;
};

struct TextRange {
  std::size_t begin = 0;
  std::size_t end = 0;
};

class Layout {
 public:
  // `headline_hint`: a title known from metadata (front matter, <title>); lines equal to
  // it are headlines wherever they stand.
  static Layout analyse(std::string_view text, std::string_view headline_hint = {});

  [[nodiscard]] const std::vector<TextLine>& lines() const { return lines_; }
  [[nodiscard]] std::size_t line_index_at(std::size_t offset) const;
  [[nodiscard]] const TextLine& line_at(std::size_t offset) const { return lines_[line_index_at(offset)]; }
  // The sentence holding `offset`: bounded by sentence punctuation or the line's ends.
  [[nodiscard]] TextRange sentence_at(std::size_t offset) const;
  // The headline's text, or empty.
  [[nodiscard]] std::string_view headline() const;

  // The cells of a table row: split at '|' in Markdown tables, and in scraped tables at
  // the joins the cells left when they were glued ("Beat$4.9 billion+9%+4.6%" is "Beat",
  // "$4.9 billion", "+9%", "+4.6%"). Empty for a line that is not a table row.
  [[nodiscard]] std::vector<TextRange> cells(std::size_t line_index) const;
  // A table row whose cells are delimited (tabs, Markdown pipes) rather than glued: its
  // columns can be read.
  [[nodiscard]] bool has_delimited_cells(std::size_t line_index) const;
  // The header cell above the cell holding `offset`, when the row and its header have
  // the same number of cells.
  [[nodiscard]] std::optional<TextRange> header_cell_at(std::size_t offset) const;

 private:
  std::string_view text_;
  std::vector<TextLine> lines_;
  // Offsets of every sentence-ending '.', '!' or '?', ascending: built once per document
  // so that sentence_at, asked several times for each claim, is a binary search.
  std::vector<std::size_t> sentence_ends_;
};

}  // namespace claimcheck
