#include "extract/table_units.hpp"

#include <algorithm>
#include <cstdlib>

namespace claimcheck {
namespace {

// Tokens of a unit statement in parentheses: "(in thousands, except per share data)" is
// short; a longer parenthesis is an aside of prose.
constexpr std::size_t kMaxStatementTokens = 40;

}  // namespace

TableUnits::TableUnits(const Lexicon& lexicon, const AnalysedText& text) : lex_(lexicon), doc_(text) {
  bool any_table = false;
  for (const TextLine& line : doc_.layout.lines()) any_table = any_table || line.role == Role::Table;
  if (!any_table) return;
  find_unit_statements();
  read_tables();
}

std::optional<std::string> TableUnits::currency_in(std::size_t first, std::size_t last) const {
  const std::string_view text = doc_.text();
  for (std::size_t i = first; i <= last && i < doc_.tokens.size(); ++i) {
    std::optional<PhraseMatch> m = lex_.currency_symbols.match_at(text, doc_.tokens, i);
    if (!m) m = lex_.currency_codes.match_at(text, doc_.tokens, i);
    if (!m) m = lex_.currency_words.match_at(text, doc_.tokens, i);
    if (m && m->last <= last) return lex_.currencies[m->payload].currency;
  }
  return std::nullopt;
}

std::optional<TableUnits::UnitStatement> TableUnits::unit_in(std::size_t first, std::size_t last) const {
  std::optional<UnitStatement> found;
  for (std::size_t i = first; i <= last && i < doc_.tokens.size(); ++i) {
    const Token& t = doc_.tokens[i];
    if (t.kind == TokenKind::Number && doc_.token(i) == "000" && i > first && doc_.token(i - 1) == "'") {
      found = UnitStatement{0, {}, 1e3};  // "$'000"
      break;
    }
    if (t.kind != TokenKind::Word) continue;
    const auto scale = lex_.scales.find(LowerWord(doc_.token(i)).view());
    if (scale == lex_.scales.end()) continue;
    // A single letter names a scale only glued to a currency: "£m", "$M", not "m" alone.
    const bool letter = doc_.token(i).size() == 1;
    if (letter && (i == first || doc_.tokens[i - 1].kind == TokenKind::Space)) continue;
    found = UnitStatement{0, {}, scale->second};
    break;
  }
  if (!found) return std::nullopt;
  found->currency = currency_in(first, last).value_or("");
  found->line = doc_.layout.line_index_at(doc_.tokens[first].begin);
  return found;
}

void TableUnits::find_unit_statements() {
  const auto& tokens = doc_.tokens;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (tokens[i].kind != TokenKind::Symbol || doc_.token(i) != "(") continue;
    std::size_t close = i + 1;
    while (close < tokens.size() && close - i <= kMaxStatementTokens && tokens[close].kind != TokenKind::Newline &&
           doc_.token(close) != ")" && doc_.token(close) != "(") {
      ++close;
    }
    if (close >= tokens.size() || doc_.token(close) != ")") continue;
    // "(in thousands)", "(Dollars in millions)", "(millions)": a scale word, alone or after "in".
    bool says_in = close - i <= 3;
    for (std::size_t k = i + 1; k < close && !says_in; ++k) says_in = LowerWord(doc_.token(k)).view() == "in";
    if (!says_in) continue;
    if (auto statement = unit_in(i + 1, close - 1)) {
      statements_.push_back(std::move(*statement));
    }
    i = close;
  }
}

void TableUnits::read_tables() {
  const auto& lines = doc_.layout.lines();
  for (std::size_t index = 0; index < lines.size(); ++index) {
    const TextLine& line = lines[index];
    if (line.role != Role::Table || !line.table_header) continue;
    const std::size_t header = *line.table_header;
    if (!doc_.layout.has_delimited_cells(index)) continue;
    const auto cells = doc_.layout.cells(index);
    for (std::size_t column = 0; column < cells.size(); ++column) {
      const auto [first, last] = doc_.token_range(cells[column]);
      if (cells[column].begin >= cells[column].end || first > last) continue;
      if (index <= header) {
        // A header cell naming its column's unit: "$ million", "£m", "$'000", "(millions)".
        if (auto unit = unit_in(first, last)) columns_.push_back({header, column, unit->currency, unit->scale});
      } else if (auto currency = currency_in(first, last)) {
        auto known = std::find_if(currencies_.begin(), currencies_.end(),
                                  [&](const TableCurrency& t) { return t.header == header; });
        if (known == currencies_.end()) {
          currencies_.push_back({header, *currency});
        } else if (known->currency != *currency) {
          known->currency.clear();  // two currencies: neither is the table's
        }
      }
    }
  }
}

const TableUnits::UnitStatement* TableUnits::nearest_statement(std::size_t line) const {
  const UnitStatement* best = nullptr;
  std::size_t best_distance = 0;
  for (const UnitStatement& s : statements_) {
    const std::size_t distance = s.line > line ? s.line - line : line - s.line;
    if (best == nullptr || distance < best_distance) {
      best = &s;
      best_distance = distance;
    }
  }
  return best;
}

std::optional<TableUnits::DataCell> TableUnits::data_cell(std::size_t first, std::size_t last) const {
  const std::size_t begin = doc_.tokens[first].begin;
  const std::size_t index = doc_.layout.line_index_at(begin);
  const TextLine& line = doc_.layout.lines()[index];
  if (line.role != Role::Table || !line.table_header || index <= *line.table_header) return std::nullopt;
  if (!doc_.layout.has_delimited_cells(index)) return std::nullopt;
  DataCell cell{index, 0, doc_.layout.cells(index)};
  while (cell.column < cell.cells.size() &&
         !(begin >= cell.cells[cell.column].begin && begin < cell.cells[cell.column].end)) {
    ++cell.column;
  }
  if (cell.column == 0 || cell.column == cell.cells.size()) return std::nullopt;  // the row label, or no cell
  // The figure fills its cell, up to accounting parentheses and spaces.
  const auto [cell_first, cell_last] = doc_.token_range(cell.cells[cell.column]);
  for (std::size_t i = cell_first; i <= cell_last; ++i) {
    const bool own = i >= first && i <= last;
    if (!own && doc_.tokens[i].kind != TokenKind::Space && doc_.token(i) != "(" && doc_.token(i) != ")") {
      return std::nullopt;
    }
  }
  return cell;
}

bool TableUnits::fills_data_cell(std::size_t first, std::size_t last) const {
  return data_cell(first, last).has_value();
}

std::optional<TableCellUnit> TableUnits::cell_unit(std::size_t first, std::size_t last) const {
  const std::optional<DataCell> at = data_cell(first, last);
  if (!at) return std::nullopt;
  const auto& cells = at->cells;
  const std::size_t index = at->line;
  const std::size_t column = at->column;
  const TextLine& line = doc_.layout.lines()[index];
  // A percentage or ratio row keeps its figures as written; a per-share row takes the
  // table's currency but not its scale.
  const auto [label_first, label_last] = doc_.token_range(cells[0]);
  const bool labelled = cells[0].begin < cells[0].end && label_first <= label_last;
  bool per_unit = false;
  bool counts = false;
  std::optional<std::size_t> last_word;
  for (std::size_t i = label_first; labelled && i <= label_last; ++i) {
    const LowerWord lower(doc_.token(i));
    const std::string_view word = lower.view();
    per_unit = per_unit || lex_.per_unit_row_words.contains(word);
    counts = counts || lex_.count_row_words.contains(word);
    if (doc_.tokens[i].kind == TokenKind::Word || word == "%") last_word = i;
  }
  if (last_word && lex_.ratio_row_words.contains(LowerWord(doc_.token(*last_word)).view())) return std::nullopt;
  if (counts) return TableCellUnit{};
  TableCellUnit unit;
  const std::size_t header = *line.table_header;
  const auto named = std::find_if(columns_.begin(), columns_.end(),
                                  [&](const ColumnUnit& c) { return c.header == header && c.column == column; });
  const UnitStatement* statement = nearest_statement(index);
  const auto row_unit = labelled ? unit_in(label_first, label_last) : std::nullopt;
  if (named != columns_.end()) {
    unit.currency = named->currency;
    unit.scale = named->scale;
  } else if (row_unit) {
    unit.currency = row_unit->currency;
    unit.scale = row_unit->scale;
  } else if (statement != nullptr) {
    unit.scale = statement->scale;
  }
  if (unit.currency.empty()) {
    const auto table = std::find_if(currencies_.begin(), currencies_.end(),
                                    [&](const TableCurrency& t) { return t.header == header; });
    if (table != currencies_.end()) unit.currency = table->currency;
  }
  if (unit.currency.empty() && statement != nullptr) unit.currency = statement->currency;
  if (!unit.currency.empty()) unit.kind = UnitKind::Money;
  if (per_unit) unit.scale = 1.0;
  return unit;
}

}  // namespace claimcheck
