#pragma once
// Shell-style globs for --include/--exclude and the configuration file, matched against
// '/'-separated paths relative to the folder being walked:
//   *    any run of characters except '/'     ?    one character except '/'
//   **   any run of characters, '/' included  **/  zero or more whole folders
//   [abc] [a-z] [!a]  one character of (or not of) a set
// A pattern without '/' is matched against the file or folder name alone ("*.md" matches
// "desk/today.md"); one with '/' against the whole relative path ("desk/*.md").

#include <string_view>

namespace claimcheck {

bool glob_match(std::string_view pattern, std::string_view path);

// The rule above: name-only patterns look at the last component.
bool path_matches(std::string_view pattern, std::string_view relative_path);

}  // namespace claimcheck
