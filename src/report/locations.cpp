#include "report/locations.hpp"

#include <filesystem>

#include "model/document_id.hpp"
#include "support/utf8.hpp"

namespace claimcheck {

ClaimRegion claim_region(const Claim& claim) {
  ClaimRegion r;
  r.start_line = claim.span.line == 0 ? 1 : claim.span.line;
  r.start_column = claim.span.column == 0 ? 1 : claim.span.column;
  const std::string_view text = claim.text;
  // A figure rarely spans a line break ("$2.3\nbillion"), but when it does the end is on
  // a later line, counted from that line's start.
  std::size_t last_break = std::string_view::npos;
  std::uint32_t breaks = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.size() || text[i + 1] != '\n'))) {
      ++breaks;
      last_break = i;
    }
  }
  r.end_line = r.start_line + breaks;
  if (last_break == std::string_view::npos) {
    r.end_column = r.start_column + static_cast<std::uint32_t>(utf8::count_code_points(text));
  } else {
    r.end_column = 1 + static_cast<std::uint32_t>(utf8::count_code_points(text.substr(last_break + 1)));
  }
  return r;
}

std::string report_path(std::string_view document_id) {
  return std::filesystem::path(document_file(document_id)).lexically_normal().generic_string();
}

}  // namespace claimcheck
