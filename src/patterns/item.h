// What patterns match over: a document as a stream of items, one per word or
// punctuation token, one per recognized figure (its tokens folded into one),
// and a break between sentences.
#pragma once

#include <cstdint>
#include <string_view>

#include "quantity/quantity.h"

namespace cc {

enum class ItemKind : uint8_t { Word, Punct, Figure, Break };

struct Item {
  ItemKind kind = ItemKind::Word;
  QuantityKind figure_kind = QuantityKind::Number;  // Figure only
  int32_t figure = -1;                              // Figure: the caller's id (a claim index)
  std::string_view text;                            // Word, Punct: the token as written
  bool minor = false;  // Figure: one a gap may skip ("the three months to", "the second quarter")
};

}  // namespace cc
