#include "app/baseline.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>

#include "model/json_io.hpp"
#include "support/readable_file.hpp"

namespace claimcheck {

using nlohmann::json;

std::string baseline_text(const std::vector<Finding>& findings) {
  std::vector<const Finding*> sorted;
  for (const Finding& f : findings) sorted.push_back(&f);
  std::sort(sorted.begin(), sorted.end(), [](const Finding* a, const Finding* b) {
    return std::tie(a->fingerprint, a->rule) < std::tie(b->fingerprint, b->rule);
  });
  json entries = json::array();
  for (const Finding* f : sorted) {
    entries.push_back({{"fingerprint", f->fingerprint},
                       {"rule", f->rule},
                       {"file", f->claims.front().document},
                       {"message", f->message}});
  }
  const json doc = {{"version", kBaselineVersion}, {"tool", "claimcheck"}, {"findings", std::move(entries)}};
  return doc.dump(2, ' ', false, json::error_handler_t::replace) + '\n';
}

Baseline load_baseline(const std::filesystem::path& file) {
  // A FIFO, a device or a folder is refused by name; the size is capped (a baseline's JSON
  // tree takes several times its size in memory).
  const std::string text = read_named_file<BaselineError>(file.string(), "baseline", kMaxBaselineBytes);
  json doc;
  try {
    doc = json::parse(text);
  } catch (const json::parse_error& e) {
    throw BaselineError(fmt::format("{}: invalid JSON in baseline: {}", file.string(), json_parse_message(e)));
  } catch (const json::exception& e) {  // a number too large for a double
    throw BaselineError(fmt::format("{}: invalid JSON in baseline: {}", file.string(), e.what()));
  }
  if (!doc.is_object() || !doc.contains("findings") || !doc.at("findings").is_array())
    throw BaselineError(fmt::format("{}: not a claimcheck baseline (no \"findings\" array)", file.string()));
  Baseline baseline;
  std::size_t index = 0;
  for (const json& entry : doc.at("findings")) {
    if (!entry.is_object() || !entry.contains("fingerprint") || !entry.at("fingerprint").is_string()) {
      throw BaselineError(fmt::format("{}: field 'findings[{}].fingerprint' must be a string", file.string(), index));
    }
    baseline.insert(entry.at("fingerprint").get<std::string>());
    ++index;
  }
  return baseline;
}

std::size_t drop_baselined(std::vector<Finding>& findings, const Baseline& baseline) {
  const auto removed = std::remove_if(findings.begin(), findings.end(),
                                      [&](const Finding& f) { return baseline.contains(f.fingerprint); });
  const auto count = static_cast<std::size_t>(findings.end() - removed);
  findings.erase(removed, findings.end());
  return count;
}

}  // namespace claimcheck
