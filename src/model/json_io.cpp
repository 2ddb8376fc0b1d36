#include "model/json_io.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>
#include <string_view>

#include "model/names.hpp"

namespace claimcheck {
namespace {

using nlohmann::json;

json bound_to_json(double v) { return std::isfinite(v) ? json(v) : json(nullptr); }

double bound_from_json(const json& j, double unbounded) { return j.is_null() ? unbounded : j.get<double>(); }

json interval_to_json(const Interval& i) { return {{"low", bound_to_json(i.low)}, {"high", bound_to_json(i.high)}}; }

Interval interval_from_json(const json& j) {
  constexpr double inf = std::numeric_limits<double>::infinity();
  return {bound_from_json(j.at("low"), -inf), bound_from_json(j.at("high"), inf)};
}

template <typename Enum, typename Parse>
Enum enum_field(const json& j, const char* key, Parse parse) {
  const auto text = j.at(key).get<std::string>();
  if (auto value = parse(text)) return *value;
  throw std::invalid_argument(std::string("unknown value '") + text + "' for field '" + key + "'");
}

template <std::size_t N>
json hashes_to_json(const std::array<std::uint16_t, N>& hashes) {
  json out = json::array();
  for (const std::uint16_t h : hashes) {
    if (h != 0) out.push_back(h);
  }
  return out;
}

template <std::size_t N>
std::array<std::uint16_t, N> hashes_from_json(const json& j, const char* field) {
  std::array<std::uint16_t, N> out{};
  std::size_t n = 0;
  for (const auto& h : j) {
    // A JSON number may be 2e125: casting it to a 16-bit hash is undefined behaviour.
    if (!h.is_number_unsigned() || h.get<std::uint64_t>() > std::numeric_limits<std::uint16_t>::max()) {
      throw std::invalid_argument(fmt::format("field 'frame.{}': a hash is a whole number from 0 to 65535", field));
    }
    const auto v = static_cast<std::uint16_t>(h.get<std::uint64_t>());
    if (v != 0 && n < N) out[n++] = v;
  }
  std::sort(out.begin(), out.end());
  return out;
}

json frame_to_json(const Frame& f) {
  return {{"words", hashes_to_json(f.words)}, {"markers", hashes_to_json(f.markers)}};
}

Frame frame_from_json(const json& j) {
  return Frame{hashes_from_json<kFrameWords>(j.at("words"), "words"),
               hashes_from_json<kFrameMarkers>(j.at("markers"), "markers")};
}

}  // namespace

json to_json(const Claim& c) {
  return {
      {"document", c.document},
      {"index", c.index},
      {"text", c.text},
      {"excerpt", c.excerpt},
      {"sentence", c.excerpt_digest},
      {"role", to_string(c.role)},
      {"span", {{"begin", c.span.begin}, {"end", c.span.end}, {"line", c.span.line}, {"column", c.span.column}}},
      {"unit", {{"kind", to_string(c.unit.kind)}, {"currency", c.unit.currency}, {"noun", c.unit.noun}}},
      {"stated", interval_to_json(c.stated)},
      {"value", interval_to_json(c.value)},
      {"scale", c.scale},
      {"decimals", c.decimals},
      {"range", c.is_range},
      {"hedge", {{"kind", to_string(c.hedge.kind)}, {"word", c.hedge.word}}},
      {"direction", to_string(c.direction)},
      {"rate", c.rate},
      {"basis", c.basis},
      {"subject",
       {{"entity", c.subject.entity},
        {"entity_name", c.subject.entity_name},
        {"entity_evidence", c.subject.entity_evidence},
        {"metric", c.subject.metric},
        {"metric_cue", c.subject.metric_cue},
        {"metric_weak", c.subject.metric_weak},
        {"period", c.subject.period},
        {"earlier", c.subject.earlier},
        {"outlook", c.subject.outlook},
        {"qualifier", c.subject.qualifier},
        {"confidence", c.subject.confidence}}},
      {"frame", frame_to_json(c.frame)},
  };
}

json to_json(const Finding& f) {
  json claims = json::array();
  for (const auto& c : f.claims) claims.push_back(to_json(c));
  return {{"rule", f.rule},
          {"kind", f.kind},
          {"severity", to_string(f.severity)},
          {"confidence", f.confidence},
          {"message", f.message},
          {"working", f.working},
          {"suggestion", f.suggestion},
          {"fingerprint", f.fingerprint},
          {"claims", std::move(claims)}};
}

Claim claim_from_json(const json& j) {
  try {
    Claim c;
    c.document = j.at("document").get<std::string>();
    c.index = integer_field<std::uint32_t>(j, "index");
    c.text = j.at("text").get<std::string>();
    c.excerpt = j.value("excerpt", std::string{});
    c.excerpt_digest = j.contains("sentence") ? integer_field<std::uint32_t>(j, "sentence") : 0;
    c.role = enum_field<Role>(j, "role", role_from);
    const auto& span = j.at("span");
    c.span = {integer_field<std::size_t>(span, "begin"), integer_field<std::size_t>(span, "end"),
              integer_field<std::uint32_t>(span, "line"), integer_field<std::uint32_t>(span, "column")};
    const auto& unit = j.at("unit");
    c.unit.kind = enum_field<UnitKind>(unit, "kind", unit_kind_from);
    c.unit.currency = unit.value("currency", std::string{});
    c.unit.noun = unit.value("noun", std::string{});
    c.stated = interval_from_json(j.at("stated"));
    c.value = interval_from_json(j.at("value"));
    c.scale = j.at("scale").get<double>();
    c.decimals = integer_field<int>(j, "decimals");
    c.is_range = j.at("range").get<bool>();
    c.hedge.kind = enum_field<HedgeKind>(j.at("hedge"), "kind", hedge_kind_from);
    c.hedge.word = j.at("hedge").value("word", std::string{});
    c.direction = enum_field<Direction>(j, "direction", direction_from);
    c.rate = j.value("rate", std::string{});
    c.basis = j.value("basis", std::string{});
    const auto& s = j.at("subject");
    c.subject.entity = s.value("entity", std::string{});
    c.subject.entity_name = s.value("entity_name", std::string{});
    c.subject.entity_evidence = s.value("entity_evidence", std::string{});
    c.subject.metric = s.value("metric", std::string{});
    c.subject.metric_cue = s.value("metric_cue", std::string{});
    c.subject.metric_weak = s.value("metric_weak", false);
    c.subject.period = s.value("period", std::string{});
    c.subject.earlier = s.value("earlier", false);
    c.subject.outlook = s.value("outlook", false);
    c.subject.qualifier = s.value("qualifier", std::string{});
    c.subject.confidence = s.value("confidence", 0.0);
    if (const auto frame = j.find("frame"); frame != j.end()) c.frame = frame_from_json(*frame);
    return c;
  } catch (const json::exception& e) {
    throw std::invalid_argument(std::string("malformed claim: ") + e.what());
  }
}

std::string json_parse_message(const nlohmann::json::parse_error& e) {
  std::string what = e.what();
  if (const std::size_t close = what.find("] "); what.starts_with("[json.exception") && close != std::string::npos)
    what.erase(0, close + 2);
  // The parser quotes the token it read ("last read: '...'"), which can be a whole value
  // of the file (a configuration pointed at a file holding a secret): a few characters only.
  constexpr std::string_view kLastRead = "last read: '";
  if (const std::size_t at = what.find(kLastRead); at != std::string::npos) {
    const std::size_t begin = at + kLastRead.size();
    std::size_t end = what.find("'; ", begin);
    if (end == std::string::npos) end = what.rfind('\'');
    constexpr std::size_t kQuoted = 6;
    if (end != std::string::npos && end > begin + kQuoted) {
      // end is the closing quote: "last read: 'abcdef...' (40 characters)"
      what = what.substr(0, begin + kQuoted) + "...' (" + std::to_string(end - begin) + " characters)" +
             what.substr(end + 1);
    }
  }
  return what;
}

TextPlace json_error_place(std::string_view text, const nlohmann::json::parse_error& e) {
  // e.byte counts the bytes read, the one refused included (1-based); past the end at an
  // unexpected end of input.
  const std::size_t at = std::min<std::size_t>(e.byte == 0 ? 0 : e.byte - 1, text.size());
  const std::string_view before = text.substr(0, at);
  const std::size_t line_start = before.rfind('\n') == std::string_view::npos ? 0 : before.rfind('\n') + 1;
  return {1 + static_cast<std::size_t>(std::count(before.begin(), before.end(), '\n')), at - line_start + 1};
}

namespace {

// The scanner below reads text nlohmann::json has already parsed, so it only steps over
// well-formed values; it keeps no stack, for a file may nest arrays thousands deep.
bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

bool opens_comment(std::string_view t, std::size_t i) {
  return t[i] == '/' && i + 1 < t.size() && (t[i + 1] == '/' || t[i + 1] == '*');
}

// Past white space and comments (// and /* */, which the configuration allows).
std::size_t skip_space(std::string_view t, std::size_t i) {
  while (i < t.size()) {
    if (is_space(t[i])) {
      ++i;
    } else if (opens_comment(t, i)) {
      const bool line = t[i + 1] == '/';
      const std::size_t end = t.find(line ? "\n" : "*/", i + 2);
      i = end == std::string_view::npos ? t.size() : end + (line ? 1 : 2);
    } else {
      break;
    }
  }
  return i;
}

// Past the closing quote of the string that opens at i.
std::size_t skip_string(std::string_view t, std::size_t i) {
  for (++i; i < t.size(); ++i) {
    if (t[i] == '\\') {
      ++i;
    } else if (t[i] == '"') {
      return i + 1;
    }
  }
  return t.size();
}

// Past the end of the value that starts at i.
std::size_t skip_value(std::string_view t, std::size_t i) {
  std::size_t depth = 0;
  while (i < t.size()) {
    const char c = t[i];
    if (c == '"') {
      i = skip_string(t, i);
      if (depth == 0) return i;
      continue;
    }
    if (c == '{' || c == '[') {
      ++depth;
    } else if (c == '}' || c == ']') {
      if (depth == 0) return i;
      if (--depth == 0) return i + 1;
    } else if (opens_comment(t, i)) {
      if (depth == 0) return i;
      i = skip_space(t, i);
      continue;
    } else if (depth == 0 && (c == ',' || is_space(c))) {
      return i;
    }
    ++i;
  }
  return i;
}

// After skip_value: the start of the next member or element, or npos at the container's end.
std::size_t next_item(std::string_view t, std::size_t i) {
  i = skip_space(t, i);
  return i < t.size() && t[i] == ',' ? skip_space(t, i + 1) : std::string_view::npos;
}

// The value of member `key` of the object that opens at i; npos if it has none.
std::size_t member_value(std::string_view t, std::size_t i, std::string_view key) {
  for (i = skip_space(t, i + 1); i < t.size() && t[i] == '"';) {
    const std::size_t end = skip_string(t, i);
    const std::string_view name = t.substr(i + 1, end - i - 2);
    i = skip_space(t, end);
    if (i >= t.size() || t[i] != ':') return std::string_view::npos;
    i = skip_space(t, i + 1);
    if (name == key) return i;
    if ((i = next_item(t, skip_value(t, i))) == std::string_view::npos) break;
  }
  return std::string_view::npos;
}

// Element `index` of the array that opens at i; npos if it is shorter.
std::size_t element_value(std::string_view t, std::size_t i, std::string_view index) {
  std::size_t wanted = 0;
  const auto [end, ec] = std::from_chars(index.data(), index.data() + index.size(), wanted);
  if (ec != std::errc{} || end != index.data() + index.size()) return std::string_view::npos;
  i = skip_space(t, i + 1);
  for (std::size_t k = 0; k < wanted; ++k) {
    if (i >= t.size() || t[i] == ']') return std::string_view::npos;
    if ((i = next_item(t, skip_value(t, i))) == std::string_view::npos) return std::string_view::npos;
  }
  return i < t.size() && t[i] != ']' ? i : std::string_view::npos;
}

// "a~1b" -> "a/b", "a~0b" -> "a~b" (RFC 6901).
std::string pointer_segment(std::string_view raw) {
  std::string out;
  for (std::size_t i = 0; i < raw.size(); ++i) {
    if (raw[i] == '~' && i + 1 < raw.size() && (raw[i + 1] == '0' || raw[i + 1] == '1')) {
      out += raw[++i] == '0' ? '~' : '/';
    } else {
      out += raw[i];
    }
  }
  return out;
}

}  // namespace

namespace {

// The offset at which the value at `pointer` starts; npos where there is none.
std::size_t value_offset(std::string_view text, std::string_view pointer) {
  std::size_t at = text.starts_with("\xEF\xBB\xBF") ? 3 : 0;  // a byte-order mark
  at = skip_space(text, at);
  while (!pointer.empty()) {
    if (pointer.front() != '/' || at >= text.size()) return std::string_view::npos;
    pointer.remove_prefix(1);
    const std::size_t slash = std::min(pointer.find('/'), pointer.size());
    const std::string segment = pointer_segment(pointer.substr(0, slash));
    pointer.remove_prefix(slash);
    if (text[at] == '{') {
      at = member_value(text, at, segment);
    } else if (text[at] == '[') {
      at = element_value(text, at, segment);
    } else {
      return std::string_view::npos;
    }
    if (at == std::string_view::npos) return std::string_view::npos;
  }
  return at < text.size() ? at : std::string_view::npos;
}

// Lines and columns of increasing offsets, counting each newline once.
class PlaceCounter {
 public:
  explicit PlaceCounter(std::string_view text) : text_(text) {}
  TextPlace at(std::size_t offset) {
    for (; next_ < offset && next_ < text_.size(); ++next_) {
      if (text_[next_] == '\n') {
        ++line_;
        line_start_ = next_ + 1;
      }
    }
    return {line_, offset - line_start_ + 1};
  }

 private:
  std::string_view text_;
  std::size_t next_ = 0;
  std::size_t line_ = 1;
  std::size_t line_start_ = 0;
};

}  // namespace

std::optional<TextPlace> json_value_place(std::string_view text, std::string_view pointer) {
  const std::size_t at = value_offset(text, pointer);
  if (at == std::string_view::npos) return std::nullopt;
  return PlaceCounter(text).at(at);
}

std::vector<std::pair<std::string, TextPlace>> json_member_places(std::string_view text, std::string_view pointer) {
  std::vector<std::pair<std::string, TextPlace>> places;
  std::size_t i = value_offset(text, pointer);
  if (i == std::string_view::npos || text[i] != '{') return places;
  PlaceCounter counter(text);
  for (i = skip_space(text, i + 1); i < text.size() && text[i] == '"';) {
    const std::size_t end = skip_string(text, i);
    std::string name(text.substr(i + 1, end - i - 2));
    i = skip_space(text, end);
    if (i >= text.size() || text[i] != ':') break;
    i = skip_space(text, i + 1);
    places.emplace_back(std::move(name), counter.at(i));
    if ((i = next_item(text, skip_value(text, i))) == std::string_view::npos) break;
  }
  return places;
}

}  // namespace claimcheck
