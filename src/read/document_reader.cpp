#include "read/document_reader.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <limits>
#include <optional>

#include "read/html_format.hpp"
#include "read/jsonl_format.hpp"
#include "read/markdown_format.hpp"

namespace claimcheck {

Format format_for_path(const std::string& path) {
  const std::string ext = std::filesystem::path(path).extension().string();
  if (ext == ".md" || ext == ".markdown") return Format::Markdown;
  if (ext == ".html" || ext == ".htm") return Format::Html;
  return Format::Text;
}

SourceDocument make_document(std::string id, std::string bytes, Format format) {
  SourceDocument doc;
  doc.id = std::move(id);
  doc.bytes = std::move(bytes);
  doc.format = format;
  doc.suppressions = find_suppressions(doc.bytes);
  switch (format) {
    case Format::Markdown:
      apply_markdown_format(doc);
      break;
    case Format::Html:
      apply_html_format(doc);
      break;
    case Format::Text:
      // The comments are not prose: hidden, so that one on the first line is no headline.
      for (const auto& [begin, end] : doc.suppressions.comments) doc.markup.push_back({begin, end - begin, {}});
      break;
  }
  return doc;
}

namespace {

// Opens `path` for reading, or throws InputError saying why not (a FIFO or a device is
// refused: support/readable_file.hpp).
ReadableFile open_input(const std::string& path) {
  ReadableFile file(path);
  if (!file.ok()) throw InputError(path, file.error());
  return file;
}

// UTF-16 text is full of NUL bytes too, but it is an article in the wrong encoding: say so.
std::string_view utf16_kind(std::string_view bytes) {
  if (bytes.starts_with("\xFF\xFE")) return "UTF-16LE (byte order mark FF FE)";
  if (bytes.starts_with("\xFE\xFF")) return "UTF-16BE (byte order mark FE FF)";
  // Without a byte order mark: most characters ASCII, so every other byte is NUL.
  const std::size_t n = std::min<std::size_t>(bytes.size(), 4096) & ~std::size_t{1};
  if (n < 8) return {};
  std::size_t even = 0;
  std::size_t odd = 0;
  for (std::size_t i = 0; i < n; i += 2) {
    even += bytes[i] == '\0' ? 1 : 0;
    odd += bytes[i + 1] == '\0' ? 1 : 0;
  }
  if (odd * 10 >= n / 2 * 9 && even == 0) return "UTF-16LE (no byte order mark)";
  if (even * 10 >= n / 2 * 9 && odd == 0) return "UTF-16BE (no byte order mark)";
  return {};
}

void refuse_binary(const std::string& path, std::string_view bytes) {
  if (bytes.find('\0') == std::string_view::npos) return;
  if (const std::string_view kind = utf16_kind(bytes); !kind.empty()) {
    throw InputError(path, fmt::format("{} text, not UTF-8: convert it first, e.g. iconv -f UTF-16 -t UTF-8", kind));
  }
  throw InputError(path, "binary file (contains NUL bytes), not an article");
}

std::string read_bytes(const std::string& path, std::size_t max_bytes) {
  max_bytes = std::min(max_bytes, kLargestDocumentBytes);
  const ReadableFile file = open_input(path);
  if (file.size() > max_bytes) {
    throw InputError(path, fmt::format("file is {} bytes, over the limit of {} bytes", file.size(), max_bytes));
  }
  std::string bytes;
  // A file that grew since it was opened is read up to the limit.
  switch (file.read_all(bytes, max_bytes)) {
    case ReadStatus::Ok:
      break;
    case ReadStatus::TooLarge:
      throw InputError(path, fmt::format("file grew past the limit of {} bytes while being read", max_bytes));
    case ReadStatus::Error:
      throw InputError(path, fmt::format("read error: {}", std::strerror(errno)));
  }
  refuse_binary(path, bytes);
  return bytes;
}

}  // namespace

SourceDocument read_document(const std::string& path, std::size_t max_bytes) {
  return make_document(path, read_bytes(path, max_bytes), format_for_path(path));
}

ArticleFile::ArticleFile(const std::string& path, std::size_t max_bytes, std::size_t window_bytes)
    : path_(path),
      max_bytes_(std::min(max_bytes, kLargestDocumentBytes)),
      window_bytes_(window_bytes),
      is_jsonl_(is_jsonl_path(path)) {
  if (!is_jsonl_) {
    bytes_ = read_bytes(path, max_bytes);
    empty_ = bytes_.empty();
    return;
  }
  // A JSON Lines file streams: the limit is on each of its records, not on the file.
  in_ = open_input(path);
  empty_ = in_.size() == 0;
  unread_ = in_.size();
}

bool ArticleFile::next_window() {
  if (done_) return false;
  if (!is_jsonl_) {
    done_ = true;
    return true;
  }
  first_index_ += lines_.size();
  window_offset_ += bytes_.size();
  lines_before_ += static_cast<std::size_t>(std::count(bytes_.begin(), bytes_.end(), '\n'));
  read_lines();
  lines_ = jsonl_lines(bytes_);
  for (JsonlLine& line : lines_) {
    line.number += lines_before_;
    line.offset += window_offset_;
  }
  if (bytes_.empty()) done_ = true;
  return !bytes_.empty();
}

void ArticleFile::read_lines() {
  bytes_ = std::move(carry_);
  carry_.clear();
  // Whole lines: read on until the window holds a line end, then keep what follows the
  // last one for the next window. No bigger a buffer than what is left of the file (a
  // small export is not padded out to a whole window); a file that grows meanwhile is
  // read on in small steps.
  std::size_t want = std::min(window_bytes_ > bytes_.size() ? window_bytes_ - bytes_.size() : 0, unread_);
  while (!at_end_) {
    const std::size_t at = bytes_.size();
    bytes_.resize(at + std::max<std::size_t>(want, 1 << 16));
    const ssize_t got = in_.read(bytes_.data() + at, bytes_.size() - at);
    if (got < 0) throw InputError(path_, fmt::format("read error: {}", std::strerror(errno)));
    bytes_.resize(at + static_cast<std::size_t>(got));
    at_end_ = at + static_cast<std::size_t>(got) < at + std::max<std::size_t>(want, 1 << 16);
    unread_ -= std::min(unread_, static_cast<std::size_t>(got));
    if (bytes_.find('\n', at) != std::string::npos) break;
    // No line end yet: the line in progress is the whole buffer. Past the record limit it
    // is refused here, before it is read whole (a 10 GB line would otherwise be).
    if (bytes_.size() > max_bytes_ + 1) {
      throw InputError(path_,
                       fmt::format("line {}: record is over the limit of {} bytes; the rest of the file is not read",
                                   lines_before_ + 1, max_bytes_),
                       lines_before_ + 1);
    }
    want = 0;
  }
  refuse_binary(path_, bytes_);
  if (!at_end_) {
    const std::size_t last = bytes_.rfind('\n');
    carry_.assign(bytes_, last + 1);
    bytes_.resize(last + 1);
  }
}

SourceDocument ArticleFile::take(std::size_t i) {
  if (!is_jsonl_) return make_document(path_, std::move(bytes_), format_for_path(path_));
  const JsonlLine& line = lines_.at(i);
  if (line.text.size() > max_bytes_) {
    throw InputError(path_,
                     fmt::format("line {}: record is {} bytes, over the limit of {} bytes", line.number,
                                 line.text.size(), max_bytes_),
                     line.number);
  }
  return read_jsonl_record(path_, line.text, line.number, line.offset);
}

}  // namespace claimcheck
