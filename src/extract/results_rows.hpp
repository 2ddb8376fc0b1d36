#pragma once
// The results rows of wire house style: a label that names a money metric at the start of
// a line, then this period's figure "vs" the earlier one, often with no unit written:
//   Net profit 3,410,000 vs profit 2,986,000
//   Revs 48.2 mln vs 41.9 mln
// The bare figures are amounts in the story's currency (the one its figures are written
// in most often: "Shr 14 cts vs 11 cts" makes it dollars).

#include <cstddef>
#include <optional>
#include <string>

#include "extract/analysed_text.hpp"
#include "extract/lexicon.hpp"

namespace claimcheck {

class ResultsRows {
 public:
  ResultsRows(const Lexicon& lexicon, const AnalysedText& text);

  // The currency of a bare figure starting at token `first`, when its line is a results
  // row: a money label at the line's start, the figure its first one, and a comparison
  // word ("vs") on the line.
  [[nodiscard]] std::optional<std::string> currency_of(std::size_t first) const;

 private:
  const Lexicon& lex_;
  const AnalysedText& doc_;
  mutable std::optional<std::string> currency_;  // the story's currency once asked; empty where it writes none

  [[nodiscard]] bool money_label_at(std::size_t token) const;
  [[nodiscard]] std::string most_written_currency() const;
};

}  // namespace claimcheck
