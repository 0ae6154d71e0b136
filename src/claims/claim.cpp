#include "claims/claim.h"

#include <algorithm>

#include <fmt/format.h>

namespace cc {

void cover_member_sentences(Relation& r, const ClaimSet& set) {
  for (int c : r.members) r.sentences.push_back(set.claims[static_cast<size_t>(c)].sentence);
  std::sort(r.sentences.begin(), r.sentences.end());
  r.sentences.erase(std::unique(r.sentences.begin(), r.sentences.end()), r.sentences.end());
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
