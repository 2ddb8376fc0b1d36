#include "read/markdown_format.hpp"

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <optional>

#include "read/document_reader.hpp"

namespace claimcheck {
namespace {

struct FrontMatter {
  std::size_t end = 0;  // byte just past the closing '---' line
};

// The front matter block: "---\n...\n---\n" at the very start of the file.
std::optional<FrontMatter> find_front_matter(std::string_view text) {
  if (!text.starts_with("---\n") && !text.starts_with("---\r\n")) return std::nullopt;
  std::size_t pos = text.find('\n') + 1;
  while (pos < text.size()) {
    std::size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos) eol = text.size();
    std::string_view line = text.substr(pos, eol - pos);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line == "---" || line == "...") return FrontMatter{std::min(eol + 1, text.size())};
    pos = eol + 1;
  }
  return std::nullopt;
}

void hide(std::vector<MarkupEdit>& edits, std::size_t begin, std::size_t end, std::string replacement = {}) {
  if (end > begin) edits.push_back({begin, end - begin, std::move(replacement)});
}

void hide_front_matter(SourceDocument& doc, const FrontMatter& fm) {
  const std::string_view text = doc.bytes;
  YAML::Node meta;
  try {
    meta = YAML::Load(std::string(text.substr(4, fm.end - 4)).substr(0, fm.end - 4));
  } catch (const YAML::Exception& e) {
    // The YAML starts on the file's second line, after "---".
    throw InputError(doc.id, fmt::format("malformed YAML front matter: {}", e.msg),
                     e.mark.is_null() ? 0 : static_cast<std::size_t>(e.mark.line) + 2);
  }
  if (meta.IsMap()) {
    if (meta["title"] && meta["title"].IsScalar()) doc.title = meta["title"].as<std::string>();
    if (meta["date"] && meta["date"].IsScalar()) doc.date = meta["date"].as<std::string>();
  }
  // Keep the title's value where it stands, so headline figures have a real location.
  std::size_t keep_begin = 0;
  std::size_t keep_end = 0;
  if (!doc.title.empty()) {
    const std::size_t line = text.find("\ntitle:");
    if (line != std::string_view::npos && line < fm.end) {
      const std::size_t value = text.find(doc.title, line);
      if (value != std::string_view::npos && value < fm.end) {
        keep_begin = value;
        keep_end = value + doc.title.size();
      }
    }
  }
  if (keep_end > keep_begin) {
    hide(doc.markup, 0, keep_begin, "\n");
    hide(doc.markup, keep_end, fm.end, "\n\n");
  } else {
    hide(doc.markup, 0, fm.end, "\n");
  }
}

void hide_inline_markup(SourceDocument& doc, std::size_t from) {
  const std::string_view text = doc.bytes;
  std::size_t i = from;
  bool line_start = true;
  while (i < text.size()) {
    const char c = text[i];
    if (line_start && c == '#') {
      std::size_t j = i;
      while (j < text.size() && text[j] == '#') ++j;
      if (j < text.size() && text[j] == ' ') {
        hide(doc.markup, i, j + 1);
        i = j + 1;
        line_start = false;
        continue;
      }
    }
    line_start = c == '\n';
    if (text.compare(i, 4, "<!--") == 0) {
      const std::size_t close = text.find("-->", i + 4);
      const std::size_t end = close == std::string_view::npos ? text.size() : close + 3;
      if (close == std::string_view::npos && end - i > 4) {
        // As a browser would, the rest is hidden; but never silently.
        const auto line = 1 + std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(i), '\n');
        doc.notices.push_back(
            {fmt::format("unclosed HTML comment '<!--' at line {}: the {} bytes after it are not read", line,
                         end - i - 4),
             i});
      }
      hide(doc.markup, i, end);
      i = end;
    } else if (c == '*' || c == '_' || c == '`') {
      std::size_t j = i;
      while (j < text.size() && text[j] == c) ++j;
      // Emphasis markers touch a word on one side; a lone '*' bullet is followed by a space.
      const bool bullet =
          c == '*' && j - i == 1 && (i == 0 || text[i - 1] == '\n') && j < text.size() && text[j] == ' ';
      if (!bullet) hide(doc.markup, i, j);
      i = j;
    } else if (c == ']' && i + 1 < text.size() && text[i + 1] == '(') {
      const std::size_t close = text.find(')', i + 2);
      const std::size_t eol = text.find('\n', i);
      if (close != std::string_view::npos && close < eol) {
        hide(doc.markup, i, close + 1);
        i = close + 1;
      } else {
        ++i;
      }
    } else if (c == '[') {
      hide(doc.markup, i, i + 1);
      ++i;
    } else {
      ++i;
    }
  }
}

}  // namespace

void apply_markdown_format(SourceDocument& doc) {
  std::size_t body = 0;
  if (auto fm = find_front_matter(doc.bytes)) {
    hide_front_matter(doc, *fm);
    body = fm->end;
  }
  hide_inline_markup(doc, body);
}

}  // namespace claimcheck
