#include "claims/tables.h"

#include <algorithm>
#include <cctype>

#include <fmt/format.h>

namespace cc {

std::map<int, TableView> read_tables(const ClaimContext& ctx) {
  std::map<int, TableView> tables;
  const auto& sentences = ctx.doc.sentences;
  for (size_t s = 0; s < sentences.size(); ++s) {
    const TableCell& c = sentences[s].cell;
    if (c.table < 0) continue;
    TableView& t = tables[c.table];
    t.first_sentence = std::min(t.first_sentence, s);
    t.rows = std::max(t.rows, c.row + 1);
    t.columns = std::max(t.columns, c.column + 1);
    if (c.header) {
      t.header[c.column].push_back(s);
      continue;
    }
    TableCellClaims& cell = t.cells[{c.row, c.column}];
    cell.sentences.push_back(s);
    for (int k : ctx.claims_in[s]) cell.claims.push_back(k);
  }
  for (auto& [id, t] : tables) {
    t.column_rows.assign(static_cast<size_t>(t.columns), {});
    t.row_cells.assign(static_cast<size_t>(t.rows), false);
    t.column_figures.assign(static_cast<size_t>(t.columns), false);
    for (const auto& [pos, cell] : t.cells) {  // in (row, column) order
      t.column_rows[static_cast<size_t>(pos.second)].push_back(pos.first);
      t.row_cells[static_cast<size_t>(pos.first)] = true;
      if (!cell.claims.empty()) t.column_figures[static_cast<size_t>(pos.second)] = true;
    }
  }
  return tables;
}

std::vector<int> top_sections(const ClaimContext& ctx) {
  std::vector<int> out;
  out.reserve(ctx.doc.sentences.size());
  int section = 0;
  for (const Sentence& s : ctx.doc.sentences) {
    if (s.kind == BlockKind::Heading && s.heading_level == 1 && !out.empty()) ++section;
    out.push_back(section);
  }
  return out;
}

std::vector<int> years_in(std::string_view s) {
  std::vector<int> out;
  for (size_t i = 0; i + 4 <= s.size(); ++i) {
    bool digits = true;
    for (size_t k = 0; k < 4; ++k) digits = digits && std::isdigit(static_cast<unsigned char>(s[i + k]));
    bool bounded = (i == 0 || !std::isdigit(static_cast<unsigned char>(s[i - 1]))) &&
                   (i + 4 == s.size() || !std::isdigit(static_cast<unsigned char>(s[i + 4])));
    if (!digits || !bounded) continue;
    int y = std::stoi(std::string(s.substr(i, 4)));
    if (y >= 1900 && y <= 2100) out.push_back(y);
  }
  return out;
}

std::string row_label(const ClaimContext& ctx, const TableView& t, int row) {
  const TableCellClaims* c = t.cell(row, 0);
  if (!c || c->sentences.empty()) return fmt::format("row {}", row + 1);
  return ctx.doc.sentences[c->sentences.front()].text;
}

std::string column_header(const ClaimContext& ctx, const TableView& t, int column) {
  auto it = t.header.find(column);
  if (it == t.header.end()) return "";
  std::string name;
  for (size_t s : it->second) name += (name.empty() ? "" : " ") + ctx.doc.sentences[s].text;
  return name;
}

}  // namespace cc
