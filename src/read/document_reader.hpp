#pragma once
// Reads a file into SourceDocuments (one, or one per JSON Lines record), detecting its
// format by extension and asking the format layer (read/markdown_format, html_format,
// jsonl_format) for its markup. Throws InputError naming the file when it cannot be read
// or is not text.

#include <cstdint>
#include <fstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "model/input_error.hpp"
#include "read/jsonl_format.hpp"
#include "read/source_document.hpp"
#include "support/readable_file.hpp"

namespace claimcheck {

inline constexpr std::size_t kDefaultMaxDocumentBytes = std::size_t{64} * 1024 * 1024;
// The largest document read at all, whatever limit is asked for: a claim's place in its
// document is kept in 32 bits (group/claim_store.hpp).
inline constexpr std::size_t kLargestDocumentBytes = (std::size_t{1} << 32U) - 1;

Format format_for_path(const std::string& path);

SourceDocument read_document(const std::string& path, std::size_t max_bytes = kDefaultMaxDocumentBytes);

// How much of a JSON Lines file is in memory at once: whole lines up to about this many
// bytes (a line longer than this is read whole), so an export of any size streams.
inline constexpr std::size_t kJsonlWindowBytes = std::size_t{32} * 1024 * 1024;

// A file split into its articles before they are parsed: one article for a plain file
// (read whole), one per non-blank line of a JSON Lines file, read a window of lines at a
// time; take() parses a record, so that several threads can parse a window's records.
// `max_bytes` limits a plain file, and each record of a JSON Lines file (which streams).
// Throws InputError as read_document() does, from the constructor or from next_window().
class ArticleFile {
 public:
  explicit ArticleFile(const std::string& path, std::size_t max_bytes = kDefaultMaxDocumentBytes,
                       std::size_t window_bytes = kJsonlWindowBytes);

  // The file has no bytes at all.
  [[nodiscard]] bool empty() const { return empty_; }
  [[nodiscard]] bool is_jsonl() const { return is_jsonl_; }
  // Moves to the next window of articles: the whole file once for a plain file; the next
  // lines of a JSON Lines file. false once the file is done.
  [[nodiscard]] bool next_window();
  // The window's articles, and the file-wide index of its first one.
  [[nodiscard]] std::size_t size() const { return is_jsonl_ ? lines_.size() : 1; }
  [[nodiscard]] std::size_t first_index() const { return first_index_; }
  // The bytes of the window just reached (before take() moves a plain file's bytes out),
  // for a progress display.
  [[nodiscard]] std::size_t window_bytes() const { return bytes_.size(); }
  // Article i of the window, each taken once (a plain file's bytes move into it). Threads
  // may take different articles at once. A broken JSON Lines record throws InputError
  // with its line.
  [[nodiscard]] SourceDocument take(std::size_t i);

 private:
  void read_lines();

  std::string path_;
  std::size_t max_bytes_;  // a plain file's limit; each record's in a JSON Lines file
  std::size_t window_bytes_;
  bool is_jsonl_ = false;
  bool empty_ = false;
  bool done_ = false;
  ReadableFile in_;         // a JSON Lines file, streamed
  bool at_end_ = false;     // in_ has been read to its end
  std::string bytes_;       // a plain file, or the window's lines
  std::string carry_;       // the start of the line after the window
  std::size_t unread_ = 0;  // bytes of the file not read yet, as far as its size says
  std::size_t window_offset_ = 0;
  std::size_t lines_before_ = 0;  // physical lines before the window
  std::size_t first_index_ = 0;
  std::vector<JsonlLine> lines_;
};

// Builds a document from bytes already in memory (stdin, tests); applies the format layer
// and finds the inline suppressions (read/suppressions.hpp).
SourceDocument make_document(std::string id, std::string bytes, Format format);

}  // namespace claimcheck
