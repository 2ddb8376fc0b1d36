#pragma once
// The one JSON form of claims and findings. A claim serialised on one machine and read
// back on another compares equal to the original: `extract --format jsonl` and
// `check --claims` rely on that. Unbounded interval ends are written as null.
//
// Claim:   {"document","index","text","excerpt","role","span":{"begin","end","line","column"},
//           "unit":{"kind","currency","noun"},"stated":{"low","high"},"value":{"low","high"},
//           "scale","decimals","range","hedge":{"kind","word"},"direction","rate","basis",
//           "subject":{"entity","entity_name","entity_evidence","metric","metric_cue",
//                      "metric_weak","period","earlier","outlook","qualifier","confidence"}}
// Finding: {"rule","kind","severity","confidence","message","working","suggestion",
//           "fingerprint","claims":[Claim...]}

#include <cstdint>
#include <limits>
#include <nlohmann/json.hpp>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "model/claim.hpp"
#include "model/finding.hpp"

namespace claimcheck {

nlohmann::json to_json(const Claim&);
nlohmann::json to_json(const Finding&);

// Throws std::invalid_argument naming the missing or malformed field.
Claim claim_from_json(const nlohmann::json&);

// nlohmann's parse error without its "[json.exception...]" prefix, for one-line errors:
// "parse error at line L, column C: ...".
std::string json_parse_message(const nlohmann::json::parse_error& e);

// Where the parser stopped in `text`: the 1-based line and column of the byte it could
// not read, so that the error made of it places it (model/input_error.hpp).
struct TextPlace {
  std::size_t line = 0;
  std::size_t column = 0;
};
TextPlace json_error_place(std::string_view text, const nlohmann::json::parse_error& e);

// Where the value at `pointer` (a JSON pointer: "/parameters/max_power", "/hedges/3")
// starts in `text`, a JSON document that parsed: its 1-based line and column (in bytes),
// for an error about a field once the parser, which keeps no positions, is done.
// nullopt where `text` has no such value (a missing field) or names it with escapes.
// Comments (// and /* */, as a configuration may hold) are stepped over.
std::optional<TextPlace> json_value_place(std::string_view text, std::string_view pointer);
// The same for every member of the object at `pointer` ("" for the document), in one pass
// over the text: its names as written, in file order.
std::vector<std::pair<std::string, TextPlace>> json_member_places(std::string_view text, std::string_view pointer);

// An integer field of `j` that fits T: a float, a string or an out-of-range number throws
// std::invalid_argument naming the field (a JSON number may be 6e66; casting it is UB).
template <typename T>
T integer_field(const nlohmann::json& j, const char* field) {
  const nlohmann::json& v = j.at(field);
  if (v.is_number_unsigned()) {
    const auto u = v.get<std::uint64_t>();
    if (u <= static_cast<std::uint64_t>(std::numeric_limits<T>::max())) return static_cast<T>(u);
  } else if (v.is_number_integer()) {
    const auto i = v.get<std::int64_t>();
    if (std::cmp_greater_equal(i, std::numeric_limits<T>::min()) &&
        std::cmp_less_equal(i, std::numeric_limits<T>::max()))
      return static_cast<T>(i);
  }
  throw std::invalid_argument(std::string("field '") + field + "': not a whole number in range");
}

}  // namespace claimcheck
