#include "solve/quick_check.h"

namespace cc {
namespace {

// One end of the range of a linear sum: value, whether it is attained, and
// whether it is unbounded.
struct End {
  Decimal value;
  bool open = false;
  bool infinite = false;

  void add(const Bound& b, const Decimal& coef) {
    if (infinite) return;
    if (b.infinite) {
      infinite = true;
      return;
    }
    value += b.value * coef;
    open = open || b.open;
  }
};

// The range [lo, hi] of sum(terms) over the claims' stated intervals, leaving
// out variable `skip` (none when negative); any other variable that is not a
// claim is free.
void sum_range(const ClaimSet& set, const LinearConstraint& lc, int skip, End& lo, End& hi) {
  for (const Term& t : lc.terms) {
    if (skip >= 0 && t.var == skip) continue;
    if (t.var < 0 || static_cast<size_t>(t.var) >= set.claims.size()) {
      lo.infinite = hi.infinite = true;  // a free variable
      continue;
    }
    const Interval& iv = set.claims[static_cast<size_t>(t.var)].quantity.strict;
    bool positive = !t.coef.negative();
    lo.add(positive ? iv.lo : iv.hi, t.coef);
    hi.add(positive ? iv.hi : iv.lo, t.coef);
  }
}

}  // namespace

bool single_constraint_holds(const ClaimSet& set, const Relation& relation) {
  if (relation.constraints.size() != 1) return false;
  const LinearConstraint& lc = relation.constraints.front();
  End lo, hi;  // range of sum(terms)
  sum_range(set, lc, -1, lo, hi);
  const Decimal& r = lc.rhs;
  auto lo_below = [&](bool strict) {  // some value of the sum is < r (or <= r)
    if (lo.infinite) return true;
    return strict || lo.open ? lo.value < r : lo.value <= r;
  };
  auto hi_above = [&](bool strict) {
    if (hi.infinite) return true;
    return strict || hi.open ? hi.value > r : hi.value >= r;
  };
  switch (lc.cmp) {
    case Cmp::Le: return lo_below(false);
    case Cmp::Lt: return lo_below(true);
    case Cmp::Ge: return hi_above(false);
    case Cmp::Gt: return hi_above(true);
    case Cmp::Eq: return lo_below(false) && hi_above(false);
  }
  return false;
}

std::optional<double> single_constraint_optimum(const ClaimSet& set, const LinearConstraint& lc, int claim,
                                                bool maximize) {
  Decimal coef = 0;
  bool found = false;
  for (const Term& t : lc.terms) {
    if (t.var == claim) {
      coef += t.coef;
      found = true;
    }
  }
  End lo, hi;  // range of the other terms' sum
  sum_range(set, lc, claim, lo, hi);
  if (!found || coef.is_zero()) return std::nullopt;
  // coef * x cmp rhs - others. An upper bound on coef * x comes from Le/Lt/Eq
  // with the others at their least; a lower bound from Ge/Gt/Eq with the
  // others at their most.
  bool upper_on_product = lc.cmp == Cmp::Le || lc.cmp == Cmp::Lt || lc.cmp == Cmp::Eq;
  bool lower_on_product = lc.cmp == Cmp::Ge || lc.cmp == Cmp::Gt || lc.cmp == Cmp::Eq;
  // Dividing by a negative coefficient swaps which bound x gets.
  bool want_upper_on_product = maximize != coef.negative();
  if (want_upper_on_product ? !upper_on_product : !lower_on_product) return std::nullopt;
  const End& others = want_upper_on_product ? lo : hi;
  if (others.infinite) return std::nullopt;
  return (lc.rhs - others.value).to_double() / coef.to_double();
}

}  // namespace cc
