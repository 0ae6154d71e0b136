// The solve stage: which claims cannot all hold, and what would fix it.
// Only this stage's .cpp files include z3++.h.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "claims/claim.h"

namespace cc {

struct SolveOptions {
  unsigned timeout_ms = 5000;     // per component check
  unsigned rlimit = 0;            // Z3 resource limit per check (0: none); deterministic
  int max_conflicts = 10;         // minimal sets reported per component
  double min_confidence = 0.5;    // relations less sure than this add no constraint
  std::string dump_smt_dir;       // when set, each component is written here as SMT-LIB2
  std::string dump_name = "doc";  // file name stem for dumps
};

enum class Severity { Error, Warning };

// The range a claim's figure would need for the rest of its conflict to hold.
struct Repair {
  int claim = -1;
  std::optional<double> at_least, at_most;  // base units; nullopt = unbounded
};

// A minimal set of claims and relations that cannot all be true.
struct Conflict {
  std::vector<int> claims;     // claim indexes, ascending
  std::vector<int> relations;  // relation indexes, ascending
  Severity severity = Severity::Error;
  std::vector<Repair> repairs;
};

// A component the solver could not decide within its limits.
struct Undetermined {
  std::vector<int> claims;
  std::vector<int> relations;
  std::string reason;
};

struct SolveResult {
  std::vector<Conflict> conflicts;  // in order of their first claim
  std::vector<Undetermined> undetermined;
};

// Checks every component of `set` on its own.
SolveResult solve(const ClaimSet& set, const SolveOptions& options);

}  // namespace cc
