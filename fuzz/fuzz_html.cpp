// Arbitrary bytes as an HTML page through the format layer alone (faster than the whole
// pipeline in fuzz_extract, so deep and broken nesting is explored further): no crash, no
// sanitizer report, no hang or quadratic blow-up (-timeout, -rss_limit_mb), and markup
// edits sorted, disjoint and inside the page, as the normaliser requires.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "read/html_format.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  claimcheck::SourceDocument doc;
  doc.bytes.assign(reinterpret_cast<const char*>(data), size);
  doc.format = claimcheck::Format::Html;
  claimcheck::apply_html_format(doc);
  std::size_t at = 0;
  for (const claimcheck::MarkupEdit& e : doc.markup) {
    if (e.begin < at || e.begin + e.length > doc.bytes.size()) std::abort();
    at = e.begin + e.length;
  }
  return 0;
}
