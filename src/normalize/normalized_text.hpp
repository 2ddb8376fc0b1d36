#pragma once
// The text the extractor reads: the original bytes with compatibility forms folded
// (NFKC: full-width digits, "％", ligatures), typographic punctuation folded to ASCII
// (curly quotes, en dash and Unicode minus to '-', exotic spaces to ' '), CRLF to LF and
// invalid UTF-8 replaced by U+FFFD. Every offset in it maps back to the original bytes,
// so reports always point into the file the user wrote.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "model/markup_edit.hpp"

namespace claimcheck {

class NormalizedText {
 public:
  // Builds the normalised view of `original`, with the format layer's markup edits
  // applied (their replacement text is folded too). Never throws on bad bytes.
  static NormalizedText from(std::string_view original, const std::vector<MarkupEdit>& markup = {});

  [[nodiscard]] std::string_view text() const { return text_; }

  // Original byte offset of the character that starts at normalised offset `pos`.
  [[nodiscard]] std::size_t to_original_begin(std::size_t pos) const;
  // Original byte offset just past the character that ends at normalised offset `pos`.
  [[nodiscard]] std::size_t to_original_end(std::size_t pos) const;

  // Invalid UTF-8 sequences found, as original byte offsets (each replaced by U+FFFD).
  [[nodiscard]] const std::vector<std::size_t>& invalid_bytes() const { return invalid_; }

 private:
  // A stretch where the text was changed; between edits the two texts agree byte for byte.
  struct Edit {
    std::size_t normalized_begin;
    std::size_t normalized_length;
    std::size_t original_begin;
    std::size_t original_length;
  };

  std::string text_;
  std::vector<Edit> edits_;  // sorted by both offsets
  std::vector<std::size_t> invalid_;

  [[nodiscard]] const Edit* last_edit_at_or_before(std::size_t pos) const;
};

}  // namespace claimcheck
