#pragma once
// JSON Lines articles (*.jsonl), the form a publishing pipeline exports: one record per
// line, {"id", "title", "body", "date", "source"}; "body" is required, the others are
// optional ("id" may be a string or a number). Each record becomes one document:
//   id:    "FILE#ID" (or "FILE#LINE" without an id), so reports name the record;
//   text:  the title (the headline), a blank line, the body, with JSON escapes decoded;
//   date:  "date" when it starts with an ISO date; "source" is accepted and not used.
// The document's bytes are the record's line, and markup edits hide the JSON syntax and
// decode the escapes, so every claim location points into the .jsonl file itself: the
// record's line, and the column of the figure within that line as written (escapes
// counted as written). Inline suppressions in the title or body work as in other formats,
// with "next line" meaning the next line of the decoded text.
// A line that is not such a record becomes an error naming the file and the line; the
// other records are still read. Blank lines are skipped.

#include <string>
#include <string_view>
#include <vector>

#include "model/diagnostic.hpp"
#include "model/document_id.hpp"
#include "model/input_error.hpp"
#include "read/source_document.hpp"

namespace claimcheck {

bool is_jsonl_path(std::string_view path);

std::vector<SourceDocument> read_jsonl_documents(const std::string& path, std::string_view bytes,
                                                 Diagnostics& diagnostics);

// One record: `line` (without its line break) is line `line_number` of `path` and starts
// at byte `line_offset`. Throws InputError with the line (and the column of a JSON syntax
// error), its message saying what is wrong, starting "line N: ".
SourceDocument read_jsonl_record(const std::string& path, std::string_view line, std::size_t line_number,
                                 std::size_t line_offset);

// The non-blank lines of a JSON Lines file, without their line breaks: where each starts
// and its 1-based number. Cheap (one scan for '\n'), so that the records themselves can
// be parsed on several threads with read_jsonl_record().
struct JsonlLine {
  std::string_view text;
  std::size_t number = 0;
  std::size_t offset = 0;
};
std::vector<JsonlLine> jsonl_lines(std::string_view bytes);

}  // namespace claimcheck
