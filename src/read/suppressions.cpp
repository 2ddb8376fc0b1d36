#include "read/suppressions.hpp"

#include <algorithm>
#include <limits>
#include <tuple>

namespace claimcheck {
namespace {

constexpr std::string_view kOpen = "<!--";
constexpr std::string_view kClose = "-->";
constexpr std::string_view kNextLine = "claimcheck-disable-next-line";
constexpr std::string_view kFile = "claimcheck-disable";

bool is_separator(char c) { return c == ' ' || c == '\t' || c == ',' || c == '\n' || c == '\r'; }

std::vector<std::string> rule_list(std::string_view s) {
  std::vector<std::string> rules;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && is_separator(s[i])) ++i;
    const std::size_t start = i;
    while (i < s.size() && !is_separator(s[i])) ++i;
    if (i > start) rules.emplace_back(s.substr(start, i - start));
  }
  return rules;
}

// [begin, end) of the line after the one holding `pos`; empty at the end of the text.
std::pair<std::size_t, std::size_t> next_line(std::string_view text, std::size_t pos) {
  const std::size_t eol = text.find('\n', pos);
  if (eol == std::string_view::npos) return {text.size(), text.size()};
  const std::size_t after = text.find('\n', eol + 1);
  return {eol + 1, after == std::string_view::npos ? text.size() : after};
}

}  // namespace

bool Suppressions::suppresses(std::string_view rule, std::size_t offset) const {
  return !matches(rule, offset).empty();
}

std::vector<Suppressions::Match> Suppressions::matches(std::string_view rule, std::size_t offset) const {
  std::vector<Match> found;
  for (std::size_t i = 0; i < stretches.size(); ++i) {
    const Stretch& s = stretches[i];
    if (offset < s.begin || offset >= s.end) continue;
    const auto named = std::find(s.rules.begin(), s.rules.end(), rule);
    if (s.rules.empty() || named != s.rules.end()) {
      found.push_back({i, static_cast<std::size_t>(named == s.rules.end() ? 0 : named - s.rules.begin())});
    }
  }
  return found;
}

Suppressions find_suppressions(std::string_view text) {
  Suppressions out;
  std::size_t line = 1;
  std::size_t counted = 0;
  for (std::size_t open = text.find(kOpen); open != std::string_view::npos; open = text.find(kOpen, open + 1)) {
    const std::size_t close = text.find(kClose, open + kOpen.size());
    if (close == std::string_view::npos) break;
    std::string_view body = text.substr(open + kOpen.size(), close - open - kOpen.size());
    while (!body.empty() && is_separator(body.front())) body.remove_prefix(1);
    const bool next = body.starts_with(kNextLine);
    const std::string_view directive = next ? kNextLine : kFile;
    if (!body.starts_with(directive) || (body.size() > directive.size() && !is_separator(body[directive.size()])))
      continue;
    const std::size_t end = close + kClose.size();
    Suppressions::Stretch stretch{0, std::numeric_limits<std::size_t>::max(), rule_list(body.substr(directive.size()))};
    // Counted on from the last comment, so that many comments cost one pass over the text.
    line += static_cast<std::size_t>(std::count(text.begin() + counted, text.begin() + open, '\n'));
    counted = open;
    stretch.line = line;
    if (next) std::tie(stretch.begin, stretch.end) = next_line(text, end);
    out.stretches.push_back(std::move(stretch));
    out.comments.emplace_back(open, end);
    open = end - 1;
  }
  return out;
}

}  // namespace claimcheck
