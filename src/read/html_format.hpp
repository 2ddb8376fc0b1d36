#pragma once
// HTML: parsed with gumbo; only the text of the page body reaches the extractor, with
// scripts, styles, navigation and forms dropped, block elements turned into paragraph
// breaks and character references decoded. The headline comes from <h1> (else <title>),
// the date from <time datetime> or the article:published_time meta tag.

#include <cstddef>
#include <string>
#include <string_view>

#include "read/source_document.hpp"

namespace claimcheck {

// Elements nested deeper than this are not opened (browsers stop at 512 too): their tags
// are ignored, their text kept, and the document carries a notice. Bounds gumbo's memory
// and time on hostile nesting (<span> or <table><tr><td> repeated tens of thousands of times).
inline constexpr std::size_t kMaxHtmlDepth = 512;
// Parse errors gumbo records (each holds a copy of the stack of open elements).
inline constexpr int kMaxHtmlErrors = 100;

void apply_html_format(SourceDocument& doc);

// Decodes one character reference ("&amp;", "&#8212;", "&#x2014;"); empty if unknown.
std::string decode_character_reference(std::string_view reference);

}  // namespace claimcheck
