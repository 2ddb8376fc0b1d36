#include "normalize/line_index.hpp"

#include <algorithm>

#include "support/utf8.hpp"

namespace claimcheck {

LineIndex::LineIndex(std::string_view original) : text_(original) {
  line_starts_.push_back(0);
  for (std::size_t i = 0; i < original.size(); ++i) {
    const bool lone_cr = original[i] == '\r' && (i + 1 >= original.size() || original[i + 1] != '\n');
    if (original[i] == '\n' || lone_cr) line_starts_.push_back(i + 1);
  }
}

// A UTF-8 byte order mark is not a column: line 1 starts after it.
std::size_t LineIndex::line_start(std::size_t line, std::size_t offset) const {
  const std::size_t start = line_starts_[line - 1];
  return line == 1 && text_.starts_with(kUtf8Bom) ? std::min(offset, kUtf8Bom.size()) : start;
}

LineColumn LineIndex::locate(std::size_t offset) const {
  offset = std::min(offset, text_.size());
  const auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  const auto line = static_cast<std::size_t>(it - line_starts_.begin());  // >= 1
  const std::size_t start = line_start(line, offset);
  const auto column = utf8::count_code_points(text_.substr(start, offset - start)) + 1;
  return {static_cast<std::uint32_t>(line), static_cast<std::uint32_t>(column)};
}

LineColumn LineIndex::Cursor::locate(std::size_t offset) {
  offset = std::min(offset, index_.text_.size());
  const auto it = std::upper_bound(index_.line_starts_.begin(), index_.line_starts_.end(), offset);
  const auto line = static_cast<std::uint32_t>(it - index_.line_starts_.begin());
  if (offset < offset_ || line != at_.line) {
    at_ = index_.locate(offset);
  } else {
    const std::size_t from = std::max(offset_, index_.line_start(line, offset));
    at_.column += static_cast<std::uint32_t>(utf8::count_code_points(index_.text_.substr(from, offset - from)));
  }
  offset_ = offset;
  return at_;
}

std::string_view LineIndex::line_text(std::size_t offset) const {
  offset = std::min(offset, text_.size());
  const auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  const std::size_t start = line_start(static_cast<std::size_t>(it - line_starts_.begin()), offset);
  std::size_t end = it == line_starts_.end() ? text_.size() : *it;
  while (end > start && (text_[end - 1] == '\n' || text_[end - 1] == '\r')) --end;
  return text_.substr(start, end - start);
}

}  // namespace claimcheck
