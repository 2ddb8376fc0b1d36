#include "report/json_stream.hpp"

#include <ostream>
#include <stdexcept>
#include <string>
#include <string_view>

namespace claimcheck {

void write_json_streaming(std::ostream& out, nlohmann::json document, const nlohmann::json::json_pointer& array,
                          std::size_t count, const std::function<nlohmann::json(std::size_t)>& element,
                          const JsonStyle& style) {
  auto dump = [&](const nlohmann::json& value) {
    return value.dump(style.indent, ' ', style.ensure_ascii, style.errors);
  };
  if (style.indent < 0) throw std::invalid_argument("write_json_streaming: needs an indented dump");
  if (count == 0) {
    out << dump(document) << '\n';
    return;
  }
  // A marker element shows where, and how deep, the elements go: dump puts every array
  // element on a line of its own, and a newline inside a string is always escaped, so the
  // marker's line is found by its text and its indentation is the elements' own.
  const std::string marker_text = "\x01claimcheck-streamed-array\x01";
  document[array] = nlohmann::json::array({marker_text});
  const std::string skeleton = dump(document);
  const std::string marker = dump(nlohmann::json(marker_text));
  const std::size_t at = skeleton.find(marker);
  const std::size_t line = skeleton.rfind('\n', at) + 1;
  const std::string indent(at - line, ' ');
  out << std::string_view(skeleton).substr(0, line);
  for (std::size_t i = 0; i < count; ++i) {
    const std::string text = dump(element(i));
    out << indent;
    std::size_t from = 0;
    for (std::size_t nl = text.find('\n'); nl != std::string::npos; nl = text.find('\n', from)) {
      out << std::string_view(text).substr(from, nl + 1 - from) << indent;
      from = nl + 1;
    }
    out << std::string_view(text).substr(from) << (i + 1 < count ? ",\n" : "");
  }
  out << std::string_view(skeleton).substr(at + marker.size()) << '\n';
}

}  // namespace claimcheck
