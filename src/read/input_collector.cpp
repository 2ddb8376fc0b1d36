#include "read/input_collector.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <filesystem>
#include <system_error>

#include "read/glob.hpp"

namespace claimcheck {
namespace {

namespace fs = std::filesystem;

constexpr std::array<std::string_view, 6> kArticleExtensions{".txt", ".md", ".markdown", ".html", ".htm", ".jsonl"};

bool is_article(const fs::path& p) {
  const std::string ext = p.extension().string();
  return std::find(kArticleExtensions.begin(), kArticleExtensions.end(), ext) != kArticleExtensions.end();
}

// Project documentation found while walking a folder is not an article.
bool is_documentation(const fs::path& p) {
  std::string stem = p.stem().string();
  std::transform(stem.begin(), stem.end(), stem.begin(), [](unsigned char c) { return std::toupper(c); });
  return stem == "README" || stem == "CHANGELOG" || stem == "LICENSE" || stem == "CONTRIBUTING";
}

bool is_hidden(const fs::path& p) {
  const std::string name = p.filename().string();
  return name.size() > 1 && name[0] == '.';
}

bool any_matches(const std::vector<std::string>& patterns, const std::string& relative) {
  return std::any_of(patterns.begin(), patterns.end(), [&](const std::string& p) { return path_matches(p, relative); });
}

}  // namespace

CollectedInputs collect_inputs(const std::vector<std::string>& paths, const InputFilter& filter) {
  CollectedInputs out;
  for (const std::string& path : paths) {
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (ec || !fs::exists(status)) {
      out.diagnostics.push_back({DiagnosticLevel::Error, path, "no such file or directory"});
      continue;
    }
    if (!fs::is_directory(status)) {
      out.files.push_back(path);
      continue;
    }
    std::vector<std::string> found;
    fs::recursive_directory_iterator it(path, fs::directory_options::none, ec);
    if (ec) {
      out.diagnostics.push_back({DiagnosticLevel::Error, path, fmt::format("cannot read directory: {}", ec.message())});
      continue;
    }
    for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
      if (ec) {
        out.diagnostics.push_back(
            {DiagnosticLevel::Error, it->path().string(), fmt::format("cannot read: {}", ec.message())});
        break;
      }
      const std::string relative = it->path().lexically_relative(path).generic_string();
      const bool is_dir = it->is_directory(ec);
      if (is_hidden(it->path()) || any_matches(filter.exclude, is_dir ? relative + "/" : relative) ||
          (is_dir && any_matches(filter.exclude, relative))) {
        if (is_dir) it.disable_recursion_pending();
        continue;
      }
      if (!it->is_regular_file(ec) || is_documentation(it->path())) continue;
      if (filter.include.empty() ? is_article(it->path()) : any_matches(filter.include, relative))
        found.push_back(it->path().string());
    }
    std::sort(found.begin(), found.end());
    out.files.insert(out.files.end(), found.begin(), found.end());
  }
  return out;
}

}  // namespace claimcheck
