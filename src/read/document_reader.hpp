#pragma once
// Reads a file into SourceDocuments (one, or one per JSON Lines record), detecting its
// format by extension and asking the format layer (read/markdown_format, html_format,
// jsonl_format) for its markup. Throws InputError naming the file when it cannot be read
// or is not text.

#include <stdexcept>
#include <string>
#include <vector>

#include "read/jsonl_format.hpp"
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

// A file read whole and split into its articles before they are parsed: one article for
// a plain file, one per non-blank line of a JSON Lines file, whose records are parsed by
// take() so that several threads can parse them. Throws InputError as read_document() does.
class ArticleFile {
 public:
  ArticleFile(const std::string& path, std::size_t max_bytes = kDefaultMaxDocumentBytes);

  [[nodiscard]] bool empty() const { return bytes_.empty(); }
  [[nodiscard]] std::size_t size() const { return is_jsonl_ ? lines_.size() : 1; }
  [[nodiscard]] bool is_jsonl() const { return is_jsonl_; }
  // Article i, each taken once (a plain file's bytes move into it). Threads may take
  // different articles at once. A broken JSON Lines record throws std::invalid_argument
  // starting "line N: ".
  [[nodiscard]] SourceDocument take(std::size_t i);

 private:
  std::string path_;
  std::string bytes_;
  bool is_jsonl_ = false;
  std::vector<JsonlLine> lines_;
};

// Builds a document from bytes already in memory (stdin, tests); applies the format layer
// and finds the inline suppressions (read/suppressions.hpp).
SourceDocument make_document(std::string id, std::string bytes, Format format);

}  // namespace claimcheck
