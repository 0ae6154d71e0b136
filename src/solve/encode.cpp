#include "solve/encode.h"

#include <string>

namespace cc {

Encoding::Encoding(z3::context& ctx, const ClaimSet& set) : ctx_(ctx), set_(set), vars_(set.variable_count()) {}

const z3::expr& Encoding::var(int i) const {
  std::optional<z3::expr>& v = vars_[static_cast<size_t>(i)];
  if (!v) {
    size_t claims = set_.claims.size(), k = static_cast<size_t>(i);
    std::string name = k < claims ? "v_" + set_.claims[k].id
                                  : "x_" + std::to_string(k - claims) + "_" + set_.extra_variables[k - claims];
    v.emplace(ctx_.real_const(name.c_str()));
  }
  return *v;
}

z3::expr Encoding::bound(const Interval& iv, const z3::expr& v, bool closed) const {
  z3::expr e = ctx_.bool_val(true);
  if (!iv.lo.infinite) {
    z3::expr lo = ctx_.real_val(iv.lo.value.str().c_str());
    e = e && (iv.lo.open && !closed ? v > lo : v >= lo);
  }
  if (!iv.hi.infinite) {
    z3::expr hi = ctx_.real_val(iv.hi.value.str().c_str());
    e = e && (iv.hi.open && !closed ? v < hi : v <= hi);
  }
  return e;
}

z3::expr Encoding::claim_bound(int claim, bool relaxed, bool closed) const {
  const Quantity& q = set_.claims[static_cast<size_t>(claim)].quantity;
  return bound(relaxed ? q.relaxed : q.strict, var(claim), closed);
}

z3::expr Encoding::relation(int r, bool relaxed, bool closed) const {
  const Relation& rel = set_.relations[static_cast<size_t>(r)];
  z3::expr all = ctx_.bool_val(true);
  const auto& constraints = relaxed && !rel.relaxed_constraints.empty() ? rel.relaxed_constraints : rel.constraints;
  for (const LinearConstraint& lc : constraints) {
    z3::expr sum = ctx_.real_val(0);
    for (const Term& t : lc.terms) sum = sum + ctx_.real_val(t.coef.str().c_str()) * var(t.var);
    z3::expr rhs = ctx_.real_val(lc.rhs.str().c_str());
    switch (lc.cmp) {
      case Cmp::Le: all = all && sum <= rhs; break;
      case Cmp::Lt: all = all && (closed ? sum <= rhs : sum < rhs); break;
      case Cmp::Eq: all = all && sum == rhs; break;
      case Cmp::Ge: all = all && sum >= rhs; break;
      case Cmp::Gt: all = all && (closed ? sum >= rhs : sum > rhs); break;
    }
  }
  return all;
}

}  // namespace cc
