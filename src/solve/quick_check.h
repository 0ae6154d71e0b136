// Deciding a component without Z3 when interval arithmetic settles it.
#pragma once

#include <vector>

#include "claims/claim.h"

namespace cc {

// True when the single linear constraint of `relation` can hold with every
// claim variable in its stated (strict) interval and every other variable
// free: then the component made of this relation and its claims is
// consistent. False means "not shown", not "inconsistent".
bool single_constraint_holds(const ClaimSet& set, const Relation& relation);

}  // namespace cc
