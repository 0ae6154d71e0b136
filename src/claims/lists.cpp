#include "claims/lists.h"

namespace cc {

std::vector<size_t> list_starts(const ClaimContext& ctx) {
  std::vector<size_t> out;
  const auto& sentences = ctx.doc.sentences;
  for (size_t s = 1; s < sentences.size(); ++s) {
    if (sentences[s].kind == BlockKind::ListItem && sentences[s - 1].kind != BlockKind::ListItem) out.push_back(s);
  }
  return out;
}

std::vector<ListItem> list_items(const ClaimContext& ctx, size_t first) {
  const auto& sentences = ctx.doc.sentences;
  std::vector<ListItem> items;
  int block = -1;
  for (size_t s = first; s < sentences.size() && sentences[s].kind == BlockKind::ListItem; ++s) {
    if (sentences[s].block != block) {
      block = sentences[s].block;
      items.push_back({{}, sentences[s].depth, {}});
    }
    items.back().sentences.push_back(s);
    for (int c : ctx.claims_in[s]) items.back().figures.push_back(c);
  }
  return items;
}

bool list_figure(const ClaimContext& ctx, int c) {
  const Quantity& x = ctx.set.claims[static_cast<size_t>(c)].quantity;
  if (x.range || x.change != Change::None || x.hedge == Hedge::Greater || x.hedge == Hedge::Less) return false;
  return x.kind == QuantityKind::Money || x.kind == QuantityKind::Count || x.kind == QuantityKind::Number ||
         x.kind == QuantityKind::Percent;
}

}  // namespace cc
