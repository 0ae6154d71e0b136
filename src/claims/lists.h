// Lists as the claims stage sees them: where each list starts (and the
// sentence that leads into it), and its items with their depth and figures.
// Shared by the list kinds (list_total, list_rank).
#pragma once

#include <vector>

#include "claims/extract.h"

namespace cc {

struct ListItem {
  std::vector<size_t> sentences;
  int depth = 0;
  std::vector<int> figures;  // claim indexes, in order
};

// The first sentence of every list (a list item after a sentence that is none).
std::vector<size_t> list_starts(const ClaimContext& ctx);

// The items of the list whose first sentence is `first`, nested ones included.
std::vector<ListItem> list_items(const ClaimContext& ctx, size_t first);

// A figure a list item can state as an amount: no range, change or open bound.
bool list_figure(const ClaimContext& ctx, int c);

}  // namespace cc
