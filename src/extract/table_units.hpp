#pragma once
// What the bare numbers of a table are. Annual-report tables write the currency symbol on
// the first and total rows only and give their scale once, in a unit line outside the
// table ("(in thousands)", "(Dollars in millions, except per share data)") or in a column
// header ("$ million", "£m", "$'000"): a bare "18,240" under "$204,515" in a table "in
// thousands" is $18,240 thousand, and so is the "$204,515" above it.
//
// Only tables whose cells are delimited (tabs, or '|' in Markdown) are read this way; a
// scraped row whose cells arrive glued together has no column to inherit a unit from.

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "extract/analysed_text.hpp"
#include "extract/lexicon.hpp"
#include "model/claim.hpp"

namespace claimcheck {

struct TableCellUnit {
  UnitKind kind = UnitKind::Count;  // Money where the column, row, table or unit line names a currency
  std::string currency;
  double scale = 1.0;  // from the column header, the row label or the unit line; 1 where none says
};

class TableUnits {
 public:
  TableUnits(const Lexicon& lexicon, const AnalysedText& text);

  // The unit of the figure in tokens [first, last] when it fills a data cell of a
  // delimited table by itself (not the row label, not a header row), and its row is not a
  // per-share, percentage or ratio row; nullopt otherwise.
  [[nodiscard]] std::optional<TableCellUnit> cell_unit(std::size_t first, std::size_t last) const;
  // Tokens [first, last] fill a data cell of a delimited table by themselves.
  [[nodiscard]] bool fills_data_cell(std::size_t first, std::size_t last) const;

 private:
  struct UnitStatement {
    std::size_t line = 0;
    std::string currency;
    double scale = 1.0;
  };
  struct ColumnUnit {
    std::size_t header = 0;  // the table's header line
    std::size_t column = 0;
    std::string currency;
    double scale = 1.0;
  };
  struct TableCurrency {
    std::size_t header = 0;
    std::string currency;  // the one currency its cells are written in, or empty
  };

  struct DataCell {
    std::size_t line = 0;
    std::size_t column = 0;
    std::vector<TextRange> cells;  // the row's
  };

  const Lexicon& lex_;
  const AnalysedText& doc_;
  std::vector<UnitStatement> statements_;
  std::vector<ColumnUnit> columns_;
  std::vector<TableCurrency> currencies_;

  [[nodiscard]] std::optional<DataCell> data_cell(std::size_t first, std::size_t last) const;
  void find_unit_statements();
  void read_tables();
  // A currency and a scale named in tokens [first, last]: "$ in millions", "£m", "$'000".
  [[nodiscard]] std::optional<UnitStatement> unit_in(std::size_t first, std::size_t last) const;
  [[nodiscard]] std::optional<std::string> currency_in(std::size_t first, std::size_t last) const;
  [[nodiscard]] const UnitStatement* nearest_statement(std::size_t line) const;
};

}  // namespace claimcheck
