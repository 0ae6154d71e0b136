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

}  // namespace

bool single_constraint_holds(const ClaimSet& set, const Relation& relation) {
  if (relation.constraints.size() != 1) return false;
  const LinearConstraint& lc = relation.constraints.front();
  End lo, hi;  // range of sum(terms)
  for (const Term& t : lc.terms) {
    if (t.var < 0 || static_cast<size_t>(t.var) >= set.claims.size()) {
      lo.infinite = hi.infinite = true;  // a free variable
      continue;
    }
    const Interval& iv = set.claims[static_cast<size_t>(t.var)].quantity.strict;
    bool positive = !t.coef.negative();
    lo.add(positive ? iv.lo : iv.hi, t.coef);
    hi.add(positive ? iv.hi : iv.lo, t.coef);
  }
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

}  // namespace cc
