#include "solve/witness.h"

#include <cmath>
#include <limits>
#include <map>
#include <optional>
#include <stdexcept>

namespace cc {
namespace {

// A decimal within about twelve significant digits of d.
std::optional<Decimal> decimal_near(double d) {
  if (!std::isfinite(d)) return std::nullopt;
  if (d == 0) return Decimal(0);
  int magnitude = static_cast<int>(std::floor(std::log10(std::fabs(d))));
  int places = 11 - magnitude;
  double scaled = places >= 0 ? d * std::pow(10.0, places) : d / std::pow(10.0, -places);
  if (std::fabs(scaled) > 1e15) return std::nullopt;
  return Decimal::from_parts(static_cast<__int128>(std::llround(scaled)), -places);
}

// A value the claim's text allows: the stated one, else the middle of its
// interval, else a little inside its one finite end.
std::optional<Decimal> claim_point(const Quantity& q) {
  const Interval& iv = q.strict;
  if (iv.contains(q.value)) return q.value;
  std::vector<Decimal> tries;
  if (!iv.lo.infinite && !iv.hi.infinite) tries.push_back((iv.lo.value + iv.hi.value) * Decimal::from_parts(5, -1));
  if (!iv.lo.infinite) {
    const Decimal& lo = iv.lo.value;
    tries.push_back(lo + (lo.negative() ? -lo : lo) * Decimal::from_parts(1, -1));
    tries.push_back(lo + Decimal(1));
  }
  if (!iv.hi.infinite) {
    const Decimal& hi = iv.hi.value;
    tries.push_back(hi - (hi.negative() ? -hi : hi) * Decimal::from_parts(1, -1));
    tries.push_back(hi - Decimal(1));
  }
  for (const Decimal& t : tries) {
    if (iv.contains(t)) return t;
  }
  return std::nullopt;
}

// Bounds on one extra variable gathered from constraints, as doubles; the
// point chosen from them is checked exactly afterwards.
struct Range {
  double lo = -std::numeric_limits<double>::infinity();
  double hi = std::numeric_limits<double>::infinity();
  void at_least(double v) { lo = std::max(lo, v); }
  void at_most(double v) { hi = std::min(hi, v); }
  std::optional<Decimal> point() const {
    if (lo > hi) return std::nullopt;
    if (std::isfinite(lo) && std::isfinite(hi)) return decimal_near(lo + (hi - lo) / 2);
    if (std::isfinite(lo)) return decimal_near(lo + std::max(std::fabs(lo) * 0.1, 1.0));
    if (std::isfinite(hi)) return decimal_near(hi - std::max(std::fabs(hi) * 0.1, 1.0));
    return Decimal(0);
  }
};

bool satisfied(const Decimal& sum, Cmp cmp, const Decimal& rhs) {
  switch (cmp) {
    case Cmp::Le: return sum <= rhs;
    case Cmp::Lt: return sum < rhs;
    case Cmp::Eq: return sum == rhs;
    case Cmp::Ge: return sum >= rhs;
    case Cmp::Gt: return sum > rhs;
  }
  return false;
}

}  // namespace

namespace {

bool try_witness(const ClaimSet& set, const std::vector<int>& relations) {
  const size_t claims = set.claims.size();
  std::map<int, Decimal> value;  // claims and extra variables with a chosen value
  // Claims first: each at a value its own text allows.
  for (int r : relations) {
    for (const LinearConstraint& lc : set.relations[static_cast<size_t>(r)].constraints) {
      for (const Term& t : lc.terms) {
        if (t.var < 0 || static_cast<size_t>(t.var) >= claims || value.count(t.var)) continue;
        std::optional<Decimal> p = claim_point(set.claims[static_cast<size_t>(t.var)].quantity);
        if (!p) return false;
        value.emplace(t.var, *p);
      }
    }
  }
  // Then each extra variable, from the constraints where it is the only
  // one left open.
  std::map<int, Range> ranges;
  for (int r : relations) {
    for (const LinearConstraint& lc : set.relations[static_cast<size_t>(r)].constraints) {
      int open = -1;
      double coef = 0, rest = lc.rhs.to_double();
      for (const Term& t : lc.terms) {
        auto v = value.find(t.var);
        if (v != value.end()) {
          rest -= (t.coef * v->second).to_double();
        } else if (open < 0 || open == t.var) {
          open = t.var;
          coef += t.coef.to_double();
        } else {
          return false;  // two open variables in one constraint: leave it to the solver
        }
      }
      if (open < 0) continue;
      if (coef == 0) return false;
      double bound = rest / coef;
      bool flips = coef < 0;
      Range& range = ranges[open];
      switch (lc.cmp) {
        case Cmp::Le: case Cmp::Lt: flips ? range.at_least(bound) : range.at_most(bound); break;
        case Cmp::Ge: case Cmp::Gt: flips ? range.at_most(bound) : range.at_least(bound); break;
        case Cmp::Eq: range.at_least(bound); range.at_most(bound); break;
      }
    }
  }
  for (const auto& [var, range] : ranges) {
    std::optional<Decimal> p = range.point();
    if (!p) return false;
    value.emplace(var, *p);
  }
  // Every constraint, exactly.
  for (int r : relations) {
    for (const LinearConstraint& lc : set.relations[static_cast<size_t>(r)].constraints) {
      Decimal sum = 0;
      for (const Term& t : lc.terms) {
        auto v = value.find(t.var);
        if (v == value.end()) return false;
        sum += t.coef * v->second;
      }
      if (!satisfied(sum, lc.cmp, lc.rhs)) return false;
    }
  }
  return true;
}

}  // namespace

bool witness_holds(const ClaimSet& set, const std::vector<int>& relations) {
  try {
    return try_witness(set, relations);
  } catch (const std::overflow_error&) {
    return false;  // a product too large for exact decimals: the solver decides
  }
}

}  // namespace cc
