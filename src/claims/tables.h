// Tables as the claims stage sees them: each cell's sentences and claims by
// row and column, and the header cells above each column. Shared by the
// table kinds (table_total, table_change, table_link) and by table_units.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "claims/extract.h"

namespace cc {

struct TableCellClaims {
  std::vector<size_t> sentences;
  std::vector<int> claims;
};

struct TableView {
  std::map<std::pair<int, int>, TableCellClaims> cells;  // (row, column), body cells only
  std::map<int, std::vector<size_t>> header;             // column -> header cell sentences
  int rows = 0, columns = 0;
  size_t first_sentence = static_cast<size_t>(-1);  // the table's first cell

  std::vector<std::vector<int>> column_rows;  // column -> the rows with a body cell in it, in order
  std::vector<bool> row_cells;                 // row -> has any body cell
  std::vector<bool> column_figures;            // column -> some body cell holds a figure

  const TableCellClaims* cell(int row, int column) const {
    auto it = cells.find({row, column});
    return it == cells.end() ? nullptr : &it->second;
  }
  // True when the row has any body cell at all.
  bool has_row(int row) const { return row >= 0 && static_cast<size_t>(row) < row_cells.size() && row_cells[static_cast<size_t>(row)]; }
  // True when some body cell of the column holds a figure.
  bool figures(int column) const {
    return column >= 0 && static_cast<size_t>(column) < column_figures.size() && column_figures[static_cast<size_t>(column)];
  }
};

// Every table of the document, by table index.
std::map<int, TableView> read_tables(const ClaimContext& ctx);

// The section of each sentence: a new one starts at each top-level ("#")
// heading, so that articles gathered in one file do not reach each other.
std::vector<int> top_sections(const ClaimContext& ctx);

// The years (1900-2100) written in `s` as four digits of their own:
// "2024", "2024-25" (2024), "Q3 2025", "FY2024".
std::vector<int> years_in(std::string_view s);

// The row's label (its first cell's text), or "row N".
std::string row_label(const ClaimContext& ctx, const TableView& t, int row);

// The column's header text, its header cells joined by spaces ("" if none).
std::string column_header(const ClaimContext& ctx, const TableView& t, int column);

}  // namespace cc
