// Assigning each claim its measure key (claims/key.h) from the words around
// it and the sentences before it.
#pragma once

#include <string>
#include <string_view>

#include "claims/extract.h"
#include "claims/key.h"

namespace cc {

// Sets every claim's key and fills ctx.set.entities.
void assign_keys(ClaimContext& ctx, const KeyLexicon& lex);

// "possessive", "clause", ... ("" for None).
std::string_view key_source_name(KeySource s);

// "entity ByteDance, measure investment, time 2025, place abroad"; a part
// carried from an earlier sentence or resolved from "the company" says so.
std::string key_text(const MeasureKey& k, const ClaimSet& set, const KeyLexicon& lex);

}  // namespace cc
