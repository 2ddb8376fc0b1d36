#include "read/html_format.hpp"

#include <gumbo.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <memory>
#include <utility>

#include "normalize/utf8.hpp"

namespace claimcheck {
namespace {

struct GumboDeleter {
  void operator()(GumboOutput* out) const { gumbo_destroy_output(&kGumboDefaultOptions, out); }
};

bool is_dropped(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_SELECT:
      return true;
    default:
      return false;
  }
}

bool is_inline(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_A:
    case GUMBO_TAG_B:
    case GUMBO_TAG_I:
    case GUMBO_TAG_EM:
    case GUMBO_TAG_STRONG:
    case GUMBO_TAG_SPAN:
    case GUMBO_TAG_SMALL:
    case GUMBO_TAG_SUB:
    case GUMBO_TAG_SUP:
    case GUMBO_TAG_U:
    case GUMBO_TAG_ABBR:
    case GUMBO_TAG_CITE:
    case GUMBO_TAG_CODE:
    case GUMBO_TAG_MARK:
    case GUMBO_TAG_Q:
    case GUMBO_TAG_TIME:
    case GUMBO_TAG_S:
    case GUMBO_TAG_FONT:
      return true;
    default:
      return false;
  }
}

struct TextPiece {
  std::size_t begin;
  std::size_t end;
};

struct Walk {
  std::vector<TextPiece> kept;
  std::vector<std::size_t> breaks;  // offsets where a block element starts or ends
  std::string h1;
  std::string title;
  std::string date;
};

std::string node_text(const GumboNode* node) {
  if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE) return node->v.text.text;
  if (node->type != GUMBO_NODE_ELEMENT) return {};
  std::string out;
  const GumboVector& children = node->v.element.children;
  for (unsigned i = 0; i < children.length; ++i) out += node_text(static_cast<const GumboNode*>(children.data[i]));
  return out;
}

const char* attribute(const GumboNode* node, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&node->v.element.attributes, name);
  return a != nullptr ? a->value : nullptr;
}

void walk(const GumboNode* node, Walk& w) {
  if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE) {
    const GumboText& t = node->v.text;
    if (t.original_text.length > 0) {
      w.kept.push_back({t.start_pos.offset, t.start_pos.offset + t.original_text.length});
    }
    return;
  }
  if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_DOCUMENT) return;
  const GumboVector* children = nullptr;
  if (node->type == GUMBO_NODE_DOCUMENT) {
    children = &node->v.document.children;
  } else {
    const GumboElement& e = node->v.element;
    if (e.tag == GUMBO_TAG_TITLE && w.title.empty()) w.title = node_text(node);
    if (e.tag == GUMBO_TAG_META) {
      const char* property = attribute(node, "property");
      const char* content = attribute(node, "content");
      if (property != nullptr && content != nullptr && std::string_view(property) == "article:published_time" &&
          w.date.empty()) {
        w.date = content;
      }
    }
    if (e.tag == GUMBO_TAG_TIME && w.date.empty()) {
      if (const char* dt = attribute(node, "datetime")) w.date = dt;
    }
    if (e.tag == GUMBO_TAG_H1 && w.h1.empty()) w.h1 = node_text(node);
    if (is_dropped(e.tag)) {
      // Still look inside <head> for title and meta, but keep none of its text.
      if (e.tag == GUMBO_TAG_HEAD) {
        Walk inner;
        for (unsigned i = 0; i < e.children.length; ++i) walk(static_cast<const GumboNode*>(e.children.data[i]), inner);
        if (w.title.empty()) w.title = inner.title;
        if (w.date.empty()) w.date = inner.date;
      }
      return;
    }
    if (!is_inline(e.tag)) w.breaks.push_back(e.start_pos.offset);
    children = &e.children;
  }
  for (unsigned i = 0; i < children->length; ++i) walk(static_cast<const GumboNode*>(children->data[i]), w);
  if (node->type == GUMBO_NODE_ELEMENT && !is_inline(node->v.element.tag))
    w.breaks.push_back(node->v.element.end_pos.offset);
}

std::string trim_copy(std::string s) {
  const auto not_space = [](unsigned char c) { return !std::isspace(c); };
  s.erase(s.begin(), std::find_if(s.begin(), s.end(), not_space));
  s.erase(std::find_if(s.rbegin(), s.rend(), not_space).base(), s.end());
  std::string collapsed;
  bool space = false;
  for (char c : s) {
    if (std::isspace(static_cast<unsigned char>(c))) {
      space = true;
      continue;
    }
    if (space) collapsed.push_back(' ');
    space = false;
    collapsed.push_back(c);
  }
  return collapsed;
}

constexpr std::array<std::pair<std::string_view, char32_t>, 32> kNamedReferences{{
    {"amp", U'&'},     {"lt", U'<'},      {"gt", U'>'},      {"quot", U'"'},     {"apos", U'\''},
    {"nbsp", 0x00A0},  {"ndash", 0x2013}, {"mdash", 0x2014}, {"minus", 0x2212},  {"lsquo", 0x2018},
    {"rsquo", 0x2019}, {"ldquo", 0x201C}, {"rdquo", 0x201D}, {"hellip", 0x2026}, {"middot", 0x00B7},
    {"copy", 0x00A9},  {"reg", 0x00AE},   {"trade", 0x2122}, {"euro", 0x20AC},   {"pound", 0x00A3},
    {"yen", 0x00A5},   {"cent", 0x00A2},  {"percnt", U'%'},  {"dollar", U'$'},   {"thinsp", 0x2009},
    {"ensp", 0x2002},  {"emsp", 0x2003},  {"times", 0x00D7}, {"divide", 0x00F7}, {"frac12", 0x00BD},
    {"deg", 0x00B0},   {"bull", 0x2022},
}};

}  // namespace

std::string decode_character_reference(std::string_view ref) {
  if (ref.size() < 3 || ref.front() != '&' || ref.back() != ';') return {};
  const std::string_view body = ref.substr(1, ref.size() - 2);
  char32_t cp = 0;
  if (body.size() > 1 && body[0] == '#') {
    const bool hex = body[1] == 'x' || body[1] == 'X';
    const std::string_view digits = body.substr(hex ? 2 : 1);
    std::uint32_t v = 0;
    const auto [ptr, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), v, hex ? 16 : 10);
    if (ec != std::errc{} || ptr != digits.data() + digits.size() || v == 0 || v > 0x10FFFF ||
        (v >= 0xD800 && v <= 0xDFFF)) {
      return {};
    }
    cp = v;
  } else {
    const auto it =
        std::find_if(kNamedReferences.begin(), kNamedReferences.end(), [&](const auto& e) { return e.first == body; });
    if (it == kNamedReferences.end()) return {};
    cp = it->second;
  }
  std::string out;
  utf8::append(out, cp);
  return out;
}

void apply_html_format(SourceDocument& doc) {
  const std::unique_ptr<GumboOutput, GumboDeleter> output(
      gumbo_parse_with_options(&kGumboDefaultOptions, doc.bytes.data(), doc.bytes.size()));
  Walk w;
  walk(output->document, w);
  doc.title = trim_copy(!w.h1.empty() ? w.h1 : w.title);
  doc.date = w.date;

  std::sort(w.breaks.begin(), w.breaks.end());
  auto gap_replacement = [&](std::size_t begin, std::size_t end) -> std::string {
    const auto it = std::lower_bound(w.breaks.begin(), w.breaks.end(), begin);
    return it != w.breaks.end() && *it < end ? "\n\n" : "";
  };
  const std::string_view text = doc.bytes;
  std::size_t pos = 0;
  for (const TextPiece& piece : w.kept) {
    if (piece.begin < pos) continue;  // gumbo may report reparented text out of order
    if (piece.begin > pos) doc.markup.push_back({pos, piece.begin - pos, gap_replacement(pos, piece.begin)});
    for (std::size_t i = piece.begin; i < piece.end; ++i) {
      if (text[i] != '&') continue;
      const std::size_t semi = text.find(';', i);
      if (semi == std::string_view::npos || semi >= piece.end || semi - i > 10) continue;
      std::string decoded = decode_character_reference(text.substr(i, semi - i + 1));
      if (decoded.empty()) continue;
      doc.markup.push_back({i, semi - i + 1, std::move(decoded)});
      i = semi;
    }
    pos = piece.end;
  }
  if (pos < text.size()) doc.markup.push_back({pos, text.size() - pos, "\n"});
}

}  // namespace claimcheck
