#pragma once
// Multi-word vocabulary lookup over a token stream ("per cent", "more than",
// "capital expenditure", "click-through rate"). Phrases are tokenised like the text and
// matched case-insensitively, skipping spaces but never crossing a line break.

#include <array>
#include <bitset>
#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "extract/tokenizer.hpp"

namespace claimcheck {

// Hash maps keyed by std::string that can be searched with a std::string_view, so that
// looking a token up allocates nothing.
struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
};
template <typename T>
using WordMap = std::unordered_map<std::string, T, StringHash, std::equal_to<>>;
using WordSet = std::unordered_set<std::string, StringHash, std::equal_to<>>;

// A short word lower-cased into a fixed buffer; empty when the word is longer than any
// vocabulary entry could be.
class LowerWord {
 public:
  explicit LowerWord(std::string_view word) {
    if (word.size() > buffer_.size()) return;
    for (std::size_t i = 0; i < word.size(); ++i) {
      const char c = word[i];
      buffer_[i] = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    }
    size_ = word.size();
  }
  [[nodiscard]] std::string_view view() const { return {buffer_.data(), size_}; }

 private:
  std::array<char, 40> buffer_{};
  std::size_t size_ = 0;
};

struct PhraseMatch {
  std::size_t payload = 0;  // index given when the phrase was added
  std::size_t first = 0;    // token range [first, last] in the text
  std::size_t last = 0;
  std::size_t words = 0;  // tokens in the phrase
};

class PhraseTable {
 public:
  // Case-sensitive tables match names ("Meta" but not "meta"); the default ignores case.
  explicit PhraseTable(bool case_sensitive = false) : case_sensitive_(case_sensitive) {
    first_filter_.fold = last_filter_.fold = !case_sensitive;
  }

  void add(std::string_view phrase, std::size_t payload);

  // Longest phrase starting at token `first`.
  [[nodiscard]] std::optional<PhraseMatch> match_at(std::string_view text, const std::vector<Token>& tokens,
                                                    std::size_t first) const;
  // Longest phrase ending at token `last`.
  [[nodiscard]] std::optional<PhraseMatch> match_ending_at(std::string_view text, const std::vector<Token>& tokens,
                                                           std::size_t last) const;
  [[nodiscard]] bool empty() const { return phrases_.empty(); }

 private:
  struct Phrase {
    std::vector<std::string> parts;  // lower-case token texts, spaces dropped
    std::size_t payload;
  };
  [[nodiscard]] const std::vector<std::size_t>* candidates(const WordMap<std::vector<std::size_t>>& index,
                                                           std::string_view token) const;
  [[nodiscard]] bool equals(std::string_view text, const Token& t, const std::string& part) const;
  // Which (length, first byte) pairs start or end some phrase: most words of a text match
  // no vocabulary entry, and this rejects them without hashing.
  struct Prefilter {
    std::array<std::bitset<256>, 41> seen{};
    bool fold = true;  // compare first bytes case-insensitively
    void add(std::string_view word);
    [[nodiscard]] bool may_contain(std::string_view word) const;
  };

  bool case_sensitive_;
  Prefilter first_filter_;
  Prefilter last_filter_;
  std::vector<Phrase> phrases_;
  WordMap<std::vector<std::size_t>> by_first_;
  WordMap<std::vector<std::size_t>> by_last_;
};

// Lower-cases ASCII letters.
std::string ascii_lower(std::string_view s);

}  // namespace claimcheck
