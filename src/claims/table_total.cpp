// Relation kind "table_total": in a table with a Total row, each column of
// figures adds up to the Total row's figure; with subtotals, each group of
// rows adds up to its subtotal and the subtotals to the Total; with a Total
// column (the last column of figures, headed "Total" or "Total ($m)" and
// nothing more), each row's figures add up to it. A Total row labelled more
// than "Total" ("Total assets", "Total (world)") may cover rows the table
// does not show: its rows add up to no more than it. A bare number as total,
// smaller than one of its parts (all at or above zero), is no sum: a rate or
// a change under a "Total" label.
//
//   | Unit             | Spend ($bn) |
//   |------------------|-------------|
//   | Chips            | 5.5         |
//   | Land             | 4.0         |
//   | Subtotal         | 9.5         |
//   | Staff            | 1.2         |
//   | Travel           | 0.3         |
//   | Total staff costs| 1.5         |
//   | Total            | 11.0        |
//
// Precision first: a column is summed only when its header names no
// measure that does not add up (change, rate, average, per person: the
// `not_additive` cues), and every row of a group holds exactly one figure of
// the total's kind and unit. Percentage columns add up only when the total
// is 100% (shares of one whole). Subtotals are rows whose label starts with
// a `subtotal` cue, or with a `total` cue when a bare "Total" row comes last;
// anything else with two Total rows is left alone. A note that the figures
// may not add up because of rounding (`rounding` cues, anywhere in the
// article) widens the tolerance by one unit in the last written place; it
// does not silence the check.
// Cue lists (rules/relations/table_total.toml): total, subtotal,
// not_additive, not_part_row, percent, rounding.
#include <algorithm>
#include <map>
#include <set>

#include <fmt/format.h>

#include "claims/extract.h"
#include "claims/tables.h"
#include "quantity/format.h"

namespace cc {
namespace {

class TableTotalFinder {
 public:
  TableTotalFinder(ClaimContext& ctx, const RelationRule& rule) : ctx_(ctx), rule_(rule) {}

  void run() {
    std::map<int, TableView> tables = read_tables(ctx_);
    if (tables.empty()) return;
    // Rounding notes, by article (the part of the file under one "#" heading).
    std::vector<int> section = top_sections(ctx_);
    std::set<int> noted;
    for (size_t s = 0; s < ctx_.doc.sentences.size(); ++s) {
      if (!noted.count(section[s]) && ctx_.has_cue(rule_.cue("rounding"), s)) noted.insert(section[s]);
    }
    for (const auto& [id, t] : tables) {
      rounding_note_ = noted.count(section[t.first_sentence]) > 0;
      check(t);
    }
  }

 private:
  const Quantity& q(int c) const { return ctx_.set.claims[static_cast<size_t>(c)].quantity; }

  // A cue from `name` at the start of the cell's first sentence.
  bool starts_with(const TableCellClaims* cell, std::string_view name) const {
    return cell && !cell->sentences.empty() && ctx_.cue_at(rule_.cue(name), cell->sentences.front(), 0) > 0;
  }

  // The whole label is a `total` cue: "Total", "Grand total".
  bool bare_total(const TableCellClaims* cell) const {
    if (!cell || cell->sentences.size() != 1) return false;
    size_t s = cell->sentences.front();
    size_t n = ctx_.cue_at(rule_.cue("total"), s, 0);
    const auto& toks = ctx_.tokens[s];
    size_t words = 0;
    for (const Token& t : toks) words += t.kind == TokenKind::Word;
    return n > 0 && words == n;
  }

  // A header that is a `total` cue and at most a unit in brackets: "Total", "Total ($m)".
  bool bare_total_header(size_t s) const {
    size_t n = ctx_.cue_at(rule_.cue("total"), s, 0);
    if (!n) return false;
    const auto& toks = ctx_.tokens[s];
    std::string_view text = ctx_.doc.sentences[s].text;
    size_t k = n;
    if (k < toks.size() && text.substr(toks[k].begin, 1) == "(") {
      while (k < toks.size() && text.substr(toks[k].begin, 1) != ")") ++k;
      ++k;
    }
    return k >= toks.size();
  }

  // Bare numbers that add up: with every part at or above zero, none may
  // exceed the total ("Total" over a column of rates or changes is no sum).
  // Money and counts under a Total are sums, whatever a wrong cell says.
  bool plausible_sum(const std::vector<int>& parts, int total) const {
    if (q(total).kind != QuantityKind::Number) return true;
    for (int p : parts) {
      if (q(p).value.negative()) return true;
    }
    for (int p : parts) {
      if (q(total).value < q(p).value) return false;
    }
    return true;
  }

  // A cue from `name` anywhere in the sentences.
  bool mentions(const std::vector<size_t>& sentences, std::string_view name) const {
    const PhraseTable<int>& cue = rule_.cue(name);
    return std::any_of(sentences.begin(), sentences.end(), [&](size_t s) { return ctx_.has_cue(cue, s); });
  }

  // A figure that can be summed: no range or change, and a sign only where
  // the recognizer read one ("(12)" in accounts is a negative it does not read).
  bool usable(int c) const {
    const Quantity& x = q(c);
    if (x.range || x.change != Change::None) return false;
    const std::string& cell = ctx_.doc.sentences[ctx_.set.claims[static_cast<size_t>(c)].sentence].text;
    size_t digit = cell.find_first_of("0123456789");
    if (cell.find('(') < digit || cell.find(')') != std::string::npos) return false;
    if (cell.find('-') < digit && !x.value.negative()) return false;
    return x.kind == QuantityKind::Money || x.kind == QuantityKind::Count || x.kind == QuantityKind::Number ||
           x.kind == QuantityKind::Percent;
  }

  // Rows of the table in order: which are subtotals and which is the Total.
  struct Layout {
    int total_row = -1;
    std::vector<int> subtotals;
  };

  std::optional<Layout> layout(const TableView& t) const {
    Layout l;
    std::vector<int> totals;  // rows whose label starts with a total cue
    int last_with_cells = -1;
    for (int row = 0; row < t.rows; ++row) {
      if (t.has_row(row)) last_with_cells = row;
      const TableCellClaims* label = t.cell(row, 0);
      if (starts_with(label, "subtotal")) {
        l.subtotals.push_back(row);
      } else if (starts_with(label, "total")) {
        totals.push_back(row);
      }
    }
    if (totals.empty()) return std::nullopt;
    if (totals.size() == 1 && l.subtotals.empty()) {
      l.total_row = totals.front();
      return l;
    }
    // Subtotals: a bare "Total" row must come last; the other Total rows
    // ("Total operating costs") close their groups.
    if (totals.back() != last_with_cells || !bare_total(t.cell(totals.back(), 0))) return std::nullopt;
    l.total_row = totals.back();
    for (size_t k = 0; k + 1 < totals.size(); ++k) l.subtotals.push_back(totals[k]);
    std::sort(l.subtotals.begin(), l.subtotals.end());
    return l;
  }

  // A Total column (the last column of figures, headed by a `total` cue):
  // in each row, the figures of the columns before it add up to it.
  void check_total_column(const TableView& t) {
    int total_col = -1;
    for (int c = 1; c < t.columns; ++c) {
      auto head = t.header.find(c);
      if (!t.figures(c)) continue;
      // A bare "Total" or "Total ($m)": "Total assets" or "Total since 2022" is a measure of its own.
      total_col = head != t.header.end() && head->second.size() == 1 && bare_total_header(head->second.front()) &&
                          !mentions(head->second, "not_additive")
                      ? c
                      : -1;
    }
    if (total_col < 0) return;
    std::vector<int> columns;
    for (int c = 1; c < total_col; ++c) {
      auto head = t.header.find(c);
      if (head == t.header.end() || mentions(head->second, "not_additive") || mentions(head->second, "percent")) return;
      columns.push_back(c);
    }
    if (columns.size() < 2) return;
    for (int row = 0; row < t.rows; ++row) {
      const TableCellClaims* tc = t.cell(row, total_col);
      if (!tc || tc->claims.size() != 1 || !usable(tc->claims.front())) continue;
      int total = tc->claims.front();
      std::vector<int> parts;
      for (int c : columns) {
        const TableCellClaims* cell = t.cell(row, c);
        if (!cell || cell->claims.size() != 1 || !usable(cell->claims.front()) ||
            !ctx_.same_dimension(cell->claims.front(), total)) {
          parts.clear();
          break;
        }
        parts.push_back(cell->claims.front());
      }
      if (parts.size() < 2 || !plausible_sum(parts, total)) continue;
      Decimal mid = 0;
      Relation r = ctx_.sum_relation(rule_, "table_total", {}, parts, total, Cmp::Eq, 0, &mid);
      const Quantity& tq = q(total);
      if (rounding_note_) widen(r, parts, total);
      std::string terms;
      for (int p : parts) terms += (terms.empty() ? "" : " + ") + q(p).text;
      std::string stated = format_like(tq.value, tq, ctx_.lex);
      r.message = fmt::format("the {} row's \"{}\" (column {}) is {}, but its columns add up to {}",
                              row_label(ctx_, t, row), column_header(ctx_, t, total_col), total_col + 1, stated,
                              format_like(mid, tq, ctx_.lex));
      r.detail = fmt::format("{} = {}, not {}", terms, format_like(mid, tq, ctx_.lex), stated);
      ctx_.set.relations.push_back(std::move(r));
    }
  }

  void check(const TableView& t) {
    check_total_column(t);
    std::optional<Layout> l = layout(t);
    if (!l) return;
    for (int column = 1; column < t.columns; ++column) {
      auto head = t.header.find(column);
      // A column without a header could hold anything (a plain-text table
      // without a header row): its figures are not summed.
      if (head == t.header.end() || mentions(head->second, "not_additive")) continue;
      const TableCellClaims* total_cell = t.cell(l->total_row, column);
      if (!total_cell || total_cell->claims.size() != 1) continue;
      int total = total_cell->claims.front();
      if (!usable(total)) continue;
      // Percentages add up only as shares of one whole, whose total is 100%;
      // a Total row of 64% in a "Turnout (%)" column is an overall rate.
      bool percent = q(total).kind == QuantityKind::Percent ||
                     (head != t.header.end() && mentions(head->second, "percent"));
      if (percent && !q(total).strict.contains(Decimal(100))) continue;
      std::string header = column_header(ctx_, t, column);
      if (l->subtotals.empty()) {
        if (auto parts = figures(t, column, 0, l->total_row, total)) {
          // "Total assets" or "Total (world)" under a few rows may cover rows
          // not shown: the rows add up to no more than it. A bare "Total", all.
          emit(t, column, header, l->total_row, total, *parts, !bare_total(t.cell(l->total_row, 0)));
        }
        continue;
      }
      // Each group adds up to its subtotal; the subtotals to the Total.
      std::vector<int> subtotal_claims;
      int from = 0;
      bool grand = true;
      for (int sub : l->subtotals) {
        const TableCellClaims* sc = t.cell(sub, column);
        std::optional<std::vector<int>> parts;
        if (sc && sc->claims.size() == 1 && usable(sc->claims.front()) &&
            ctx_.same_dimension(sc->claims.front(), total)) {
          int subtotal = sc->claims.front();
          subtotal_claims.push_back(subtotal);
          if ((parts = figures(t, column, from, sub, subtotal))) emit(t, column, header, sub, subtotal, *parts);
        } else {
          grand = false;
        }
        from = sub + 1;
      }
      // Rows between the last subtotal and the Total belong to no group.
      for (int row = from; row < l->total_row; ++row) grand = grand && !t.has_row(row);
      if (grand && subtotal_claims.size() >= 2) emit(t, column, header, l->total_row, total, subtotal_claims);
    }
  }

  // The one usable figure of each row in [from, to) of the column, or
  // nothing when a row has a gap, two figures or another kind.
  std::optional<std::vector<int>> figures(const TableView& t, int column, int from, int to, int total) const {
    std::vector<int> parts;
    for (int row = from; row < to; ++row) {
      const TableCellClaims* cell = t.cell(row, column);
      if (!cell) {
        // A row without this column at all is a heading row or a gap.
        if (t.has_row(row) && !(t.cell(row, 0) && t.columns > 1 && row_is_heading(t, row))) return std::nullopt;
        continue;
      }
      // "Average", "Per head": a row that is no part makes the sum unsure.
      if (const TableCellClaims* label = t.cell(row, 0); label && mentions(label->sentences, "not_part_row")) {
        return std::nullopt;
      }
      if (cell->claims.size() != 1 || !usable(cell->claims.front()) ||
          !ctx_.same_dimension(cell->claims.front(), total)) {
        return std::nullopt;
      }
      parts.push_back(cell->claims.front());
    }
    if (parts.size() < 2) return std::nullopt;
    return parts;
  }

  // "| Operating costs | | |": a row with a label and no other cell names a group.
  static bool row_is_heading(const TableView& t, int row) {
    for (int c = 1; c < t.columns; ++c) {
      if (t.cells.count({row, c})) return false;
    }
    return true;
  }

  void emit(const TableView& t, int column, const std::string& header, int total_row, int total,
            const std::vector<int>& parts, bool at_most = false) {
    if (!plausible_sum(parts, total)) return;
    Decimal mid = 0;
    Relation r = ctx_.sum_relation(rule_, "table_total", {}, parts, total, at_most ? Cmp::Le : Cmp::Eq, 0, &mid);
    const Quantity& tq = q(total);
    if (rounding_note_ && !at_most) widen(r, parts, total);
    std::string terms;
    for (int p : parts) terms += (terms.empty() ? "" : " + ") + q(p).text;  // as written in the cell
    std::string where = header.empty() ? fmt::format("column {}", column + 1) : "\"" + header + "\"";
    std::string label = row_label(ctx_, t, total_row);
    // The total as stated, in the unit its header gives ("10.5" under "($bn)" is $10.5bn).
    std::string stated = format_like(tq.value, tq, ctx_.lex);
    r.message = fmt::format("{} (row {}) in {} is {}, but {} add up to {}{}", label, total_row + 1, where, stated,
                            rows_of(parts), at_most ? "more: " : "", format_like(mid, tq, ctx_.lex));
    r.detail = fmt::format("{} = {}, {} {}{}", terms, format_like(mid, tq, ctx_.lex), at_most ? "more than" : "not",
                           stated, rounding_note_ && !at_most ? " (allowing for the rounding the note mentions)" : "");
    ctx_.set.relations.push_back(std::move(r));
  }

  // "rows 2-6", "rows 5 and 9": where the parts are, as table rows.
  std::string rows_of(const std::vector<int>& parts) const {
    std::vector<int> rows;
    for (int p : parts) rows.push_back(ctx_.doc.sentences[ctx_.set.claims[static_cast<size_t>(p)].sentence].cell.row + 1);
    bool contiguous = true;
    for (size_t k = 1; k < rows.size(); ++k) contiguous = contiguous && rows[k] == rows[k - 1] + 1;
    if (contiguous) return fmt::format("rows {}-{}", rows.front(), rows.back());
    std::string out = "rows ";
    for (size_t k = 0; k < rows.size(); ++k) {
      out += (k == 0 ? "" : k + 1 == rows.size() ? " and " : ", ") + std::to_string(rows[k]);
    }
    return out;
  }

  // parts - total = 0 becomes |parts - total| <= one unit in the last
  // written place. The figures' own intervals already allow for each being
  // rounded once; the note admits figures rounded from rounded figures.
  void widen(Relation& r, const std::vector<int>& parts, int total) const {
    Decimal half = q(total).half_unit;
    for (int p : parts) half = std::max(half, q(p).half_unit);
    Decimal slack = half + half;
    LinearConstraint eq = r.constraints.front();
    LinearConstraint lo = eq, hi = eq;
    lo.cmp = Cmp::Ge;
    lo.rhs = -slack;
    hi.cmp = Cmp::Le;
    hi.rhs = slack;
    r.constraints = {lo, hi};
  }

  ClaimContext& ctx_;
  const RelationRule& rule_;
  bool rounding_note_ = false;
};

}  // namespace

void find_table_totals(ClaimContext& ctx, const RelationRule& rule) { TableTotalFinder(ctx, rule).run(); }

}  // namespace cc
