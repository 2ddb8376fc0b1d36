#pragma once
// HTML: parsed with gumbo; only the text of the page body reaches the extractor, with
// scripts, styles, navigation and forms dropped, block elements turned into paragraph
// breaks and character references decoded. The headline comes from <h1> (else <title>),
// the date from <time datetime> or the article:published_time meta tag.

#include "read/source_document.hpp"

namespace claimcheck {

void apply_html_format(SourceDocument& doc);

// Decodes one character reference ("&amp;", "&#8212;", "&#x2014;"); empty if unknown.
std::string decode_character_reference(std::string_view reference);

}  // namespace claimcheck
