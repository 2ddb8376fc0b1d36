#pragma once
// `.gitignore` and `.ignore` files in folder walks, as ripgrep and ruff read them: a
// folder walk skips what they ignore, unless --no-ignore. Each folder's files apply to it
// and below; a deeper file's patterns win over a shallower one's, a later line over an
// earlier one, and `.ignore` over `.gitignore` in the same folder. The ignore files of
// the folders above the walked one count too, up to the repository root (the nearest
// folder holding `.git`). Read whether or not the folder is a git repository: an
// exported archive keeps its `.gitignore` meaning.
//
// A line is a glob of read/glob.hpp with gitignore's rules around it: blank lines and
// `#` comments are skipped; `!` negates (re-includes); a trailing `/` matches folders
// only; a pattern with a `/` elsewhere is anchored to the ignore file's folder, one
// without matches a name at any depth. A file in an ignored folder cannot be
// re-included (the folder is never walked), as in git. An ignore file is read up to 1 MiB.

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace claimcheck {

// The ignore rules in force in one folder of a walk: its own files' and its parents'.
// Cheap to copy (a shared, immutable chain); each folder of a walk holds one.
class IgnoreRules {
 public:
  // The rules in force at `root`, the folder a walk starts from: the ignore files of
  // `root` and of its parents up to the repository root.
  static IgnoreRules for_walk_root(const std::filesystem::path& root);

  // The rules in force in `folder`, whose path relative to the walk root is `relative`
  // (no trailing '/'): these, then the folder's own ignore files.
  [[nodiscard]] IgnoreRules enter(const std::filesystem::path& folder, std::string_view relative) const;

  // Whether the entry at `relative` (to the walk root) is ignored.
  [[nodiscard]] bool ignores(std::string_view relative, bool is_folder) const;

 private:
  struct Pattern {
    std::string glob;
    bool negated = false;
    bool folders_only = false;
    bool anchored = false;
  };
  struct Level {
    std::shared_ptr<const Level> parent;
    std::string base;  // the folder, relative to the top level's folder, with a trailing '/' (or empty)
    std::vector<Pattern> patterns;
  };

  static std::optional<Pattern> parse_line(std::string_view line);
  static std::vector<Pattern> read_folder(const std::filesystem::path& folder);
  IgnoreRules with_folder(const std::filesystem::path& folder, std::string base) const;

  std::shared_ptr<const Level> innermost_;
  std::string prefix_;  // the walk root relative to the top level's folder, '/'-terminated or empty
};

}  // namespace claimcheck
