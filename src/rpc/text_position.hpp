#pragma once
// Positions in an editor's document, as the Language Server Protocol counts them: a
// 0-based line and a character offset in that line in UTF-16 code units (the default)
// or in bytes (when client and server agree on "utf-8"). Converts them to and from
// byte offsets into the document's text, and applies the edits a client sends.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace claimcheck {

enum class PositionEncoding { Utf16, Utf8 };

struct TextPosition {
  std::uint32_t line = 0;
  std::uint32_t character = 0;
  friend bool operator==(const TextPosition&, const TextPosition&) = default;
};

// The starts of a text's lines, for conversions in both directions. Lines end at "\n"
// ("\r\n" ends one too: the "\r" counts as the line's last character).
class LineStarts {
 public:
  explicit LineStarts(std::string_view text);

  // The byte offset of `p`; a line past the end gives the text's end, a character past
  // its line's end gives the line's end (as the protocol asks).
  [[nodiscard]] std::size_t offset(TextPosition p, PositionEncoding encoding) const;
  // The position of byte `offset` (clamped to the text).
  [[nodiscard]] TextPosition position(std::size_t offset, PositionEncoding encoding) const;

 private:
  std::string_view text_;
  std::vector<std::size_t> starts_;
};

// Replaces [start, end) of `text` (positions as the client counts them) by `replacement`.
// A range whose end is before its start is refused with std::invalid_argument.
void apply_edit(std::string& text, TextPosition start, TextPosition end, std::string_view replacement,
                PositionEncoding encoding);

}  // namespace claimcheck
