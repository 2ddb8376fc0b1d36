#pragma once
// Markdown: YAML front matter (title becomes the headline, date the article date) is
// hidden from the extractor except the title's value; heading markers, emphasis, link
// targets and HTML comments are hidden; table pipes stay, so tables keep their cells.

#include "read/source_document.hpp"

namespace claimcheck {

// Fills doc.markup, doc.title and doc.date. Malformed front matter throws InputError.
void apply_markdown_format(SourceDocument& doc);

}  // namespace claimcheck
