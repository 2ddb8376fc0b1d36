#pragma once
// One document as the extraction and resolution stages see it: the original bytes, the
// normalised text with its offset map, its layout and its tokens. Built once per document.

#include <algorithm>
#include <string_view>
#include <utility>
#include <vector>

#include "extract/tokenizer.hpp"
#include "normalize/layout.hpp"
#include "normalize/line_index.hpp"
#include "normalize/normalized_text.hpp"

namespace claimcheck {

struct AnalysedText {
  std::string_view original;
  NormalizedText normalized;
  LineIndex lines;
  Layout layout;
  std::vector<Token> tokens;

  // `headline_hint` comes from metadata (front matter, <title>) when the format has it.
  AnalysedText(std::string_view original_bytes, NormalizedText norm, std::string_view headline_hint)
      : original(original_bytes),
        normalized(std::move(norm)),
        lines(original_bytes),
        layout(Layout::analyse(normalized.text(), headline_hint)),
        tokens(tokenize(normalized.text())) {}

  [[nodiscard]] std::string_view text() const { return normalized.text(); }
  [[nodiscard]] std::string_view token(std::size_t i) const { return token_text(text(), tokens[i]); }

  // Indices [first, last] of the tokens that overlap the normalised range.
  [[nodiscard]] std::pair<std::size_t, std::size_t> token_range(TextRange range) const {
    const auto lo = std::lower_bound(tokens.begin(), tokens.end(), range.begin,
                                     [](const Token& t, std::size_t b) { return t.end <= b; });
    const auto hi = std::lower_bound(tokens.begin(), tokens.end(), range.end,
                                     [](const Token& t, std::size_t e) { return t.begin < e; });
    const auto past = static_cast<std::size_t>(hi - tokens.begin());
    return {static_cast<std::size_t>(lo - tokens.begin()), past == 0 ? 0 : past - 1};
  }
};

}  // namespace claimcheck
