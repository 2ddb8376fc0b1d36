#pragma once
// Writes HTML (and the SVG inside it) with every piece of text and every attribute value
// escaped as it is written: an article is untrusted input, so its text can only ever
// become character data, never markup. Element and attribute names are the code's own
// constants; the only markup that passes unescaped is a constant of the code (the style
// sheet and the script), through trusted_constant().
//
// A streaming writer rather than a template engine: the report is written a finding at a
// time (a report of many thousand findings is never held whole), which a template's
// dictionary of the whole page would not allow (README, "Design notes").

#include <initializer_list>
#include <iosfwd>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace claimcheck {

// An attribute: a name (a constant of the code) and a value (escaped when written).
using HtmlAttribute = std::pair<std::string_view, std::string_view>;
using HtmlAttributes = std::initializer_list<HtmlAttribute>;

class HtmlWriter {
 public:
  explicit HtmlWriter(std::ostream& out) : out_(out) {}
  HtmlWriter(const HtmlWriter&) = delete;
  HtmlWriter& operator=(const HtmlWriter&) = delete;

  // An open element, closed when the scope ends.
  class [[nodiscard]] Scope {
   public:
    Scope(const Scope&) = delete;
    Scope& operator=(const Scope&) = delete;
    ~Scope() { writer_.close(); }

   private:
    friend class HtmlWriter;
    explicit Scope(HtmlWriter& writer) : writer_(writer) {}
    HtmlWriter& writer_;
  };

  Scope open(std::string_view tag, HtmlAttributes attributes = {});
  // <tag attributes>text</tag>.
  void element(std::string_view tag, HtmlAttributes attributes, std::string_view text);
  // An element without content or end tag (<meta>, <input>); for SVG shapes, "<tag/>".
  void empty(std::string_view tag, HtmlAttributes attributes);
  void text(std::string_view text);
  // Markup that is a constant of the code (the style sheet, the script): never data.
  void trusted_constant(std::string_view markup);

 private:
  void start_tag(std::string_view tag, const HtmlAttribute* begin, const HtmlAttribute* end);
  void close();
  std::ostream& out_;
  std::vector<std::string_view> open_;  // the tags to close, innermost last
};

// `text` as HTML character data or a quoted attribute value: & < > " ' escaped, bytes
// that are not UTF-8 and control characters other than tab and line ends as U+FFFD.
std::string escape_html(std::string_view text);

}  // namespace claimcheck
