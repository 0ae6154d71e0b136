// Showing a component consistent without Z3: a point that satisfies it.
#pragma once

#include <vector>

#include "claims/claim.h"

namespace cc {

// Tries one assignment: every claim at a value its text allows (the stated
// value when the interval holds it), and every extra variable (a rate, a
// rest) inside the bounds the constraints then give it. True when that
// assignment satisfies every constraint of the given relations, checked in
// exact decimal arithmetic: the relations can all hold. False means "not
// shown", not "inconsistent"; the solver decides those.
bool witness_holds(const ClaimSet& set, const std::vector<int>& relations);

}  // namespace cc
