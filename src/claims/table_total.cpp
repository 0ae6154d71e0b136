// Relation kind "table_total": in a table with a Total row, each column of
// figures adds up to the Total row's figure.
//
//   | Unit  | Spend ($bn) |
//   |-------|-------------|
//   | Chips | 5.5         |
//   | Land  | 4.0         |
//   | Total | 9.5         |
//
// Precision first: a column is summed only when its header names no
// measure that does not add up (change, rate, average, per person: the
// `not_additive` cues), every other row holds exactly one figure of the
// total's kind and unit, and the table has one Total row and no subtotals.
// Percentage columns add up only when the total is 100% (shares of one whole).
// Cue lists (rules/relations/table_total.toml): total, subtotal, not_additive,
// percent.
#include <algorithm>
#include <map>

#include <fmt/format.h>

#include "claims/extract.h"
#include "quantity/format.h"

namespace cc {
namespace {

struct Cell {
  std::vector<size_t> sentences;
  std::vector<int> claims;
};

struct Table {
  std::map<std::pair<int, int>, Cell> cells;  // (row, column)
  std::map<int, std::vector<size_t>> header;  // column -> header cell sentences
  int rows = 0, columns = 0;
};

class TableTotalFinder {
 public:
  TableTotalFinder(ClaimContext& ctx, const RelationRule& rule) : ctx_(ctx), rule_(rule) {}

  void run() {
    std::map<int, Table> tables;
    const auto& sentences = ctx_.doc.sentences;
    for (size_t s = 0; s < sentences.size(); ++s) {
      const TableCell& c = sentences[s].cell;
      if (c.table < 0) continue;
      Table& t = tables[c.table];
      t.rows = std::max(t.rows, c.row + 1);
      t.columns = std::max(t.columns, c.column + 1);
      if (c.header) {
        t.header[c.column].push_back(s);
        continue;
      }
      Cell& cell = t.cells[{c.row, c.column}];
      cell.sentences.push_back(s);
      for (int k : ctx_.claims_in[s]) cell.claims.push_back(k);
    }
    for (const auto& [id, t] : tables) check(t);
  }

 private:
  const Quantity& q(int c) const { return ctx_.set.claims[static_cast<size_t>(c)].quantity; }

  // A cue from `name` at the start of the cell's first sentence.
  bool starts_with(const Cell& cell, std::string_view name) const {
    return !cell.sentences.empty() && ctx_.cue_at(rule_.cue(name), cell.sentences.front(), 0) > 0;
  }

  // A cue from `name` anywhere in the sentences.
  bool mentions(const std::vector<size_t>& sentences, std::string_view name) const {
    const PhraseTable<int>& cue = rule_.cue(name);
    return std::any_of(sentences.begin(), sentences.end(), [&](size_t s) { return ctx_.has_cue(cue, s); });
  }

  std::string label(const Table& t, int row) const {
    auto it = t.cells.find({row, 0});
    if (it == t.cells.end() || it->second.sentences.empty()) return fmt::format("row {}", row + 1);
    return ctx_.doc.sentences[it->second.sentences.front()].text;
  }

  // A figure that can be summed: no range or change, and no sign the
  // recognizer does not read ("(12)" and "-12" are negatives in accounts).
  bool usable(int c) const {
    const Quantity& x = q(c);
    if (x.range || x.change != Change::None) return false;
    const std::string& cell = ctx_.doc.sentences[ctx_.set.claims[static_cast<size_t>(c)].sentence].text;
    size_t digit = cell.find_first_of("0123456789");
    if (cell.find('(') < digit || cell.find('-') < digit || cell.find(')') != std::string::npos) return false;
    return x.kind == QuantityKind::Money || x.kind == QuantityKind::Count || x.kind == QuantityKind::Number ||
           x.kind == QuantityKind::Percent;
  }

  void check(const Table& t) {
    int total_row = -1;
    for (int row = 0; row < t.rows; ++row) {
      auto it = t.cells.find({row, 0});
      if (it == t.cells.end()) continue;
      if (starts_with(it->second, "subtotal")) return;  // nested totals: not read yet
      if (starts_with(it->second, "total")) {
        if (total_row >= 0) return;  // two Total rows: which is which? not sure
        total_row = row;
      }
    }
    if (total_row < 0) return;
    for (int column = 1; column < t.columns; ++column) {
      auto head = t.header.find(column);
      if (head != t.header.end() && mentions(head->second, "not_additive")) continue;
      auto total_cell = t.cells.find({total_row, column});
      if (total_cell == t.cells.end() || total_cell->second.claims.size() != 1) continue;
      int total = total_cell->second.claims.front();
      if (!usable(total)) continue;
      // Percentages add up only as shares of one whole, whose total is 100%;
      // a Total row of 64% in a "Turnout (%)" column is an overall rate.
      bool percent = q(total).kind == QuantityKind::Percent ||
                     (head != t.header.end() && mentions(head->second, "percent"));
      if (percent && !q(total).strict.contains(Decimal(100))) continue;
      std::vector<int> parts;
      bool complete = true;
      for (int row = 0; row < t.rows && complete; ++row) {
        if (row == total_row) continue;
        auto it = t.cells.find({row, column});
        if (it == t.cells.end()) {
          // A row without this column at all is a header row or a gap.
          bool any = false;
          for (int c = 0; c < t.columns; ++c) any = any || t.cells.count({row, c});
          if (any) complete = false;
          continue;
        }
        const Cell& cell = it->second;
        if (cell.claims.size() != 1 || !usable(cell.claims.front()) ||
            !ctx_.same_dimension(cell.claims.front(), total)) {
          complete = false;
          continue;
        }
        parts.push_back(cell.claims.front());
      }
      if (!complete || parts.size() < 2) continue;
      emit(t, column, total_row, total, parts, head == t.header.end() ? std::string() : column_name(head->second));
    }
  }

  std::string column_name(const std::vector<size_t>& sentences) const {
    std::string name;
    for (size_t s : sentences) name += (name.empty() ? "" : " ") + ctx_.doc.sentences[s].text;
    return name;
  }

  void emit(const Table& t, int column, int total_row, int total, const std::vector<int>& parts,
            const std::string& header) {
    Decimal mid = 0;
    Relation r = ctx_.sum_relation(rule_, "table_total", {}, parts, total, Cmp::Eq, 0, &mid);
    const Quantity& tq = q(total);
    std::string terms;
    for (int p : parts) terms += (terms.empty() ? "" : " + ") + q(p).text;  // as written in the cell
    std::string where = header.empty() ? fmt::format("column {}", column + 1) : "\"" + header + "\"";
    r.message = fmt::format("the rows of {} do not add up to the {} row", where, label(t, total_row));
    r.detail = fmt::format("{} = {}, not {}", terms, format_like(mid, tq, ctx_.lex), tq.text);
    ctx_.set.relations.push_back(std::move(r));
  }

  ClaimContext& ctx_;
  const RelationRule& rule_;
};

}  // namespace

void find_table_totals(ClaimContext& ctx, const RelationRule& rule) { TableTotalFinder(ctx, rule).run(); }

}  // namespace cc
