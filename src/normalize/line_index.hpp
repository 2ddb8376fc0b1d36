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

  // Locates offsets given in increasing order in time linear in the text, however long
  // its lines: each call counts only the code points since the previous one.
  class Cursor {
   public:
    explicit Cursor(const LineIndex& index) : index_(index) {}
    [[nodiscard]] LineColumn locate(std::size_t offset);

   private:
    const LineIndex& index_;
    std::size_t offset_ = 0;
    LineColumn at_{};
  };
  // The text of the line holding `offset`, without its line ending.
  [[nodiscard]] std::string_view line_text(std::size_t offset) const;

 private:
  static constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";
  [[nodiscard]] std::size_t line_start(std::size_t line, std::size_t offset) const;

  std::string_view text_;
  std::vector<std::size_t> line_starts_;
};

}  // namespace claimcheck
