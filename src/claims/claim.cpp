#include "claims/claim.h"

#include <algorithm>

#include <fmt/format.h>

namespace cc {

void cover_member_sentences(Relation& r, const ClaimSet& set) {
  for (int c : r.members) r.sentences.push_back(set.claims[static_cast<size_t>(c)].sentence);
  std::sort(r.sentences.begin(), r.sentences.end());
  r.sentences.erase(std::unique(r.sentences.begin(), r.sentences.end()), r.sentences.end());
}

std::vector<LinearConstraint> fraction_bounds(int part, int whole, const Interval& f, const Decimal& unit) {
  std::vector<LinearConstraint> out;
  if (!f.lo.infinite) {
    out.push_back({{{Decimal(1), part}, {-(f.lo.value * unit), whole}}, f.lo.open ? Cmp::Gt : Cmp::Ge, Decimal(0)});
  }
  if (!f.hi.infinite) {
    out.push_back({{{Decimal(1), part}, {-(f.hi.value * unit), whole}}, f.hi.open ? Cmp::Lt : Cmp::Le, Decimal(0)});
  }
  return out;
}

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
