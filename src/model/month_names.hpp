#pragma once
// The names of the months, as the lexicon gives them (rules/lexicon/periods.json,
// "months": each month's name, then its abbreviations, January first). The date resolver
// reads them in an article ("5 March", "Mar 5, 2026"), the figure parser and the event
// terms take them as calendar words, and the calendar rule writes them in its message
// ("3 March 2026"): the code itself holds no month name.

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace claimcheck {

class MonthNames {
 public:
  MonthNames() = default;  // knows no month: every word is none
  // `months`: twelve lists, January first, each the month's name as a message writes it
  // followed by its abbreviations. Throws std::invalid_argument naming what is wrong (not
  // twelve, an empty list, an empty word, a word given to two months).
  explicit MonthNames(const std::vector<std::vector<std::string>>& months);

  // 1..12 for a month's name or abbreviation in any case ("MARCH", "mar", "Sept").
  [[nodiscard]] std::optional<unsigned> number_of(std::string_view word) const;
  // The month's name as written in a message: "March" for 3.
  [[nodiscard]] const std::string& name(unsigned month) const;
  // Every name and abbreviation, lower-case.
  [[nodiscard]] std::vector<std::string> lower_case_words() const;

 private:
  std::vector<std::string> names_;                     // January first
  std::unordered_map<std::string, unsigned> numbers_;  // lower-case word -> 1..12
  std::size_t longest_ = 0;                            // no longer word is a month
};

}  // namespace claimcheck
