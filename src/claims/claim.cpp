#include "claims/claim.h"

#include <fmt/format.h>

namespace cc {

std::string canonical(const Relation& r, const ClaimSet& set) {
  std::string s = r.family + "(";
  for (size_t i = 0; i < r.members.size(); ++i) {
    if (i) s += ", ";
    const Claim& c = set.claims[static_cast<size_t>(r.members[i])];
    s += fmt::format("{}={}", r.roles[i], c.quantity.text);
  }
  return s + ")";
}

}  // namespace cc
