// Relation kind "table_change": a change column agrees with the two period
// columns before it, row by row.
//
//   | Programme | 2024-25 ($m) | 2025-26 ($m) | Change (%) |
//   |-----------|--------------|--------------|------------|
//   | Buses     | 412.3        | 438.9        | 6.5        |
//
// 438.9 lies within 412.3 x (1 + 6.5%), the stated percentage folded in as
// constants at its rounding (the encoding stays linear, as in "change"). A
// change column in the levels' own unit ("Change ($m)") is their difference.
// Precision first: the change column's header names a change (`change`
// cues), the two nearest figure columns before it say which period is the
// older (a year in each header, or `older`/`newer` cues), each row holds one
// figure in each of the three cells, and the older level is above zero.
// Points columns ("Change (pp)"), changes of rates, and changes over
// another span ("since 2019", "average annual", `not_simple`) are left alone.
// Cue lists (rules/relations/table_change.toml): change, percent, points,
// older, newer, not_additive, not_simple.
#include <cmath>
#include <optional>

#include <fmt/format.h>

#include "claims/extract.h"
#include "claims/tables.h"
#include "quantity/format.h"

namespace cc {
namespace {

const Decimal kPercent = Decimal::from_parts(1, -2);

class TableChangeFinder {
 public:
  TableChangeFinder(ClaimContext& ctx, const RelationRule& rule) : ctx_(ctx), rule_(rule) {}

  void run() {
    for (const auto& [id, t] : read_tables(ctx_)) {
      for (int column = 1; column < t.columns; ++column) check(t, column);
    }
  }

 private:
  const Quantity& q(int c) const { return ctx_.set.claims[static_cast<size_t>(c)].quantity; }

  bool header_has(const TableView& t, int column, std::string_view cue) const {
    auto it = t.header.find(column);
    if (it == t.header.end()) return false;
    for (size_t s : it->second) {
      if (ctx_.has_cue(rule_.cue(cue), s)) return true;
    }
    return false;
  }

  // The first year (1900-2100) written in the column's header: "2024",
  // "2024-25", "Q3 2025", "FY2024".
  std::optional<int> header_year(const TableView& t, int column) const {
    std::vector<int> ys = years_in(column_header(ctx_, t, column));
    return ys.empty() ? std::nullopt : std::optional<int>(ys.front());
  }

  // The headers name the same unit in brackets: "Change ($m)" and "2025 ($m)".
  bool same_unit_note(const TableView& t, int a, int b) const {
    auto note = [&](int c) {
      std::string h = column_header(ctx_, t, c);
      size_t open = h.rfind('('), close = h.rfind(')');
      return open != std::string::npos && close != std::string::npos && close > open ? h.substr(open, close - open + 1)
                                                                                      : std::string();
    };
    std::string na = note(a);
    return !na.empty() && na == note(b);
  }

  bool level(int c) const {
    const Quantity& x = q(c);
    return !x.range && x.change == Change::None && x.hedge == Hedge::Exact &&
           (x.kind == QuantityKind::Money || x.kind == QuantityKind::Count || x.kind == QuantityKind::Number);
  }

  void check(const TableView& t, int column) {
    if (!header_has(t, column, "change") || header_has(t, column, "points")) return;
    // "Change since 2019", "Average annual growth", "constant currency": not
    // the simple change between the two columns before it.
    if (header_has(t, column, "not_simple") || header_year(t, column)) return;
    // A table of rates ("Unemployment rate, %"): a change column may be in points.
    if (t.first_sentence > 0 && t.first_sentence != static_cast<size_t>(-1) &&
        ctx_.has_cue(rule_.cue("not_additive"), t.first_sentence - 1)) {
      return;
    }
    // The two nearest figure columns before it, neither a change nor a rate.
    std::vector<int> levels;
    for (int c = column - 1; c >= 1 && levels.size() < 2; --c) {
      if (!t.figures(c)) continue;
      if (header_has(t, c, "change") || header_has(t, c, "not_additive")) return;
      levels.push_back(c);
    }
    if (levels.size() != 2) return;
    // Which is the older period?
    int older = -1, newer = -1;
    std::optional<int> y0 = header_year(t, levels[0]), y1 = header_year(t, levels[1]);
    if (y0 && y1 && *y0 != *y1) {
      older = *y0 < *y1 ? levels[0] : levels[1];
    } else if (header_has(t, levels[0], "older") != header_has(t, levels[1], "older")) {
      older = header_has(t, levels[0], "older") ? levels[0] : levels[1];
    } else if (header_has(t, levels[0], "newer") != header_has(t, levels[1], "newer")) {
      older = header_has(t, levels[0], "newer") ? levels[1] : levels[0];
    } else {
      return;
    }
    newer = older == levels[0] ? levels[1] : levels[0];
    bool percent = header_has(t, column, "percent");
    for (int row = 0; row < t.rows; ++row) {
      const TableCellClaims* o = t.cell(row, older);
      const TableCellClaims* n = t.cell(row, newer);
      const TableCellClaims* d = t.cell(row, column);
      if (!o || !n || !d || o->claims.size() != 1 || n->claims.size() != 1 || d->claims.size() != 1) continue;
      int before = o->claims.front(), after = n->claims.front(), change = d->claims.front();
      if (!level(before) || !level(after) || !ctx_.same_dimension(before, after)) continue;
      if (q(before).kind == QuantityKind::Percent) continue;  // a change of a rate: points or percent?
      const Quantity& r = q(change);
      if (r.range || r.hedge != Hedge::Exact) continue;
      if (percent || r.kind == QuantityKind::Percent) {
        if (r.kind != QuantityKind::Percent && r.kind != QuantityKind::Number) continue;
        // The older level above zero: a change from nothing has no percentage.
        if (q(before).strict.lo.infinite || !(Decimal(0) < q(before).strict.lo.value)) continue;
        // 5.1 to 4.2 with "-0.9" under "Change (%)": a change in points of a
        // rate, written as the difference; read that way it holds.
        Decimal diff = q(after).value - q(before).value - r.value;
        Decimal slack = q(after).half_unit + q(before).half_unit + r.half_unit;
        if (!(slack < (diff.negative() ? -diff : diff))) continue;
        emit_percent(t, row, before, after, change);
      } else if (ctx_.same_dimension(change, after) &&
                 (r.kind != QuantityKind::Number || same_unit_note(t, column, newer))) {
        // "Change ($m)" beside "2025 ($m)": a difference in the levels' unit.
        emit_difference(t, row, before, after, change);
      }
    }
  }

  // after - (1 + rate) x before, within the rate's interval.
  static std::vector<LinearConstraint> scaled(int after, int before, const Interval& rate) {
    std::vector<LinearConstraint> out;
    if (!rate.lo.infinite) out.push_back({{{Decimal(1), after}, {-(Decimal(1) + rate.lo.value * kPercent), before}}, Cmp::Ge, Decimal(0)});
    if (!rate.hi.infinite) out.push_back({{{Decimal(1), after}, {-(Decimal(1) + rate.hi.value * kPercent), before}}, Cmp::Le, Decimal(0)});
    return out;
  }

  Relation base(int before, int after, int change) const {
    Relation rel;
    rel.family = "table_change";
    rel.rule = rule_.id;
    rel.members = {before, after, change};
    rel.roles = {"before", "after", "change"};
    cover_member_sentences(rel, ctx_.set);
    return rel;
  }

  void emit_percent(const TableView& t, int row, int before, int after, int change) {
    Relation rel = base(before, after, change);
    const Quantity& r = q(change);
    rel.constraints = scaled(after, before, r.strict);
    rel.relaxed_constraints = scaled(after, before, r.relaxed);
    double o = q(before).value.to_double(), n = q(after).value.to_double();
    int decimals = std::max(1, -std::min(0, r.half_unit.exponent() + 1));
    rel.message = fmt::format("the change for {} does not match its two columns", row_label(ctx_, t, row));
    bool sign = !r.text.empty() && r.text.back() == '%';
    rel.detail = fmt::format("{} to {} is {:+.{}f}%, not {}{}", q(before).text, q(after).text, (n - o) / o * 100.0,
                             decimals, r.text, sign ? "" : "%");
    ctx_.set.relations.push_back(std::move(rel));
  }

  void emit_difference(const TableView& t, int row, int before, int after, int change) {
    Relation rel = base(before, after, change);
    rel.constraints = {{{{Decimal(1), after}, {Decimal(-1), before}, {Decimal(-1), change}}, Cmp::Eq, Decimal(0)}};
    const Quantity& n = q(after);
    rel.message = fmt::format("the change for {} does not match its two columns", row_label(ctx_, t, row));
    rel.detail = fmt::format("{} - {} = {}, not {}", q(after).text, q(before).text,
                             format_like(n.value - q(before).value, n, ctx_.lex), q(change).text);
    ctx_.set.relations.push_back(std::move(rel));
  }

  ClaimContext& ctx_;
  const RelationRule& rule_;
};

}  // namespace

void find_table_changes(ClaimContext& ctx, const RelationRule& rule) { TableChangeFinder(ctx, rule).run(); }

}  // namespace cc
