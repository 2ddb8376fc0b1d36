#include "read/glob.hpp"

namespace claimcheck {
namespace {

// Matches one bracket expression at pattern[0] ('[') against c; sets `length` to the
// expression's length, 0 when it is not closed (then '[' is an ordinary character).
bool match_class(std::string_view pattern, char c, std::size_t& length) {
  std::size_t i = 1;
  const bool negate = i < pattern.size() && (pattern[i] == '!' || pattern[i] == '^');
  if (negate) ++i;
  bool matched = false;
  const std::size_t first = i;
  for (; i < pattern.size() && (pattern[i] != ']' || i == first); ++i) {
    if (i + 2 < pattern.size() && pattern[i + 1] == '-' && pattern[i + 2] != ']') {
      matched = matched || (pattern[i] <= c && c <= pattern[i + 2]);
      i += 2;
    } else {
      matched = matched || pattern[i] == c;
    }
  }
  if (i >= pattern.size()) {
    length = 0;
    return false;
  }
  length = i + 1;
  return matched != negate;
}

}  // namespace

bool glob_match(std::string_view pattern, std::string_view path) {
  while (!pattern.empty()) {
    if (pattern.starts_with("**")) {
      std::string_view rest = pattern.substr(2);
      const bool folders = rest.starts_with('/');
      if (folders) rest.remove_prefix(1);
      for (std::size_t k = 0; k <= path.size(); ++k) {
        if (folders && k > 0 && path[k - 1] != '/') continue;
        if (glob_match(rest, path.substr(k))) return true;
      }
      return false;
    }
    const char p = pattern.front();
    if (p == '*') {
      for (std::size_t k = 0;; ++k) {
        if (glob_match(pattern.substr(1), path.substr(k))) return true;
        if (k == path.size() || path[k] == '/') return false;
      }
    }
    if (path.empty()) return false;
    if (p == '?') {
      if (path.front() == '/') return false;
      pattern.remove_prefix(1);
    } else if (p == '[') {
      std::size_t length = 0;
      const bool in_class = match_class(pattern, path.front(), length);
      if (length == 0) {  // not closed: a literal '['
        if (path.front() != '[') return false;
        length = 1;
      } else if (!in_class || path.front() == '/') {
        return false;
      }
      pattern.remove_prefix(length);
    } else {
      if (p != path.front()) return false;
      pattern.remove_prefix(1);
    }
    path.remove_prefix(1);
  }
  return path.empty();
}

bool path_matches(std::string_view pattern, std::string_view relative_path) {
  while (pattern.starts_with("./")) pattern.remove_prefix(2);
  if (pattern.find('/') == std::string_view::npos) {
    const std::size_t slash = relative_path.rfind('/');
    return glob_match(pattern, slash == std::string_view::npos ? relative_path : relative_path.substr(slash + 1));
  }
  if (pattern.starts_with('/')) pattern.remove_prefix(1);
  return glob_match(pattern, relative_path);
}

}  // namespace claimcheck
