#include "report/html_writer.hpp"

#include <algorithm>
#include <ostream>
#include <stdexcept>

#include "report/junit_report.hpp"

namespace claimcheck {
namespace {

// Names come from the code; one that is not a plain name is a bug, not data to escape.
void require_name(std::string_view name) {
  const bool plain = !name.empty() && std::all_of(name.begin(), name.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == ':';
  });
  if (!plain) throw std::logic_error("html: not an element or attribute name: " + std::string(name));
}

}  // namespace

// XML 1.0's escaping is also HTML5's for text and quoted attribute values (&apos; included).
std::string escape_html(std::string_view text) { return escape_xml(text); }

void HtmlWriter::start_tag(std::string_view tag, const HtmlAttribute* begin, const HtmlAttribute* end) {
  require_name(tag);
  out_ << '<' << tag;
  for (const HtmlAttribute* a = begin; a != end; ++a) {
    require_name(a->first);
    out_ << ' ' << a->first << "=\"" << escape_html(a->second) << '"';
  }
}

HtmlWriter::Scope HtmlWriter::open(std::string_view tag, HtmlAttributes attributes) {
  start_tag(tag, attributes.begin(), attributes.end());
  out_ << '>';
  open_.push_back(tag);
  return Scope(*this);
}

void HtmlWriter::element(std::string_view tag, HtmlAttributes attributes, std::string_view content) {
  const Scope scope = open(tag, attributes);
  text(content);
}

void HtmlWriter::empty(std::string_view tag, HtmlAttributes attributes) {
  start_tag(tag, attributes.begin(), attributes.end());
  out_ << "/>";
}

void HtmlWriter::text(std::string_view content) { out_ << escape_html(content); }

void HtmlWriter::trusted_constant(std::string_view markup) { out_ << markup; }

void HtmlWriter::close() {
  out_ << "</" << open_.back() << '>';
  open_.pop_back();
}

}  // namespace claimcheck
