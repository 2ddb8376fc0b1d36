#include "rpc/workspace.hpp"

#include <algorithm>
#include <system_error>

#include "app/rules_location.hpp"
#include "read/document_reader.hpp"
#include "read/glob.hpp"
#include "read/input_collector.hpp"

namespace claimcheck {

namespace fs = std::filesystem;

namespace {

fs::file_time_type modified_time(const fs::path& p) {
  std::error_code ec;
  const auto t = fs::last_write_time(p, ec);
  return ec ? fs::file_time_type{} : t;
}

}  // namespace

Workspace::Workspace(ServerOptions options) : options_(std::move(options)) {}

RuleSetup Workspace::setup_for(const fs::path& folder) {
  std::optional<fs::path> file = options_.config_file;
  if (!file && !options_.no_config) file = find_config(folder);
  const std::string key = file ? file->string() : std::string();
  const fs::file_time_type modified = file ? modified_time(*file) : fs::file_time_type{};
  auto found = rules_.find(key);
  if (found == rules_.end() || found->second.modified != modified) {
    LoadedRules loaded;
    loaded.config = file ? load_config(*file) : Config{};
    std::vector<fs::path> extra = loaded.config.rule_dirs;
    extra.insert(extra.end(), options_.extra_rule_dirs.begin(), options_.extra_rule_dirs.end());
    const fs::path rules =
        locate_rules_dir(options_.rules_dir ? options_.rules_dir : loaded.config.rules_dir, options_.argv0);
    loaded.pipeline =
        std::make_unique<Pipeline>(Pipeline::load(rules, extra, loaded.config.rules, loaded.config.entities));
    loaded.modified = modified;
    loaded.generation = ++generations_;
    found = rules_.insert_or_assign(key, std::move(loaded)).first;
  }
  return {found->second.pipeline.get(), &found->second.config, found->second.generation};
}

std::vector<std::string> Workspace::articles_in(const fs::path& folder, const Config& config) const {
  const auto matches = [](const std::vector<std::string>& globs, const std::string& name) {
    return std::any_of(globs.begin(), globs.end(), [&](const std::string& g) { return path_matches(g, name); });
  };
  std::vector<std::string> articles;
  std::error_code ec;
  for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
    const std::string name = it->path().filename().string();
    std::error_code file_ec;
    if (!it->is_regular_file(file_ec) || name.starts_with('.') || it->path().extension() == ".jsonl" ||
        matches(config.exclude, name)) {
      continue;
    }
    if (config.include.empty() ? is_article_name(name) : matches(config.include, name)) {
      articles.push_back(it->path().lexically_normal().string());
    }
  }
  std::sort(articles.begin(), articles.end());
  if (articles.size() > kMaxNeighbours) articles.resize(kMaxNeighbours);
  return articles;
}

const AnalysedArticle* Workspace::disk_article(const std::string& path, const RuleSetup& setup) {
  std::error_code ec;
  const std::uintmax_t size = fs::file_size(path, ec);
  if (ec) return nullptr;
  const fs::file_time_type modified = modified_time(path);
  auto found = disk_.find(path);
  if (found != disk_.end() && found->second.modified == modified && found->second.size == size &&
      found->second.cached.generation == setup.generation) {
    return &found->second.cached.article;
  }
  try {
    SourceDocument doc = read_document(path);
    DiskEntry entry{
        {analyse_article(*setup.pipeline, path, std::move(doc.bytes), doc.format), setup.generation}, modified, size};
    return &disk_.insert_or_assign(path, std::move(entry)).first->second.cached.article;
  } catch (const InputError&) {
    disk_.erase(path);
    return nullptr;  // a broken neighbour is the CLI's to report; the editor checks what it can
  }
}

}  // namespace claimcheck
