// Deciding a component without Z3 when interval arithmetic settles it.
#pragma once

#include <optional>
#include <vector>

#include "claims/claim.h"

namespace cc {

// True when the single linear constraint of `relation` can hold with every
// claim variable in its stated (strict) interval and every other variable
// free: then the component made of this relation and its claims is
// consistent. False means "not shown", not "inconsistent".
bool single_constraint_holds(const ClaimSet& set, const Relation& relation);

// The largest (smallest) value claim `claim` can take for the constraint to
// hold with every other claim in its stated interval and every other variable
// free, ignoring the claim's own interval: a repair hint without an
// optimizer. Empty when unbounded or when the claim is not in the constraint.
// A strict bound is returned as its limit.
std::optional<double> single_constraint_optimum(const ClaimSet& set, const LinearConstraint& lc, int claim,
                                                bool maximize);

}  // namespace cc
