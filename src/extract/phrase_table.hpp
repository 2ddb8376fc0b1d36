#pragma once
// Multi-word vocabulary lookup over a token stream ("per cent", "more than",
// "capital expenditure", "click-through rate"). Phrases are tokenised like the text and
// matched case-insensitively, skipping spaces but never crossing a line break.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract/tokenizer.hpp"

namespace claimcheck {

struct PhraseMatch {
  std::size_t payload = 0;  // index given when the phrase was added
  std::size_t first = 0;    // token range [first, last] in the text
  std::size_t last = 0;
  std::size_t words = 0;    // tokens in the phrase
};

class PhraseTable {
 public:
  // Case-sensitive tables match names ("Meta" but not "meta"); the default ignores case.
  explicit PhraseTable(bool case_sensitive = false) : case_sensitive_(case_sensitive) {}

  void add(std::string_view phrase, std::size_t payload);

  // Longest phrase starting at token `first`.
  [[nodiscard]] std::optional<PhraseMatch> match_at(std::string_view text,
                                                    const std::vector<Token>& tokens,
                                                    std::size_t first) const;
  // Longest phrase ending at token `last`.
  [[nodiscard]] std::optional<PhraseMatch> match_ending_at(std::string_view text,
                                                           const std::vector<Token>& tokens,
                                                           std::size_t last) const;
  [[nodiscard]] bool empty() const { return phrases_.empty(); }

 private:
  struct Phrase {
    std::vector<std::string> parts;  // lower-case token texts, spaces dropped
    std::size_t payload;
  };
  [[nodiscard]] std::string key(std::string_view token) const;
  [[nodiscard]] bool equals(std::string_view text, const Token& t, const std::string& part) const;
  bool case_sensitive_;
  std::vector<Phrase> phrases_;
  std::unordered_map<std::string, std::vector<std::size_t>> by_first_;
  std::unordered_map<std::string, std::vector<std::size_t>> by_last_;
};

// Lower-cases ASCII letters.
std::string ascii_lower(std::string_view s);

}  // namespace claimcheck
