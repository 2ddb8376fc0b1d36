#include "app/baseline.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>
#include <unordered_map>

#include "check/finding_builder.hpp"
#include "model/document_id.hpp"
#include "model/json_io.hpp"
#include "support/readable_file.hpp"

namespace claimcheck {

using nlohmann::json;

namespace fs = std::filesystem;

fs::path fingerprint_root(const Config& config) {
  std::error_code ec;
  if (!config.file.empty()) return fs::weakly_canonical(fs::absolute(config.file, ec), ec).parent_path();
  fs::path cwd = fs::current_path(ec);
  for (fs::path dir = cwd; !dir.empty(); dir = dir.parent_path()) {
    if (fs::exists(dir / ".git", ec)) return dir;
    if (dir.parent_path() == dir) break;
  }
  return cwd;
}

std::string project_relative(std::string_view document, const fs::path& root) {
  const std::string_view file = document_file(document);
  if (file == "<stdin>") return std::string(document);
  std::error_code ec;
  const fs::path absolute = fs::weakly_canonical(fs::absolute(fs::path(file), ec), ec);
  if (ec) return std::string(document);
  const fs::path relative = absolute.lexically_relative(root);
  if (relative.empty() || *relative.begin() == "..") return std::string(document);
  return relative.generic_string() + std::string(document.substr(file.size()));
}

void rebase_fingerprints(std::vector<Finding>& findings, const fs::path& root) {
  std::unordered_map<std::string, std::string> relative;  // a run's findings share few documents
  for (Finding& f : findings) {
    std::vector<Claim> claims = f.claims;
    for (Claim& c : claims) {
      auto it = relative.find(c.document);
      if (it == relative.end()) it = relative.emplace(c.document, project_relative(c.document, root)).first;
      c.document = it->second;
    }
    f.fingerprint = finding_fingerprint(f.rule, claims);
  }
}

std::string baseline_text(const std::vector<Finding>& findings, const fs::path& root) {
  std::vector<const Finding*> sorted;
  sorted.reserve(findings.size());
  for (const Finding& f : findings) sorted.push_back(&f);
  std::sort(sorted.begin(), sorted.end(), [](const Finding* a, const Finding* b) {
    return std::tie(a->fingerprint, a->rule) < std::tie(b->fingerprint, b->rule);
  });
  json entries = json::array();
  for (const Finding* f : sorted) {
    entries.push_back({{"fingerprint", f->fingerprint},
                       {"rule", f->rule},
                       {"file", project_relative(f->claims.front().document, root)},
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
    const TextPlace at = json_error_place(text, e);
    throw BaselineError(file.string(), fmt::format("invalid JSON in baseline: {}", json_parse_message(e)), at.line,
                        at.column);
  } catch (const json::exception& e) {  // a number too large for a double
    throw BaselineError(file.string(), fmt::format("invalid JSON in baseline: {}", e.what()));
  }
  if (!doc.is_object() || !doc.contains("findings") || !doc.at("findings").is_array())
    throw BaselineError(file.string(), "not a claimcheck baseline (no \"findings\" array)");
  Baseline baseline;
  std::size_t index = 0;
  for (const json& entry : doc.at("findings")) {
    if (!entry.is_object() || !entry.contains("fingerprint") || !entry.at("fingerprint").is_string()) {
      throw BaselineError(file.string(), fmt::format("field 'findings[{}].fingerprint' must be a string", index));
    }
    baseline.insert(entry.at("fingerprint").get<std::string>());
    ++index;
  }
  return baseline;
}

std::size_t drop_baselined(std::vector<Finding>& findings, const Baseline& baseline) {
  const auto removed = std::remove_if(findings.begin(), findings.end(), [&](const Finding& f) {
    return baseline.contains(f.fingerprint) || baseline.contains(finding_fingerprint(f.rule, f.claims));
  });
  const auto count = static_cast<std::size_t>(findings.end() - removed);
  findings.erase(removed, findings.end());
  return count;
}

}  // namespace claimcheck
