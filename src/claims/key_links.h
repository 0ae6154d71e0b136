// Weighing each relation by its members' measure keys: a link between
// figures whose own sentences say they are about different companies,
// years, places or measures is doubtful (confidence below the default
// threshold, so it adds no constraint); one whose keys agree says so in its
// evidence.
#pragma once

#include "claims/extract.h"
#include "claims/key.h"

namespace cc {

// Confidence of a link the keys speak against.
constexpr double kKeyClashConfidence = 0.3;
// Confidence of a code-kind link across sentences with nothing stated in
// common (no entity, measure, time or place named for both figures).
constexpr double kUnkeyedConfidence = 0.8;

void weigh_links(ClaimContext& ctx, const KeyLexicon& lex);

// The first way keys a and b say two figures differ, in plain words ("time
// 2025 vs 2024"), or "" when nothing stated speaks against them being one
// measure. `fields` holds 'e' entity, 'm' measure, 't' time (full scope),
// 'y' time (the year only), 'p' place.
std::string key_clash(const MeasureKey& a, const MeasureKey& b, std::string_view fields, const ClaimSet& set,
                      const KeyLexicon& lex);

}  // namespace cc
