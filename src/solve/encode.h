// Claims and relations as Z3 terms (linear real arithmetic).
#pragma once

#include <z3++.h>

#include <optional>
#include <vector>

#include "claims/claim.h"

namespace cc {

// Z3 terms for one ClaimSet: a real variable per claim and extra variable,
// made on first use so that settled parts of a long document cost nothing.
class Encoding {
 public:
  Encoding(z3::context& ctx, const ClaimSet& set);
  // The bound a claim's figure states: strict or at doubled tolerance.
  // With `closed`, strict inequalities become non-strict: the closure, whose
  // optimum is the supremum of a satisfiable open set (Z3's optimizer does not
  // always return that limit for strict bounds itself).
  z3::expr claim_bound(int claim, bool relaxed, bool closed = false) const;
  // The constraints of one relation, as a conjunction (strict or relaxed).
  z3::expr relation(int r, bool relaxed = false, bool closed = false) const;
  const z3::expr& var(int i) const;
  z3::context& ctx() const { return ctx_; }

 private:
  z3::expr bound(const Interval& iv, const z3::expr& v, bool closed) const;
  z3::context& ctx_;
  const ClaimSet& set_;
  mutable std::vector<std::optional<z3::expr>> vars_;
};

}  // namespace cc
