#pragma once
// Minimal UTF-8 decoding for the scanner: one code point at a time, never reading past
// the end, reporting invalid sequences instead of guessing.

#include <cstddef>
#include <string>
#include <string_view>

namespace claimcheck::utf8 {

inline constexpr char32_t kReplacement = 0xFFFD;

struct Decoded {
  char32_t code_point = kReplacement;
  std::size_t length = 1;  // bytes consumed; at least 1 so callers always advance
  bool valid = false;
};

// Decodes the code point starting at text[pos]; pos must be < text.size().
Decoded decode(std::string_view text, std::size_t pos);

void append(std::string& out, char32_t code_point);

// The text with every invalid sequence replaced by U+FFFD: what reports may quote.
std::string to_valid(std::string_view text);

// Number of code points in text (invalid bytes count one each).
std::size_t count_code_points(std::string_view text);

}  // namespace claimcheck::utf8
