#pragma once
// What the servers know beyond the text they are sent: the rules and configuration in
// force for a folder (its nearest .claimcheck.json, found as the CLI finds it), and the
// articles on disk that a document is checked with, read once and read again only when
// their size or modification time changes.

#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "app/config.hpp"
#include "app/pipeline.hpp"
#include "rpc/article_check.hpp"
#include "rpc/server_options.hpp"

namespace claimcheck {

// The rules in force for one configuration, and which load of them it is: an article
// analysed under another generation is analysed again.
struct RuleSetup {
  const Pipeline* pipeline = nullptr;
  const Config* config = nullptr;
  std::uint64_t generation = 0;
};

// An analysed article and the rule generation it was analysed under.
struct CachedArticle {
  AnalysedArticle article;
  std::uint64_t generation = 0;
};

// The other articles a document in a folder is compared with: at most this many.
inline constexpr std::size_t kMaxNeighbours = 500;

class Workspace {
 public:
  explicit Workspace(ServerOptions options);

  // The rules for documents in `folder`: --config, else the nearest .claimcheck.json
  // from `folder` up (none with --no-config). Reloaded when the file changes. Throws
  // ConfigError, RuleConfigError or LexiconError naming the bad file.
  RuleSetup setup_for(const std::filesystem::path& folder);

  // The article files directly in `folder` (not below it: a document opened in a home
  // folder must not walk the disk on every keystroke), taken as a folder walk takes them:
  // by extension, or by the configuration's include globs; its exclude globs apply. At
  // most kMaxNeighbours, in sorted order; JSON Lines exports are left out.
  [[nodiscard]] std::vector<std::string> articles_in(const std::filesystem::path& folder, const Config& config) const;

  // The file at `path`, analysed under `setup`; read again only if it changed on disk.
  // nullptr when it cannot be read.
  const AnalysedArticle* disk_article(const std::string& path, const RuleSetup& setup);

 private:
  struct LoadedRules {
    Config config;
    std::unique_ptr<Pipeline> pipeline;
    std::filesystem::file_time_type modified;
    std::uint64_t generation = 0;
  };
  struct DiskEntry {
    CachedArticle cached;
    std::filesystem::file_time_type modified;
    std::uintmax_t size = 0;
  };

  ServerOptions options_;
  std::map<std::string, LoadedRules> rules_;  // by configuration file ("" for none)
  std::map<std::string, DiskEntry> disk_;     // by path
  std::uint64_t generations_ = 0;
};

}  // namespace claimcheck
