#include "model/month_names.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <stdexcept>

namespace claimcheck {
namespace {

constexpr std::size_t kMonthsInYear = 12;

std::string lower(std::string_view word) {
  std::string out(word);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

}  // namespace

MonthNames::MonthNames(const std::vector<std::vector<std::string>>& months) {
  if (months.size() != kMonthsInYear) {
    throw std::invalid_argument(fmt::format("{} months given, not 12 (January first)", months.size()));
  }
  for (unsigned m = 1; m <= kMonthsInYear; ++m) {
    const std::vector<std::string>& words = months[m - 1];
    if (words.empty()) throw std::invalid_argument(fmt::format("month {} has no name", m));
    names_.push_back(words.front());
    for (const std::string& word : words) {
      if (word.empty()) throw std::invalid_argument(fmt::format("month {} has an empty word", m));
      const auto [at, added] = numbers_.try_emplace(lower(word), m);
      if (!added && at->second != m) {
        throw std::invalid_argument(fmt::format("'{}' is given to month {} and month {}", word, at->second, m));
      }
      longest_ = std::max(longest_, word.size());
    }
  }
}

std::optional<unsigned> MonthNames::number_of(std::string_view word) const {
  // Asked of many words of an article: most are turned away by their length alone.
  if (word.size() > longest_) return std::nullopt;
  const auto it = numbers_.find(lower(word));
  if (it == numbers_.end()) return std::nullopt;
  return it->second;
}

const std::string& MonthNames::name(unsigned month) const { return names_.at(month - 1); }

std::vector<std::string> MonthNames::lower_case_words() const {
  std::vector<std::string> words;
  words.reserve(numbers_.size());
  for (const auto& entry : numbers_) words.push_back(entry.first);
  return words;
}

}  // namespace claimcheck
