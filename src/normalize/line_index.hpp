#pragma once
// Line and column of a byte offset in the original file: 1-based lines (LF, CRLF or CR
// end a line) and 1-based columns counted in code points, as editors show them.

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace claimcheck {

struct LineColumn {
  std::uint32_t line = 1;
  std::uint32_t column = 1;
};

class LineIndex {
 public:
  explicit LineIndex(std::string_view original);

  [[nodiscard]] LineColumn locate(std::size_t offset) const;
  // The text of the line holding `offset`, without its line ending.
  [[nodiscard]] std::string_view line_text(std::size_t offset) const;

 private:
  std::string_view text_;
  std::vector<std::size_t> line_starts_;
};

}  // namespace claimcheck
