#pragma once
// A file as read, before normalisation: its bytes, its format, and the markup the format
// layer wants hidden or replaced (HTML tags, entities, YAML front matter). Markup edits
// are applied by the normaliser so that every offset still maps into the original bytes.

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "model/markup_edit.hpp"
#include "read/suppressions.hpp"

namespace claimcheck {

enum class Format { Text, Markdown, Html };

// What the format layer left unread or changed, for a notice; `at` is where (a byte offset
// into the document's bytes, which the notice's line and column are found from), or npos
// for the document as a whole.
struct FormatNotice {
  std::string message;
  std::size_t at = std::string::npos;
};

struct SourceDocument {
  std::string id;     // the path as given by the user
  std::string bytes;  // the file exactly as read
  Format format = Format::Text;
  std::vector<MarkupEdit> markup;
  std::string title;          // from metadata, when the format has it
  std::string date;           // ISO date from metadata, when the format has it
  Suppressions suppressions;  // inline claimcheck-disable comments, offsets into the file
  std::vector<FormatNotice> notices;
  // Where `bytes` start in the file: 0 and line 1 for a whole file, the record's line for
  // a JSON Lines record (read/jsonl_format.hpp). Claim locations are shifted by them.
  std::size_t origin_offset = 0;
  std::uint32_t origin_line = 1;
};

}  // namespace claimcheck
