#include "model/report_marker.hpp"

namespace claimcheck {

namespace {

// How claimcheck's rdjson report begins, whether it lists diagnostics or none.
constexpr std::string_view kRdjsonOpening = "{\n  \"diagnostics\": [";

}  // namespace

bool carries_report_marker(std::string_view head) {
  head = head.substr(0, kReportMarkerWindow);
  return head.find(kReportMarker) != std::string_view::npos || head.starts_with(kRdjsonOpening);
}

}  // namespace claimcheck
