#pragma once
// Document ids: the path as the user gave it, or "FILE#ID" for a record of a JSON Lines
// file (read/jsonl_format.hpp), so that reports name the record.

#include <string_view>

namespace claimcheck {

// The file a document id names: "a.jsonl#7" -> "a.jsonl"; any other id is a file itself.
std::string_view document_file(std::string_view document_id);

}  // namespace claimcheck
