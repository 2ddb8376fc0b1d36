#include "read/ignore_files.hpp"

#include <algorithm>
#include <array>
#include <fstream>
#include <system_error>

#include "read/glob.hpp"

namespace claimcheck {
namespace {

namespace fs = std::filesystem;

// .ignore last: read later, its lines win over .gitignore's.
constexpr std::array<const char*, 2> kIgnoreFiles{".gitignore", ".ignore"};
// An ignore file is a few hundred bytes; a larger one (or one line without end) is read
// this far, so a hostile file costs bounded memory.
constexpr std::size_t kMaxIgnoreBytes = std::size_t{1} << 20;

// The first kMaxIgnoreBytes of the file, or nothing when it cannot be read.
std::string head_of(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::error_code ec;
  const std::uintmax_t size = fs::file_size(file, ec);
  std::string text(ec ? 0 : static_cast<std::size_t>(std::min<std::uintmax_t>(size, kMaxIgnoreBytes)), '\0');
  in.read(text.data(), static_cast<std::streamsize>(text.size()));
  text.resize(static_cast<std::size_t>(std::max<std::streamsize>(0, in.gcount())));
  return text;
}

std::string_view trim_end(std::string_view line) {
  while (!line.empty() && (line.back() == ' ' || line.back() == '\r' || line.back() == '\t')) line.remove_suffix(1);
  return line;
}

}  // namespace

std::optional<IgnoreRules::Pattern> IgnoreRules::parse_line(std::string_view line) {
  line = trim_end(line);
  if (line.empty() || line.front() == '#') return std::nullopt;
  Pattern p;
  if (line.front() == '!') {
    p.negated = true;
    line.remove_prefix(1);
  } else if (line.starts_with("\\!") || line.starts_with("\\#")) {
    line.remove_prefix(1);
  }
  if (line.ends_with('/')) {
    p.folders_only = true;
    line.remove_suffix(1);
  }
  p.anchored = line.find('/') != std::string_view::npos;
  if (line.starts_with('/')) line.remove_prefix(1);
  if (line.empty()) return std::nullopt;
  p.glob = std::string(line);
  return p;
}

std::vector<IgnoreRules::Pattern> IgnoreRules::read_folder(const fs::path& folder) {
  std::vector<Pattern> patterns;
  for (const char* name : kIgnoreFiles) {
    std::error_code ec;
    if (!fs::is_regular_file(folder / name, ec)) continue;
    const std::string text = head_of(folder / name);
    for (std::size_t at = 0; at < text.size();) {
      const std::size_t eol = std::min(text.find('\n', at), text.size());
      if (auto p = parse_line(std::string_view(text).substr(at, eol - at))) patterns.push_back(std::move(*p));
      at = eol + 1;
    }
  }
  return patterns;
}

IgnoreRules IgnoreRules::with_folder(const fs::path& folder, std::string base) const {
  std::vector<Pattern> patterns = read_folder(folder);
  if (patterns.empty()) return *this;
  IgnoreRules out = *this;
  out.innermost_ = std::make_shared<const Level>(Level{innermost_, std::move(base), std::move(patterns)});
  return out;
}

IgnoreRules IgnoreRules::for_walk_root(const fs::path& root) {
  std::error_code ec;
  const fs::path start = fs::weakly_canonical(fs::absolute(root, ec), ec);
  // The folders from the walk root up to the repository root (or the walk root alone).
  std::vector<fs::path> chain{start};
  for (fs::path dir = start; dir.has_parent_path() && dir.parent_path() != dir; dir = dir.parent_path()) {
    if (fs::exists(dir / ".git", ec)) break;
    chain.push_back(dir.parent_path());
  }
  if (!fs::exists(chain.back() / ".git", ec)) chain.resize(1);
  IgnoreRules rules;
  for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
    const std::string base = it->lexically_relative(chain.back()).generic_string();
    rules = rules.with_folder(*it, base == "." ? std::string() : base + "/");
  }
  const std::string prefix = start.lexically_relative(chain.back()).generic_string();
  rules.prefix_ = prefix == "." ? std::string() : prefix + "/";
  return rules;
}

IgnoreRules IgnoreRules::enter(const fs::path& folder, std::string_view relative) const {
  IgnoreRules out = with_folder(folder, prefix_ + std::string(relative) + "/");
  out.prefix_ = prefix_;
  return out;
}

bool IgnoreRules::ignores(std::string_view relative, bool is_folder) const {
  const std::string key = prefix_ + std::string(relative);
  for (const Level* level = innermost_.get(); level != nullptr; level = level->parent.get()) {
    const std::string_view path = std::string_view(key).substr(std::min(level->base.size(), key.size()));
    for (auto p = level->patterns.rbegin(); p != level->patterns.rend(); ++p) {
      if (p->folders_only && !is_folder) continue;
      if (p->anchored ? glob_match(p->glob, path) : path_matches(p->glob, path)) return !p->negated;
    }
  }
  return false;
}

}  // namespace claimcheck
