#include "extract/tokenizer.hpp"

#include "support/utf8.hpp"

namespace claimcheck {
namespace {

bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }

// Inside a run of letters, a new word starts at an upper-case letter after a lower-case
// one ("billionIn"), or at one that begins a lower-case word after another capital
// ("Y/YShare", "HTMLParser") but not at a plural acronym's "s" ("ETFs", "IPOs").
bool word_starts_at(std::string_view s, std::size_t i) {
  if (!is_upper(s[i])) return false;
  if (is_lower(s[i - 1])) return true;
  return is_upper(s[i - 1]) && i + 2 < s.size() && is_lower(s[i + 1]) && is_lower(s[i + 2]);
}

// Length of the number starting at pos (pos is a digit, or '.' followed by a digit).
std::size_t scan_number(std::string_view s, std::size_t pos) {
  std::size_t i = pos;
  while (i < s.size() && is_digit(s[i])) ++i;
  // Thousands groups: exactly three digits after each comma, not followed by a fourth.
  while (i + 3 < s.size() && s[i] == ',' && is_digit(s[i + 1]) && is_digit(s[i + 2]) && is_digit(s[i + 3]) &&
         (i + 4 >= s.size() || !is_digit(s[i + 4])) && i > pos) {
    i += 4;
  }
  if (i + 1 < s.size() && s[i] == '.' && is_digit(s[i + 1])) {
    ++i;
    while (i < s.size() && is_digit(s[i])) ++i;
  }
  return i - pos;
}

}  // namespace

std::vector<Token> tokenize(std::string_view s) {
  std::vector<Token> tokens;
  tokens.reserve(s.size() / 3);
  std::size_t i = 0;
  auto push = [&](TokenKind kind, std::size_t begin, std::size_t end) {
    tokens.push_back({kind, static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end)});
  };
  while (i < s.size()) {
    const char c = s[i];
    const std::size_t start = i;
    if (is_alpha(c)) {
      // A lower-case letter followed by an upper-case one splits the word: scraped tables
      // glue cells together ("billionIn-house", "GenerationRepresentative").
      ++i;
      while (i < s.size() && is_alpha(s[i]) && !word_starts_at(s, i)) ++i;
      push(TokenKind::Word, start, i);
    } else if (is_digit(c) || (c == '.' && i + 1 < s.size() && is_digit(s[i + 1]) && (i == 0 || !is_digit(s[i - 1])))) {
      i += scan_number(s, i);
      push(TokenKind::Number, start, i);
    } else if (c == ' ' || c == '\t') {
      while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
      push(TokenKind::Space, start, i);
    } else if (c == '\n') {
      push(TokenKind::Newline, start, ++i);
    } else if (static_cast<unsigned char>(c) < 0x80) {
      push(TokenKind::Symbol, start, ++i);
    } else {
      i += utf8::decode(s, i).length;
      push(TokenKind::Other, start, i);
    }
  }
  return tokens;
}

bool token_equals(std::string_view text, const Token& t, std::string_view lower_word) {
  if (t.end - t.begin != lower_word.size()) return false;
  for (std::size_t k = 0; k < lower_word.size(); ++k) {
    char c = text[t.begin + k];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != lower_word[k]) return false;
  }
  return true;
}

}  // namespace claimcheck
