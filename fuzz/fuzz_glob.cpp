// Arbitrary bytes as a glob pattern and a path (split at the first newline): the matcher
// must agree with a memoised reference of the documented rules (read/glob.hpp) and take
// time linear in the path for a given pattern (libFuzzer's -timeout catches a matcher
// that backtracks, as the old one did on '*a*a*a*a*a*a*a*a*b').

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>
#include <vector>

#include "read/glob.hpp"

namespace {

// The documented semantics, memoised on (pattern position, path position): quadratic, but
// never exponential. Bracket expressions as read/glob.cpp reads them.
class Reference {
 public:
  Reference(std::string_view pattern, std::string_view path)
      : pattern_(pattern), path_(path), memo_((pattern.size() + 1) * (path.size() + 1), -1) {}
  bool match(std::size_t p, std::size_t s) {
    signed char& m = memo_[p * (path_.size() + 1) + s];
    if (m < 0) m = compute(p, s) ? 1 : 0;
    return m == 1;
  }

 private:
  bool compute(std::size_t p, std::size_t s) {
    if (p == pattern_.size()) return s == path_.size();
    const std::string_view rest = pattern_.substr(p);
    if (rest.starts_with("**/")) {
      if (match(p + 3, s)) return true;
      for (std::size_t k = s; k < path_.size(); ++k) {
        if (path_[k] == '/' && match(p + 3, k + 1)) return true;
      }
      return false;
    }
    if (rest.starts_with("**")) {
      for (std::size_t k = s; k <= path_.size(); ++k) {
        if (match(p + 2, k)) return true;
      }
      return false;
    }
    if (rest.front() == '*') {
      for (std::size_t k = s;; ++k) {
        if (match(p + 1, k)) return true;
        if (k == path_.size() || path_[k] == '/') return false;
      }
    }
    if (s == path_.size()) return false;
    const char c = path_[s];
    if (rest.front() == '?') return c != '/' && match(p + 1, s + 1);
    if (rest.front() == '[') {
      std::size_t length = 0;
      const bool in = in_class(rest, c, length);
      if (length == 0) return c == '[' && match(p + 1, s + 1);
      return in && c != '/' && match(p + length, s + 1);
    }
    return c == rest.front() && match(p + 1, s + 1);
  }

  static bool in_class(std::string_view pattern, char c, std::size_t& length) {
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

  std::string_view pattern_;
  std::string_view path_;
  std::vector<signed char> memo_;
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const std::size_t split = input.find('\n');
  if (split == std::string_view::npos) return 0;
  const std::string_view pattern = input.substr(0, split);
  const std::string_view path = input.substr(split + 1);
  const bool got = claimcheck::glob_match(pattern, path);
  (void)claimcheck::path_matches(pattern, path);
  if (pattern.size() <= 256 && path.size() <= 1024 && Reference(pattern, path).match(0, 0) != got) std::abort();
  return 0;
}
