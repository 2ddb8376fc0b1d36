#include "serve/upload_page.hpp"

#include <fmt/format.h>

#include <ostream>

#include "report/html_report.hpp"
#include "report/html_writer.hpp"

namespace claimcheck {
namespace {

void field(HtmlWriter& html, std::string_view id, std::string_view label) {
  html.element("label", {{"for", id}}, label);
  html.empty("br", {});
}

void format_choice(HtmlWriter& html) {
  field(html, "format", "Format of the pasted article");
  const auto select = html.open("select", {{"id", "format"}, {"name", "format"}});
  html.element("option", {{"value", "text"}}, "plain text");
  html.element("option", {{"value", "markdown"}}, "Markdown");
  html.element("option", {{"value", "html"}}, "HTML");
}

}  // namespace

void write_upload_page(std::ostream& out, std::size_t max_articles, std::size_t max_request_bytes) {
  HtmlWriter html(out);
  const auto root = open_html_document(html);
  write_html_head(html, "claimcheck: check articles");
  const auto body = html.open("body");
  html.element("h1", {}, "Check articles for figures that contradict each other");
  html.element("p", {},
               fmt::format("Paste an article, upload up to {} files (.txt, .md, .html), or both; at most {} MB in "
                           "all. Nothing is stored: the report is made from what you send and shown once.",
                           max_articles, max_request_bytes >> 20U));
  const auto form = html.open(
      "form", {{"method", "post"}, {"action", "/check"}, {"enctype", "multipart/form-data"}, {"id", "check-form"}});
  field(html, "name", "Name of the pasted article");
  html.empty("input", {{"id", "name"}, {"name", "name"}, {"type", "text"}, {"value", "pasted.txt"}});
  html.empty("br", {});
  format_choice(html);
  html.empty("br", {});
  field(html, "text", "Article text");
  html.element("textarea", {{"id", "text"}, {"name", "text"}, {"rows", "14"}, {"cols", "80"}, {"dir", "auto"}}, "");
  html.empty("br", {});
  field(html, "files", "Or upload article files");
  html.empty("input", {{"id", "files"},
                       {"name", "files"},
                       {"type", "file"},
                       {"multiple", "multiple"},
                       {"accept", ".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html"}});
  html.empty("br", {});
  html.element("button", {{"type", "submit"}}, "Check");
}

}  // namespace claimcheck
