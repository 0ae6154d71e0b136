// Relation kind "list_rank": a list its lead-in calls a ranking is in order
// of its figures.
//
//   The five largest buyers, largest first:
//   1. Microsoft — $31bn
//   2. Meta — $19bn
//
// Each item's figure is at least the next one's (ties allowed); "smallest
// first" lists the other way. Precision first: the lead-in has a
// `descending` or `ascending` cue and no `not_ranked` cue ("in
// alphabetical order", "by region"), and every item holds exactly one
// figure, all of one kind and unit. One relation per neighbouring pair, so
// a conflict names the two items that are out of order.
// Cue lists (rules/relations/list_rank.toml): descending, ascending, order, not_ranked.
#include <fmt/format.h>

#include "claims/extract.h"
#include "claims/lists.h"
#include "quantity/format.h"

namespace cc {
namespace {

class ListRankFinder {
 public:
  ListRankFinder(ClaimContext& ctx, const RelationRule& rule) : ctx_(ctx), rule_(rule) {}

  void run() {
    for (size_t first : list_starts(ctx_)) check(first - 1, first);
  }

 private:
  const Quantity& q(int c) const { return ctx_.set.claims[static_cast<size_t>(c)].quantity; }

  void check(size_t lead, size_t first) {
    const auto& sentences = ctx_.doc.sentences;
    if (ctx_.has_cue(rule_.cue("not_ranked"), lead)) return;
    bool down = ctx_.has_cue(rule_.cue("descending"), lead);
    bool up = ctx_.has_cue(rule_.cue("ascending"), lead);
    if (down == up) return;  // no ranking named, or both: not sure
    // A bulleted list of "the biggest donors" may be in any order; numbers,
    // or "largest first", say it is ranked.
    if (!sentences[first].numbered && !ctx_.has_cue(rule_.cue("order"), lead)) return;
    // The items: one figure each, at one level.
    std::vector<int> items;
    std::vector<ListItem> list = list_items(ctx_, first);
    for (const ListItem& item : list) {
      if (item.depth != list.front().depth || item.figures.size() != 1 || !list_figure(ctx_, item.figures.front())) {
        return;
      }
      items.push_back(item.figures.front());
    }
    if (items.size() < 3) return;
    for (size_t k = 1; k < items.size(); ++k) {
      if (!ctx_.same_dimension(items[k], items.front())) return;
    }
    for (size_t k = 0; k + 1 < items.size(); ++k) emit(lead, items[k], items[k + 1], down, k + 1);
  }

  std::string item_name(int c) const {
    const std::string& text = ctx_.doc.sentences[ctx_.set.claims[static_cast<size_t>(c)].sentence].text;
    size_t cut = std::string::npos;
    for (std::string_view dash : {" - ", " \xe2\x80\x94 ", " \xe2\x80\x93 ", "\xe2\x80\x94", ":"}) {
      size_t at = text.find(dash);
      if (at != std::string::npos && at < cut) cut = at;
    }
    std::string name = cut == std::string::npos ? text : text.substr(0, cut);
    while (!name.empty() && name.back() == ' ') name.pop_back();
    return name.empty() ? text : name;
  }

  void emit(size_t lead, int higher, int lower, bool down, size_t rank) {
    Relation r;
    r.family = "list_rank";
    r.rule = rule_.id;
    r.sentences = {lead};
    r.members = {higher, lower};
    r.roles = {"ranked_above", "ranked_below"};
    // down: above >= below; up (smallest first): above <= below.
    r.constraints = {{{{Decimal(1), higher}, {Decimal(-1), lower}}, down ? Cmp::Ge : Cmp::Le, Decimal(0)}};
    cover_member_sentences(r, ctx_.set);
    r.message = fmt::format("the list is ranked {}, but item {} ({}) is {} than item {} ({})",
                            down ? "largest first" : "smallest first", rank + 1, item_name(lower),
                            down ? "larger" : "smaller", rank, item_name(higher));
    r.detail = fmt::format("{} {} {}", q(lower).text, down ? ">" : "<", q(higher).text);
    ctx_.set.relations.push_back(std::move(r));
  }

  ClaimContext& ctx_;
  const RelationRule& rule_;
};

}  // namespace

void find_list_ranks(ClaimContext& ctx, const RelationRule& rule) { ListRankFinder(ctx, rule).run(); }

}  // namespace cc
