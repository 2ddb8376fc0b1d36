#pragma once
// Splits normalised text into tokens in one forward pass, no backtracking. Letters and
// digits are never mixed in one token ("H100" is a word glued to a number), which lets the
// figure parser see glue and reject it.

#include <cstdint>
#include <string_view>
#include <vector>

namespace claimcheck {

enum class TokenKind : std::uint8_t {
  Word,     // ASCII letters
  Number,   // digits with optional thousands commas and one decimal point: 1,000.5 .5
  Symbol,   // one ASCII punctuation character
  Space,    // spaces and tabs
  Newline,  // '\n'
  Other,    // one non-ASCII code point (currency signs, CJK, em dash, emoji)
};

struct Token {
  TokenKind kind;
  std::uint32_t begin;  // normalised byte offsets
  std::uint32_t end;
};

std::vector<Token> tokenize(std::string_view text);

// Case-insensitive ASCII comparison of a token's text with a lower-case word.
bool token_equals(std::string_view text, const Token& t, std::string_view lower_word);

inline std::string_view token_text(std::string_view text, const Token& t) {
  return text.substr(t.begin, t.end - t.begin);
}

}  // namespace claimcheck
