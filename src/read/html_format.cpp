#include "read/html_format.hpp"

#include <fmt/format.h>
#include <gumbo.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <initializer_list>
#include <iterator>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "support/utf8.hpp"

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

// The text under `node`, in document order; iterative, as the walk is.
std::string node_text(const GumboNode* node) {
  std::string out;
  std::vector<const GumboNode*> pending{node};
  while (!pending.empty()) {
    const GumboNode* n = pending.back();
    pending.pop_back();
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE) {
      out += n->v.text.text;
      continue;
    }
    if (n->type != GUMBO_NODE_ELEMENT) continue;
    const GumboVector& children = n->v.element.children;
    for (unsigned i = children.length; i > 0; --i)
      pending.push_back(static_cast<const GumboNode*>(children.data[i - 1]));
  }
  return out;
}

const char* attribute(const GumboNode* node, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&node->v.element.attributes, name);
  return a != nullptr ? a->value : nullptr;
}

const GumboVector& children_of(const GumboNode* node) {
  return node->type == GUMBO_NODE_DOCUMENT ? node->v.document.children : node->v.element.children;
}

void walk(const GumboNode* root, Walk& w);

// What the walk does on entering `node`; true when its children are to be walked.
bool enter(const GumboNode* node, Walk& w) {
  if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE) {
    const GumboText& t = node->v.text;
    if (t.original_text.length > 0) {
      w.kept.push_back({t.start_pos.offset, t.start_pos.offset + t.original_text.length});
    }
    return false;
  }
  if (node->type == GUMBO_NODE_DOCUMENT) return true;
  if (node->type != GUMBO_NODE_ELEMENT) return false;
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
    return false;
  }
  if (!is_inline(e.tag)) w.breaks.push_back(e.start_pos.offset);
  return true;
}

// Depth-first over the tree with an explicit stack: no recursion, whatever the nesting.
void walk(const GumboNode* root, Walk& w) {
  struct Frame {
    const GumboNode* node;
    unsigned next;
  };
  std::vector<Frame> stack;
  if (enter(root, w)) stack.push_back({root, 0});
  while (!stack.empty()) {
    Frame& top = stack.back();
    const GumboVector& children = children_of(top.node);
    if (top.next < children.length) {
      const auto* child = static_cast<const GumboNode*>(children.data[top.next++]);
      if (enter(child, w)) stack.push_back({child, 0});
      continue;
    }
    const GumboNode* node = top.node;
    stack.pop_back();
    if (node->type == GUMBO_NODE_ELEMENT && !is_inline(node->v.element.tag))
      w.breaks.push_back(node->v.element.end_pos.offset);
  }
}

// --- Nesting cap -------------------------------------------------------------------
// gumbo recurses (freeing the tree) and its error records copy the stack of open
// elements, so a page nested tens of thousands deep costs memory with the square of the
// depth, or crashes. Before parsing, a light scan follows the nesting as the parser
// would (void elements, self-closing foreign elements, end tags, the elements that close
// an open sibling) and blanks out, in a copy given to gumbo, the tags that would open an
// element deeper than kMaxHtmlDepth, and their end tags; their text is kept.

bool is_void_element(std::string_view name) {
  static constexpr std::array<std::string_view, 16> kVoid{"area",  "base",  "br",     "col",  "embed", "hr",
                                                          "img",   "input", "link",   "meta", "param", "source",
                                                          "track", "wbr",   "keygen", "frame"};
  return std::find(kVoid.begin(), kVoid.end(), name) != kVoid.end();
}

bool is_raw_text_element(std::string_view name) {
  static constexpr std::array<std::string_view, 7> kRaw{"script", "style",   "textarea", "title",
                                                        "xmp",    "noembed", "iframe"};
  return std::find(kRaw.begin(), kRaw.end(), name) != kRaw.end();
}

bool in_set(std::string_view n, std::initializer_list<std::string_view> set) {
  return std::find(set.begin(), set.end(), n) != set.end();
}

// The open element a start tag `name` closes, as the parser's optional end tags do: the
// elements it closes (`targets`), looked for from the top of the stack down to the first
// `boundary` (a list, a table cell...). Inline elements in between close with it.
struct Closes {
  std::vector<std::string_view> targets;
  std::vector<std::string_view> boundary;
};

bool in_list(std::string_view n, const std::vector<std::string_view>& list) {
  return std::find(list.begin(), list.end(), n) != list.end();
}

std::optional<Closes> closes_for(std::string_view name) {
  static const std::vector<std::string_view> kCell{"table",  "td",     "th",      "caption", "template",
                                                   "button", "object", "marquee", "applet"};
  if (name == "li") return Closes{{"li"}, {"ul", "ol", "menu", "table", "td", "th", "template"}};
  if (name == "dt" || name == "dd") return Closes{{"dt", "dd"}, {"dl", "table", "td", "th", "template"}};
  if (name == "td" || name == "th") return Closes{{"td", "th"}, {"table", "template"}};
  if (name == "tr") return Closes{{"tr"}, {"table", "template"}};
  if (in_set(name, {"tbody", "thead", "tfoot"})) return Closes{{"tbody", "thead", "tfoot"}, {"table", "template"}};
  if (name == "a") return Closes{{"a"}, kCell};
  if (name == "option" || name == "optgroup") return Closes{{"option"}, {"select", "datalist", "optgroup"}};
  if (in_set(name, {"rb", "rt", "rp"})) return Closes{{"rb", "rt", "rp"}, {"ruby"}};
  if (in_set(name,
             {"p",  "address", "article", "aside", "blockquote", "div",    "dl",         "fieldset", "footer", "form",
              "h1", "h2",      "h3",      "h4",    "h5",         "h6",     "header",     "hr",       "main",   "nav",
              "ol", "pre",     "section", "table", "ul",         "figure", "figcaption", "details",  "menu"}))
    return Closes{{"p"}, kCell};
  return std::nullopt;
}

// Pops what a start tag `name` closes off `open`.
void close_for_start_tag(std::string_view name, std::vector<std::string>& open) {
  const std::optional<Closes> rule = closes_for(name);
  if (!rule) return;
  for (std::size_t k = open.size(); k > 0; --k) {
    const std::string& element = open[k - 1];
    if (in_list(element, rule->targets)) {
      open.resize(k - 1);
      return;
    }
    if (in_list(element, rule->boundary)) return;
  }
}

// HTML's special elements: an end tag of any other element is ignored when one of these
// stands above its element (so "<span><div></span>" leaves both open).
bool is_special(std::string_view name) {
  static const std::vector<std::string_view> kSpecial{"address",
                                                      "applet",
                                                      "area",
                                                      "article",
                                                      "aside",
                                                      "base",
                                                      "basefont",
                                                      "bgsound",
                                                      "blockquote",
                                                      "body",
                                                      "br",
                                                      "button",
                                                      "caption",
                                                      "center",
                                                      "col",
                                                      "colgroup",
                                                      "dd",
                                                      "details",
                                                      "dir",
                                                      "div",
                                                      "dl",
                                                      "dt",
                                                      "embed",
                                                      "fieldset",
                                                      "figcaption",
                                                      "figure",
                                                      "footer",
                                                      "form",
                                                      "frame",
                                                      "frameset",
                                                      "h1",
                                                      "h2",
                                                      "h3",
                                                      "h4",
                                                      "h5",
                                                      "h6",
                                                      "head",
                                                      "header",
                                                      "hgroup",
                                                      "hr",
                                                      "html",
                                                      "iframe",
                                                      "img",
                                                      "input",
                                                      "keygen",
                                                      "li",
                                                      "link",
                                                      "listing",
                                                      "main",
                                                      "marquee",
                                                      "menu",
                                                      "meta",
                                                      "nav",
                                                      "noembed",
                                                      "noframes",
                                                      "noscript",
                                                      "object",
                                                      "ol",
                                                      "p",
                                                      "param",
                                                      "plaintext",
                                                      "pre",
                                                      "script",
                                                      "section",
                                                      "select",
                                                      "source",
                                                      "style",
                                                      "summary",
                                                      "table",
                                                      "tbody",
                                                      "td",
                                                      "template",
                                                      "textarea",
                                                      "tfoot",
                                                      "th",
                                                      "thead",
                                                      "title",
                                                      "tr",
                                                      "track",
                                                      "ul",
                                                      "wbr",
                                                      "xmp",
                                                      "svg",
                                                      "math",
                                                      "foreignobject",
                                                      "desc",
                                                      "mi",
                                                      "mo",
                                                      "mn",
                                                      "ms",
                                                      "mtext",
                                                      "annotation-xml"};
  return std::find(kSpecial.begin(), kSpecial.end(), name) != kSpecial.end();
}

// How many open elements stay when end tag `name` is seen (nullopt: the tag is ignored),
// as the parser decides: an ordinary element closes only if no special element stands
// above it; a special one only within its scope (not across a table, a cell, an object).
// When unsure this keeps elements open: the scan may count deeper than the parser, never
// shallower, so the cap cannot be bypassed.
std::optional<std::size_t> closed_by_end_tag(std::string_view name, const std::vector<std::string>& open) {
  static const std::vector<std::string_view> kScope{"applet", "caption", "html",   "table",   "td",
                                                    "th",     "marquee", "object", "template"};
  const bool special = is_special(name);
  for (std::size_t k = open.size(); k > 0; --k) {
    const std::string& element = open[k - 1];
    if (element == name) return k - 1;
    if (!special && is_special(element)) return std::nullopt;
    if (special && std::find(kScope.begin(), kScope.end(), element) != kScope.end()) return std::nullopt;
  }
  return std::nullopt;
}

struct DepthCap {
  std::string bytes;                                         // what gumbo parses
  std::vector<std::pair<std::size_t, std::size_t>> blanked;  // [begin, end) of tags ignored, in order
};

DepthCap cap_nesting(std::string_view html) {
  DepthCap out;
  std::vector<std::string> open;
  std::unordered_map<std::string, std::size_t> ignored_open;  // tags blanked and not yet closed
  std::size_t foreign = 0;                                    // open <svg>/<math> elements
  auto lower_name = [&](std::size_t at, std::size_t& end) {
    std::string name;
    end = at;
    while (end < html.size() && (std::isalnum(static_cast<unsigned char>(html[end])) != 0 || html[end] == '-' ||
                                 html[end] == ':' || html[end] == '_')) {
      name.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(html[end]))));
      ++end;
    }
    return name;
  };
  auto blank = [&](std::size_t begin, std::size_t end) {
    if (out.bytes.empty()) out.bytes.assign(html);
    std::fill(out.bytes.begin() + static_cast<std::ptrdiff_t>(begin),
              out.bytes.begin() + static_cast<std::ptrdiff_t>(end), ' ');
    out.blanked.emplace_back(begin, end);
  };
  std::size_t i = 0;
  while ((i = html.find('<', i)) != std::string_view::npos) {
    if (html.substr(i, 4) == "<!--") {
      const std::size_t close = html.find("-->", i + 4);
      if (close == std::string_view::npos) break;
      i = close + 3;
      continue;
    }
    const bool end_tag = i + 1 < html.size() && html[i + 1] == '/';
    const std::size_t name_at = i + 1 + (end_tag ? 1 : 0);
    if (name_at >= html.size() || std::isalpha(static_cast<unsigned char>(html[name_at])) == 0) {
      ++i;
      continue;
    }
    std::size_t name_end = 0;
    const std::string name = lower_name(name_at, name_end);
    // The tag's end, past quoted attribute values.
    std::size_t j = name_end;
    char quote = 0;
    for (; j < html.size(); ++j) {
      if (quote != 0) {
        if (html[j] == quote) quote = 0;
      } else if (html[j] == '"' || html[j] == '\'') {
        quote = html[j];
      } else if (html[j] == '>') {
        break;
      }
    }
    if (j >= html.size()) break;
    const std::size_t tag_end = j + 1;
    const bool self_closing = html[j - 1] == '/';
    if (end_tag) {
      if (auto it = ignored_open.find(name); it != ignored_open.end() && it->second > 0) {
        --it->second;
        blank(i, tag_end);
      } else if (const std::optional<std::size_t> keep = closed_by_end_tag(name, open)) {
        for (std::size_t k = *keep; k < open.size(); ++k) {
          if (open[k] == "svg" || open[k] == "math") --foreign;
        }
        open.resize(*keep);
      }
      i = tag_end;
      continue;
    }
    if (is_raw_text_element(name) && !self_closing) {  // its content is text, not tags
      const std::string close = "</" + name;
      std::size_t k = tag_end;
      for (; k < html.size(); ++k) {
        if (html[k] == '<' && k + close.size() <= html.size() &&
            std::equal(close.begin(), close.end(), html.begin() + static_cast<std::ptrdiff_t>(k),
                       [](char a, char b) { return a == std::tolower(static_cast<unsigned char>(b)); }))
          break;
      }
      i = k;
      continue;
    }
    if (name == "plaintext") break;
    if (is_void_element(name) || (self_closing && foreign > 0)) {
      i = tag_end;
      continue;
    }
    close_for_start_tag(name, open);
    if (open.size() >= kMaxHtmlDepth) {
      ++ignored_open[name];
      blank(i, tag_end);
    } else {
      open.push_back(name);
      if (name == "svg" || name == "math") ++foreign;
    }
    i = tag_end;
  }
  return out;
}

// `pieces` without the blanked ranges (sorted, disjoint) inside them.
std::vector<TextPiece> without_blanked(const std::vector<TextPiece>& pieces,
                                       const std::vector<std::pair<std::size_t, std::size_t>>& blanked) {
  if (blanked.empty()) return pieces;
  std::vector<TextPiece> out;
  for (const TextPiece& piece : pieces) {
    std::size_t begin = piece.begin;
    auto it = std::lower_bound(blanked.begin(), blanked.end(), std::pair<std::size_t, std::size_t>{begin, 0});
    if (it != blanked.begin() && std::prev(it)->second > begin) --it;
    for (; it != blanked.end() && it->first < piece.end; ++it) {
      if (it->first > begin) out.push_back({begin, it->first});
      begin = std::max(begin, it->second);
    }
    if (begin < piece.end) out.push_back({begin, piece.end});
  }
  return out;
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
  const DepthCap capped = cap_nesting(doc.bytes);
  const std::string& parsed = capped.blanked.empty() ? doc.bytes : capped.bytes;
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = kMaxHtmlErrors;  // each error record copies the stack of open elements
  const std::unique_ptr<GumboOutput, GumboDeleter> output(
      gumbo_parse_with_options(&options, parsed.data(), parsed.size()));
  Walk w;
  walk(output->document, w);
  if (!capped.blanked.empty()) {
    w.kept = without_blanked(w.kept, capped.blanked);
    doc.notices.push_back(
        {fmt::format("HTML nested more than {} elements deep: {} tags past that depth are ignored "
                     "(their text is kept)",
                     kMaxHtmlDepth, capped.blanked.size())});
  }
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
