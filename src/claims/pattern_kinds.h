// Relation kinds a rule's [[pattern]] can feed: the roles each reads from a
// pattern's captures, the options a pattern may set, and how the captured
// figures become a relation.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "claims/claim.h"

namespace cc {

struct ClaimContext;

struct RoleSpec {
  std::string name;
  int min = 1, max = 1;  // how many captures of this role a match may bind
};

struct OptionSpec {
  std::string name;
  std::vector<std::string> values;  // allowed values; empty: a decimal number
  bool required = false;
};

// The captured claims by role, each role's claims in text order.
using RoleClaims = std::map<std::string, std::vector<int>, std::less<>>;
using PatternOptions = std::map<std::string, std::string, std::less<>>;

struct PatternKind {
  std::string summary;  // for `rules list` and docs
  std::vector<RoleSpec> roles;
  std::vector<OptionSpec> options;
  // The relation the captured figures state, or nothing when they cannot be
  // compared (money beside a percentage, two currencies).
  std::optional<Relation> (*build)(const ClaimContext& ctx, const RoleClaims& roles, const PatternOptions& options);
};

// The pattern kind registered under `name`, or nullptr.
const PatternKind* find_pattern_kind(std::string_view name);
std::vector<std::string> pattern_kind_names();

}  // namespace cc
