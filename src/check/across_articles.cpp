#include "check/across_articles.hpp"

#include <fmt/format.h>

#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <string>

#include "model/json_io.hpp"
#include "model/rule_config.hpp"

namespace claimcheck {
namespace {

using nlohmann::json;

// A window longer than ten years would tie every dated article of a corpus to every other.
constexpr int kMaxEventWindowDays = 3650;

json parse_file(const std::filesystem::path& file, const std::string& text) {
  try {
    return json::parse(text);
  } catch (const json::parse_error& e) {
    const TextPlace at = json_error_place(text, e);
    throw RuleConfigError(file.string(), fmt::format("invalid JSON: {}", json_parse_message(e)), at.line, at.column);
  } catch (const json::exception& e) {  // a number too large for a double
    throw RuleConfigError(file.string(), fmt::format("invalid JSON: {}", e.what()));
  }
}

}  // namespace

AcrossArticles load_across_articles(const std::filesystem::path& file) {
  std::ifstream in(file);
  if (!in) throw RuleConfigError(file.string(), "cannot open the file of how articles are compared");
  const std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  const json doc = parse_file(file, text);
  if (!doc.is_object()) throw RuleConfigError(file.string(), "the file holds one JSON object");
  auto error = [&](const std::string& field, const std::string& problem) {
    const auto at = json_value_place(text, "/" + field);
    return RuleConfigError(file.string(), fmt::format("field '{}': {}", field, problem), at ? at->line : 0,
                           at ? at->column : 0);
  };
  for (const auto& [name, value] : doc.items()) {
    if (name != "description" && name != "event_window_days" && name != "cross_article_confidence") {
      throw error(name, "unknown field (known: description, event_window_days, cross_article_confidence)");
    }
  }
  for (const char* field : {"event_window_days", "cross_article_confidence"}) {
    if (!doc.contains(field)) throw RuleConfigError(file.string(), fmt::format("missing field '{}'", field));
  }
  AcrossArticles out;
  const json& window = doc.at("event_window_days");
  if (!window.is_number_integer() || window.get<std::int64_t>() < 0 ||
      window.get<std::int64_t>() > kMaxEventWindowDays) {
    throw error("event_window_days", fmt::format("must be a whole number of days from 0 to {}", kMaxEventWindowDays));
  }
  out.event_window_days = static_cast<int>(window.get<std::int64_t>());
  const json& confidence = doc.at("cross_article_confidence");
  if (!confidence.is_number() || !(confidence.get<double>() > 0) || confidence.get<double>() > 1) {
    throw error("cross_article_confidence", "must be a number above 0 and at most 1");
  }
  out.cross_article_confidence = confidence.get<double>();
  return out;
}

}  // namespace claimcheck
