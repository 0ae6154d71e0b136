#include "quantity/quantity.h"

namespace cc {

std::string_view kind_name(QuantityKind k) {
  switch (k) {
    case QuantityKind::Money: return "money";
    case QuantityKind::Percent: return "percent";
    case QuantityKind::Points: return "points";
    case QuantityKind::Count: return "count";
    case QuantityKind::Number: return "number";
    case QuantityKind::Ratio: return "ratio";
    case QuantityKind::Multiplier: return "multiplier";
    case QuantityKind::Ordinal: return "ordinal";
  }
  return "number";
}

std::string_view hedge_symbol(Hedge h) {
  switch (h) {
    case Hedge::Exact: return "=";
    case Hedge::Approx: return "~";
    case Hedge::Greater: return ">";
    case Hedge::AtLeast: return ">=";
    case Hedge::Less: return "<";
    case Hedge::AtMost: case Hedge::BelowApprox: return "<=";
    case Hedge::AboveApprox: return ">=";
  }
  return "=";
}

std::string_view change_name(Change c) {
  switch (c) {
    case Change::Up: return "up";
    case Change::Down: return "down";
    case Change::None: return "";
  }
  return "";
}

namespace {

// Figures of these kinds cannot be negative unless written so.
bool non_negative(const Quantity& q) {
  return !q.value.negative() && q.kind != QuantityKind::Points && q.change == Change::None;
}

Interval build(const Quantity& q, const Decimal& tol, int factor) {
  Decimal f = factor;
  Decimal h = q.half_unit * f;
  Decimal t = tol * f;
  Decimal v = q.value;
  Decimal zero = 0;
  Decimal floor = non_negative(q) ? zero : Decimal();
  bool floor_inf = !non_negative(q);
  auto lo_closed = [&](Decimal x) { return Bound{floor_inf ? x : std::max(x, floor), false, false}; };
  if (q.range) {
    Interval r{{q.range_low - h, false, false}, {q.range_high + h, false, false}};
    if (q.hedge == Hedge::Approx) {
      r.lo.value = std::min(r.lo.value, q.range_low - q.range_low * t);
      r.hi.value = std::max(r.hi.value, q.range_high + q.range_high * t);
    }
    return r;
  }
  Decimal abs_v = v.negative() ? -v : v;
  switch (q.hedge) {
    case Hedge::Exact:
      return {lo_closed(v - h), {v + h, false, false}};
    case Hedge::Approx: {
      Decimal w = std::max(h, abs_v * t);
      return {lo_closed(v - w), {v + w, false, false}};
    }
    case Hedge::BelowApprox: {
      Decimal w = std::max(h, abs_v * t);
      return {lo_closed(v - w), {v + (factor > 1 ? h : Decimal()), false, false}};
    }
    case Hedge::AboveApprox: {
      Decimal w = std::max(h, abs_v * t);
      return {lo_closed(v - (factor > 1 ? h : Decimal())), {v + w, false, false}};
    }
    case Hedge::Greater:
      if (factor > 1) return {lo_closed(v - h), {Decimal(), false, true}};
      return {{v, true, false}, {Decimal(), false, true}};
    case Hedge::AtLeast:
      return {lo_closed(factor > 1 ? v - h : v), {Decimal(), false, true}};
    case Hedge::Less:
      if (factor > 1) return {{floor, false, floor_inf}, {v + h, false, false}};
      return {{floor, false, floor_inf}, {v, true, false}};
    case Hedge::AtMost:
      return {{floor, false, floor_inf}, {factor > 1 ? v + h : v, false, false}};
  }
  return Interval::point(v);
}

}  // namespace

void compute_intervals(Quantity& q, const Decimal& tolerance) {
  q.strict = build(q, tolerance, 1);
  q.relaxed = build(q, tolerance, 2);
}

}  // namespace cc
