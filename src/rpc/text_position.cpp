#include "rpc/text_position.hpp"

#include <algorithm>
#include <stdexcept>

namespace claimcheck {

namespace {

// Bytes in the UTF-8 sequence a lead byte starts (1 for a stray continuation byte).
std::size_t sequence_length(unsigned char lead) {
  if (lead >= 0xF0) return 4;
  if (lead >= 0xE0) return 3;
  if (lead >= 0xC0) return 2;
  return 1;
}

// UTF-16 code units of the character a lead byte starts: two for one beyond the BMP.
std::uint32_t utf16_units(unsigned char lead) { return lead >= 0xF0 ? 2 : 1; }

}  // namespace

LineStarts::LineStarts(std::string_view text) : text_(text) {
  starts_.push_back(0);
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') starts_.push_back(i + 1);
  }
}

std::size_t LineStarts::offset(TextPosition p, PositionEncoding encoding) const {
  if (p.line >= starts_.size()) return text_.size();
  const std::size_t begin = starts_[p.line];
  const std::size_t end = p.line + 1 < starts_.size() ? starts_[p.line + 1] - 1 : text_.size();
  if (encoding == PositionEncoding::Utf8) return std::min(begin + p.character, end);
  std::size_t at = begin;
  std::uint32_t units = 0;
  while (at < end && units < p.character) {
    const auto lead = static_cast<unsigned char>(text_[at]);
    units += utf16_units(lead);
    at = std::min(end, at + sequence_length(lead));
  }
  return at;
}

TextPosition LineStarts::position(std::size_t offset, PositionEncoding encoding) const {
  offset = std::min(offset, text_.size());
  const auto next = std::upper_bound(starts_.begin(), starts_.end(), offset);
  const auto line = static_cast<std::uint32_t>(next - starts_.begin() - 1);
  const std::size_t begin = starts_[line];
  if (encoding == PositionEncoding::Utf8) return {line, static_cast<std::uint32_t>(offset - begin)};
  std::uint32_t units = 0;
  for (std::size_t at = begin; at < offset;) {
    const auto lead = static_cast<unsigned char>(text_[at]);
    units += utf16_units(lead);
    at += sequence_length(lead);
  }
  return {line, units};
}

void apply_edit(std::string& text, TextPosition start, TextPosition end, std::string_view replacement,
                PositionEncoding encoding) {
  const LineStarts lines(text);
  const std::size_t from = lines.offset(start, encoding);
  const std::size_t to = lines.offset(end, encoding);
  if (to < from) throw std::invalid_argument("the change's range ends before it starts");
  text.replace(from, to - from, replacement);
}

}  // namespace claimcheck
