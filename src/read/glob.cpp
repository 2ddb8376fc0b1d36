#include "read/glob.hpp"

#include <algorithm>
#include <string_view>
#include <vector>

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

// The pattern as a list of steps, matched by following every step the path can be at
// at once (a Thompson NFA): time |pattern| x |path|, never exponential however many
// '*' the pattern holds (a backtracking matcher takes minutes on '*a*a*a*a*a*a*a*a*b').
struct Step {
  enum class Kind { Literal, One, Class, Star, Any, Folders } kind;
  char literal = 0;
  std::string_view set;  // a bracket expression, '[' to ']'
};

std::vector<Step> compile(std::string_view pattern) {
  std::vector<Step> steps;
  while (!pattern.empty()) {
    if (pattern.starts_with("**/")) {
      steps.push_back({Step::Kind::Folders, 0, {}});
      pattern.remove_prefix(3);
    } else if (pattern.starts_with("**")) {
      steps.push_back({Step::Kind::Any, 0, {}});
      pattern.remove_prefix(2);
    } else if (pattern.front() == '*') {
      steps.push_back({Step::Kind::Star, 0, {}});
      pattern.remove_prefix(1);
    } else if (pattern.front() == '?') {
      steps.push_back({Step::Kind::One, 0, {}});
      pattern.remove_prefix(1);
    } else if (pattern.front() == '[') {
      std::size_t length = 0;
      match_class(pattern, 'a', length);  // the expression's length does not depend on the character
      if (length == 0) {                  // not closed: a literal '['
        steps.push_back({Step::Kind::Literal, '[', {}});
        pattern.remove_prefix(1);
      } else {
        steps.push_back({Step::Kind::Class, 0, pattern.substr(0, length)});
        pattern.remove_prefix(length);
      }
    } else {
      steps.push_back({Step::Kind::Literal, pattern.front(), {}});
      pattern.remove_prefix(1);
    }
  }
  return steps;
}

}  // namespace

bool glob_match(std::string_view pattern, std::string_view path) {
  const std::vector<Step> steps = compile(pattern);
  const std::size_t n = steps.size();
  // State i: steps before i are matched; state i "ready" for a Folders step means what it
  // has taken so far is empty or ends with '/' (so it may end there). `pending` marks a
  // Folders step part-way through a folder name.
  std::vector<char> ready(n + 1, 0);
  std::vector<char> pending(n + 1, 0);
  std::vector<char> next_ready(n + 1, 0);
  std::vector<char> next_pending(n + 1, 0);
  // Steps that can match nothing pass a ready state on to the next step.
  auto close = [&](std::vector<char>& states) {
    for (std::size_t i = 0; i < n; ++i) {
      const Step::Kind k = steps[i].kind;
      if (states[i] != 0 && (k == Step::Kind::Star || k == Step::Kind::Any || k == Step::Kind::Folders))
        states[i + 1] = 1;
    }
  };
  ready[0] = 1;
  close(ready);
  for (const char c : path) {
    std::fill(next_ready.begin(), next_ready.end(), 0);
    std::fill(next_pending.begin(), next_pending.end(), 0);
    bool alive = false;
    auto take = [&](std::size_t state) {
      next_ready[state] = 1;
      alive = true;
    };
    for (std::size_t i = 0; i < n; ++i) {
      if (ready[i] == 0 && pending[i] == 0) continue;
      const Step& step = steps[i];
      switch (step.kind) {
        case Step::Kind::Folders:
          (c == '/' ? next_ready : next_pending)[i] = 1;
          alive = true;
          break;
        case Step::Kind::Any:
          take(i);
          break;
        case Step::Kind::Star:
          if (c != '/') take(i);
          break;
        case Step::Kind::One:
          if (c != '/') take(i + 1);
          break;
        case Step::Kind::Class: {
          std::size_t length = 0;
          if (c != '/' && match_class(step.set, c, length)) take(i + 1);
          break;
        }
        case Step::Kind::Literal:
          if (c == step.literal) take(i + 1);
          break;
      }
    }
    if (!alive) return false;
    close(next_ready);
    ready.swap(next_ready);
    pending.swap(next_pending);
  }
  return ready[n] != 0;
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
