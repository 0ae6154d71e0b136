// Relation kind "list_total": a lead-in that states a total, then a list of
// its parts.
//
//   The $9.5bn package breaks down as follows:
//   - Chips: $5.5bn
//   - Land: $4bn
//
// The items add up to the lead-in's figure ("as follows", "is made up of":
// all of it) or to no more than it ("including": some of it). Items that are
// all percentages with no figure in the lead-in add up to 100%. Precision
// first: the lead-in holds one figure, every item exactly one figure of the
// same kind and unit, and no item has items of its own.
// Cue lists (rules/relations/list_total.toml): complete, partial.
#include <fmt/format.h>

#include "claims/extract.h"
#include "quantity/format.h"

namespace cc {
namespace {

class ListTotalFinder {
 public:
  ListTotalFinder(ClaimContext& ctx, const RelationRule& rule) : ctx_(ctx), rule_(rule) {}

  void run() {
    const auto& sentences = ctx_.doc.sentences;
    for (size_t s = 1; s < sentences.size(); ++s) {
      bool starts_list = sentences[s].kind == BlockKind::ListItem && sentences[s - 1].kind != BlockKind::ListItem;
      if (starts_list) check(s - 1, s);
    }
  }

 private:
  const Quantity& q(int c) const { return ctx_.set.claims[static_cast<size_t>(c)].quantity; }

  bool usable(int c) const {
    const Quantity& x = q(c);
    if (x.range || x.change != Change::None || x.hedge == Hedge::Greater || x.hedge == Hedge::Less) return false;
    return x.kind == QuantityKind::Money || x.kind == QuantityKind::Count || x.kind == QuantityKind::Number ||
           x.kind == QuantityKind::Percent;
  }

  void check(size_t lead, size_t first) {
    const auto& sentences = ctx_.doc.sentences;
    bool complete = ctx_.has_cue(rule_.cue("complete"), lead);
    if (!complete && !ctx_.has_cue(rule_.cue("partial"), lead)) return;
    // The items: consecutive list-item blocks at one level, each one figure.
    std::vector<int> parts;
    std::vector<size_t> item_sentences;
    int block = -1, figures = 0, depth = sentences[first].depth;
    auto close_item = [&]() { return block < 0 || figures == 1; };
    for (size_t s = first; s < sentences.size() && sentences[s].kind == BlockKind::ListItem; ++s) {
      if (sentences[s].depth != depth) return;  // nested items: not read yet
      if (sentences[s].block != block) {
        if (!close_item()) return;
        block = sentences[s].block;
        figures = 0;
      }
      for (int c : ctx_.claims_in[s]) {
        ++figures;
        if (!usable(c)) return;
        parts.push_back(c);
      }
      item_sentences.push_back(s);
    }
    if (!close_item() || parts.size() < 2) return;
    // The whole: the lead-in's one figure, or 100% for a list of shares.
    int total = -1;
    auto in_lead = ctx_.claims_in[lead];
    if (in_lead.size() == 1) {
      total = in_lead.front();
      if (!usable(total)) return;
    } else if (!in_lead.empty() || !complete) {
      return;
    }
    for (int p : parts) {
      // A bare number counts the total's noun ("2,413 new posts ... Nurses: 1,287").
      bool fits = total >= 0 ? ctx_.same_dimension(p, total) ||
                                   (q(p).kind == QuantityKind::Number && q(total).kind == QuantityKind::Count)
                             : q(p).kind == QuantityKind::Percent;
      if (!fits) return;
    }
    emit(lead, total, parts, complete);
  }

  void emit(size_t lead, int total, const std::vector<int>& parts, bool complete) {
    Decimal mid = 0;
    Relation r = ctx_.sum_relation(rule_, "list_total", {lead}, parts, total, complete ? Cmp::Eq : Cmp::Le,
                                   Decimal(100), &mid);
    const Quantity& like = total >= 0 ? q(total) : q(parts.front());
    std::string terms;
    for (int p : parts) terms += (terms.empty() ? "" : " + ") + q(p).text;
    std::string whole = total >= 0 ? q(total).text : "100%";
    r.message = complete ? "the list's items do not add up to the total stated before it"
                         : "the list's items add up to more than the total stated before it";
    r.detail = fmt::format("{} = {}, {} {}", terms, format_like(mid, like, ctx_.lex), complete ? "not" : "more than",
                           whole);
    ctx_.set.relations.push_back(std::move(r));
  }

  ClaimContext& ctx_;
  const RelationRule& rule_;
};

}  // namespace

void find_list_totals(ClaimContext& ctx, const RelationRule& rule) { ListTotalFinder(ctx, rule).run(); }

}  // namespace cc
