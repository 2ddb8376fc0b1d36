#include "read/document_reader.hpp"

#include <fmt/format.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>

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

std::string read_bytes(const std::string& path, std::size_t max_bytes) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) throw InputError(path, "is a directory");
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError(path, fmt::format("cannot open: {}", std::strerror(errno)));
  const auto size = std::filesystem::file_size(path, ec);
  if (!ec && size > max_bytes) {
    throw InputError(path, fmt::format("file is {} bytes, over the limit of {} bytes", size, max_bytes));
  }
  std::string bytes;
  if (!ec) {  // one read of the whole file
    bytes.resize(size);
    in.read(bytes.data(), static_cast<std::streamsize>(size));
    bytes.resize(static_cast<std::size_t>(in.gcount()));
  }
  // A size that could not be learnt, or a file that grew since.
  if (in) bytes.append(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  if (in.bad()) throw InputError(path, "read error");
  if (bytes.find('\0') != std::string::npos) throw InputError(path, "binary file (contains NUL bytes), not an article");
  return bytes;
}

}  // namespace

SourceDocument read_document(const std::string& path, std::size_t max_bytes) {
  return make_document(path, read_bytes(path, max_bytes), format_for_path(path));
}

ArticleFile::ArticleFile(const std::string& path, std::size_t max_bytes)
    : path_(path), bytes_(read_bytes(path, max_bytes)), is_jsonl_(is_jsonl_path(path) && !bytes_.empty()) {
  if (is_jsonl_) lines_ = jsonl_lines(bytes_);
}

SourceDocument ArticleFile::take(std::size_t i) {
  if (!is_jsonl_) return make_document(path_, std::move(bytes_), format_for_path(path_));
  const JsonlLine& line = lines_.at(i);
  return read_jsonl_record(path_, line.text, line.number, line.offset);
}

}  // namespace claimcheck
