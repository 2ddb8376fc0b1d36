#pragma once
// What a format reader (read/) asks the normaliser (normalize/) to hide or replace in a
// file's bytes: HTML tags, entities, YAML front matter, JSON syntax. Applied by the
// normaliser so that every offset still maps into the original bytes.

#include <cstddef>
#include <string>

namespace claimcheck {

// Replace original bytes [begin, begin + length) with `replacement` in the text the
// extractor reads. Edits are sorted and never overlap.
struct MarkupEdit {
  std::size_t begin = 0;
  std::size_t length = 0;
  std::string replacement;
};

}  // namespace claimcheck
