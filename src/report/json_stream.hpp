#pragma once
// Writing a large JSON document without holding it: the document is built without its one
// long array (a report's findings), and the array's elements are made and written one at
// a time. The bytes are those json::dump would write for the whole document, so a
// streamed report and a report built in memory are the same file.

#include <cstddef>
#include <functional>
#include <iosfwd>
#include <nlohmann/json.hpp>

namespace claimcheck {

struct JsonStyle {
  int indent = 2;
  bool ensure_ascii = false;
  nlohmann::json::error_handler_t errors = nlohmann::json::error_handler_t::strict;
};

// Writes `document` with the array at `array` (an existing member, left empty by the
// caller) holding element(0) .. element(count - 1), then a newline. style.indent must be
// at least 0 (an indented dump); throws std::invalid_argument otherwise.
void write_json_streaming(std::ostream& out, nlohmann::json document, const nlohmann::json::json_pointer& array,
                          std::size_t count, const std::function<nlohmann::json(std::size_t)>& element,
                          const JsonStyle& style = {});

}  // namespace claimcheck
