// Assigning each claim its measure key (claims/key.h) from the words around
// it and the sentences before it.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "claims/extract.h"
#include "claims/key.h"

namespace cc {

class Keyer;

// Claims' keys, read when first asked for (a kind weighing a link, the
// report printing every claim): a clean document's figures that no relation
// looks at cost nothing beyond one pass over its words. Fills
// ctx.set.entities as names are met.
class KeyIndex {
 public:
  KeyIndex(ClaimContext& ctx, const KeyLexicon& lex);
  ~KeyIndex();
  KeyIndex(const KeyIndex&) = delete;
  KeyIndex& operator=(const KeyIndex&) = delete;
  // Claim c's key (also stored in its Claim).
  const MeasureKey& key(int c);
  // Every claim's key, the first `claims` of them.
  void all(size_t claims);

 private:
  std::unique_ptr<Keyer> keyer_;
};

// "possessive", "clause", ... ("" for None).
std::string_view key_source_name(KeySource s);

// "entity ByteDance, measure investment, time 2025, place abroad"; a part
// carried from an earlier sentence or resolved from "the company" says so.
std::string key_text(const MeasureKey& k, const ClaimSet& set, const KeyLexicon& lex);

}  // namespace cc
