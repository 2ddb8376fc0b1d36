#pragma once
// Reads one figure at a given token: the number (or number word, or vague quantity such
// as "tens of billions"), its currency, scale, unit, range partner, hedge, rate and
// direction. Returns nothing where the construction is not a claim (years, dates, times,
// glued model names like "H100", list markers, durations, bare numbers with no unit or
// counted noun) or cannot be read with confidence.

#include <cstddef>
#include <optional>
#include <string>

#include "extract/analysed_text.hpp"
#include "extract/lexicon.hpp"
#include "extract/results_rows.hpp"
#include "extract/table_units.hpp"
#include "model/claim.hpp"

namespace claimcheck {

struct Figure {
  std::size_t first = 0;  // token range [first, last]
  std::size_t last = 0;
  Unit unit;
  Interval stated;  // base units, as written
  Interval value;   // widened by precision and hedge
  double scale = 1.0;
  int decimals = 0;
  bool is_range = false;
  Hedge hedge;
  std::optional<std::size_t> hedge_first;  // first token of the hedge before the figure, if any
  double hedge_below = 1.0;                // for upper-bound hedges: how far under the value the truth may lie
  Direction direction = Direction::None;
  std::string rate;
  std::string basis;  // "yoy", "qoq", "mom"
  // Where the figure starts once its hedge is counted: "about" in "rose about 4%".
  [[nodiscard]] std::size_t first_with_hedge() const { return hedge_first.value_or(first); }
  // The word after the figure when it ends a construction such as "X% of <noun>".
  bool followed_by_of = false;
};

class FigureParser {
 public:
  FigureParser(const Lexicon& lexicon, const AnalysedText& text)
      : lex_(lexicon), doc_(text), tables_(lexicon, text), results_(lexicon, text) {}

  // Tries to read a figure whose value starts at token `at` (a Number or Word token).
  // `previous` is the last figure read before it, if any: "6,450 ... from 5,200" lets the
  // second count take the first one's noun.
  [[nodiscard]] std::optional<Figure> parse(std::size_t at, const Figure* previous = nullptr) const;

 private:
  struct Value;  // a number as written, before units
  const Lexicon& lex_;
  const AnalysedText& doc_;
  TableUnits tables_;
  ResultsRows results_;

  [[nodiscard]] std::optional<Figure> parse_number(std::size_t at, const Figure* previous) const;
  // A number alone in a table's data cell takes the table's unit; true when it did.
  [[nodiscard]] bool take_table_unit(Figure& f, bool has_currency, bool has_scale, double& low_scale) const;
  // A bare number that is an amount by its context takes its currency (and, written
  // short, its scale): the first figure of a wire results row ("Revs 48.2 mln vs ..."),
  // or one compared with an amount just before it ("3.4 mln dlrs vs 2.9", "... vs loss
  // 1,150,000"). True when it did.
  [[nodiscard]] bool take_context_currency(Figure& f, const Value& low, const Figure* previous, bool has_scale,
                                           double& low_scale) const;
  // parse_number's steps. The number at `at` cannot start a figure: glued to a word, a list
  // marker, a date or a time, one side of "2 / 3", a day of the month.
  [[nodiscard]] bool cannot_start_figure(std::size_t at, bool glued_cell) const;
  [[nodiscard]] bool is_enumeration_mark(std::size_t at) const;
  [[nodiscard]] std::string material_after(std::size_t noun) const;
  // Accounting style in tables: "(3.2)" is -3.2.
  [[nodiscard]] bool in_accounting_parentheses(std::size_t at, const Figure& f) const;
  // A second value after "to", "-" or ("between" ...) "and" that makes the figure a range:
  // updates the figure, its end `pos`, the high value and the low value's scale.
  void read_range(Figure& f, std::size_t& pos, bool& has_currency, bool& has_scale, const Value& low, Value& high,
                  double& low_scale) const;
  // The stated interval from the values, then hedge, direction, rate, basis, "of <noun>"
  // and the interval the text allows.
  void complete(Figure& f, const Value& low, const Value& high, double low_scale, bool negative, int sign) const;
  [[nodiscard]] Role role_at(std::size_t token) const;
  // A table cell glued to the cell before it: "billion27.5%".
  [[nodiscard]] bool glued_to_previous_cell(std::size_t at) const;
  // A capitalised word followed by "Street", "Road", ...: the number before it is an address.
  [[nodiscard]] bool in_an_address(std::size_t noun_token) const;
  // The counted noun right after the figure, or what the context says is counted:
  // a count-metric cue before it ("Headcount rose to 6,450") or the noun of a count it is
  // compared with ("41,200 people, down about 1,900").
  [[nodiscard]] std::optional<std::string> counted_noun(const Figure& f, std::size_t pos, const Figure* previous) const;
  [[nodiscard]] bool count_cue_before(std::size_t first) const;
  // A plural noun at token w, separated from the figure ending at `after` by a space.
  [[nodiscard]] bool counted_word_at(std::size_t w, std::size_t after) const;
  // Some metric the cue phrase names is measured in counts.
  [[nodiscard]] bool cues_count(std::size_t cue_group) const;
  [[nodiscard]] std::optional<Figure> parse_vague(std::size_t at) const;
  [[nodiscard]] std::optional<Figure> parse_word_number(std::size_t at) const;
  [[nodiscard]] bool glued_on_the_left(std::size_t at) const;
  [[nodiscard]] bool is_list_marker(std::size_t at) const;
  // The number is part of a product or model name: "Gen 3", "Llama 2".
  [[nodiscard]] bool follows_a_name(std::size_t first) const;
  // The token is in a headline written in capitals only, where a capital names nothing.
  [[nodiscard]] bool in_capitals_headline(std::size_t at) const;
  [[nodiscard]] bool is_date_or_time(std::size_t at) const;
  // Currency and sign before the number; `sign` is -1 or +1 when one is written, else 0.
  void read_prefix(std::size_t at, Figure& f, bool& has_currency, int& sign) const;
  // Reads scale, unit and currency after the value tokens; returns false to reject.
  bool read_suffix(std::size_t& pos, Figure& f, bool& has_currency, bool& has_scale) const;
  void read_hedge(Figure& f) const;
  // Sets f.value from f.stated, the hedge and one unit of the last written digit at each end.
  static void widen(Figure& f, double unit_low, double unit_high);
  void read_direction(Figure& f) const;
  [[nodiscard]] Direction direction_before(const Figure& f) const;
  [[nodiscard]] Direction direction_after(const Figure& f) const;
  void read_rate(Figure& f) const;
  // "rose 12% year-over-year", "a 3% quarter-on-quarter gain": within a few words after.
  void read_basis(Figure& f) const;
  [[nodiscard]] std::string noun_phrase_after(std::size_t pos) const;
  [[nodiscard]] std::size_t next_non_space(std::size_t pos) const;
  [[nodiscard]] std::optional<std::size_t> prev_non_space(std::size_t pos) const;
  [[nodiscard]] bool is(std::size_t pos, TokenKind kind) const;
  [[nodiscard]] bool is_symbol(std::size_t pos, char c) const;
};

// Parses "1,234.5" into its value and the number of decimals written.
struct ParsedNumber {
  double value = 0.0;
  int decimals = 0;
  bool has_thousands_separator = false;
};
// A number written with more digits than this is not read as a figure: past 18 digits it
// may not fit a 64-bit integer and a double no longer holds it exactly, and no article
// states a figure that precisely. extract_claims() leaves it alone; overlong_numbers()
// finds such numbers so that the caller can say so.
inline constexpr std::size_t kMaxFigureDigits = 18;
[[nodiscard]] std::size_t count_digits(std::string_view number_text);

ParsedNumber parse_number_text(std::string_view digits);

}  // namespace claimcheck
