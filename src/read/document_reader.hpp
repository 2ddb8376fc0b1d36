#pragma once
// Reads one file into a SourceDocument, detecting its format by extension and asking the
// format layer (read/markdown_format, read/html_format) for its markup. Throws InputError
// naming the file when it cannot be read or is not text.

#include <stdexcept>
#include <string>
#include <vector>

#include "model/diagnostic.hpp"
#include "read/source_document.hpp"

namespace claimcheck {

class InputError : public std::runtime_error {
 public:
  InputError(std::string path, const std::string& message) : std::runtime_error(message), path_(std::move(path)) {}
  [[nodiscard]] const std::string& path() const { return path_; }

 private:
  std::string path_;
};

inline constexpr std::size_t kDefaultMaxDocumentBytes = std::size_t{64} * 1024 * 1024;

Format format_for_path(const std::string& path);

SourceDocument read_document(const std::string& path, std::size_t max_bytes = kDefaultMaxDocumentBytes);

// read_document(), except that a JSON Lines file (read/jsonl_format.hpp) gives one
// document per record; its broken records go to `diagnostics`. Throws InputError as
// read_document() does.
std::vector<SourceDocument> read_documents(const std::string& path, Diagnostics& diagnostics,
                                           std::size_t max_bytes = kDefaultMaxDocumentBytes);

// Builds a document from bytes already in memory (stdin, tests); applies the format layer
// and finds the inline suppressions (read/suppressions.hpp).
SourceDocument make_document(std::string id, std::string bytes, Format format);

}  // namespace claimcheck
