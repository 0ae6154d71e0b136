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
// same kind and unit. Nested items add up to the item above them.
// Cue lists (rules/relations/list_total.toml): complete, partial.
#include <fmt/format.h>

#include "claims/extract.h"
#include "claims/lists.h"
#include "quantity/format.h"

namespace cc {
namespace {

class ListTotalFinder {
 public:
  ListTotalFinder(ClaimContext& ctx, const RelationRule& rule) : ctx_(ctx), rule_(rule) {}

  void run() {
    for (size_t first : list_starts(ctx_)) check(first - 1, first);
  }

 private:
  const Quantity& q(int c) const { return ctx_.set.claims[static_cast<size_t>(c)].quantity; }
  bool usable(int c) const { return list_figure(ctx_, c); }
  using Item = ListItem;

  // "- Capital: $5bn" with "  - Roads: $3bn" and "  - Rail: $2bn" below
  // it, in a list whose lead-in states a breakdown: the nested items add up
  // to no more than their parent, and to all of it when the parent item
  // says so ("Transport: $5bn, split as follows").
  void nested(const std::vector<Item>& items) {
    for (size_t k = 0; k < items.size(); ++k) {
      const Item& parent = items[k];
      if (parent.figures.size() != 1 || !usable(parent.figures.front())) continue;
      std::vector<int> parts;
      bool ok = true;
      size_t j = k + 1;
      for (; j < items.size() && items[j].depth > parent.depth; ++j) {
        if (items[j].depth != parent.depth + 1) continue;  // deeper still: their own parent's business
        if (items[j].figures.size() != 1 || !usable(items[j].figures.front()) ||
            !ctx_.same_dimension(items[j].figures.front(), parent.figures.front())) {
          ok = false;
        } else {
          parts.push_back(items[j].figures.front());
        }
      }
      if (!ok || parts.size() < 2) continue;
      // Sub-items may pick out some of the parent ("a $2bn rail line" under
      // "Transport: $5bn"): all of it only when the parent item says so.
      bool partial = true;
      for (size_t s : parent.sentences) partial = partial && !ctx_.has_cue(rule_.cue("complete"), s);
      Decimal mid = 0;
      Relation r = ctx_.sum_relation(rule_, "list_total", {}, parts, parent.figures.front(),
                                     partial ? Cmp::Le : Cmp::Eq, Decimal(100), &mid);
      const Quantity& like = q(parent.figures.front());
      std::string terms;
      for (int p : parts) terms += (terms.empty() ? "" : " + ") + q(p).text;
      r.message = partial ? "the items under a list item add up to more than its figure"
                          : "the items under a list item do not add up to its figure";
      r.detail = fmt::format("{} = {}, {} {}", terms, format_like(mid, like, ctx_.lex), partial ? "more than" : "not",
                             like.text);
      ctx_.set.relations.push_back(std::move(r));
    }
  }

  void check(size_t lead, size_t first) {
    std::vector<Item> items = list_items(ctx_, first);
    bool complete = ctx_.has_cue(rule_.cue("complete"), lead);
    if (!complete && !ctx_.has_cue(rule_.cue("partial"), lead)) return;
    nested(items);
    // The items at the top level, each one figure; nested ones belong to them.
    std::vector<int> parts;
    int depth = items.front().depth;
    for (const Item& item : items) {
      if (item.depth < depth) return;
      if (item.depth > depth) continue;
      if (item.figures.size() != 1 || !usable(item.figures.front())) return;
      parts.push_back(item.figures.front());
    }
    if (parts.size() < 2) return;
    // The whole: the lead-in's one figure, or 100% for a list of shares.
    int total = -1;
    auto in_lead = ctx_.claims_in[lead];
    if (in_lead.size() == 1) {
      total = in_lead.front();
      if (!usable(total) || other_measure(lead, total)) return;
    } else if (!in_lead.empty() || !complete || ctx_.has_cue(rule_.cue("not_shares"), lead)) {
      return;  // "Unemployment rates break down by age": rates of groups, not shares of one whole
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

  // "whose $50bn of assets is split between ..., made the following
  // returns:": the list is of another measure than the total (the noun
  // after "the following" is not the total's noun).
  bool other_measure(size_t lead, int total) const {
    const auto& toks = ctx_.tokens[lead];
    auto noun = [&](size_t i) -> std::string {
      while (i < toks.size() && (lower(ctx_.word(lead, i)) == "of" || lower(ctx_.word(lead, i)) == "in")) ++i;
      if (i >= toks.size() || toks[i].kind != TokenKind::Word) return "";
      std::string w = lower(ctx_.word(lead, i));
      return w.substr(0, std::min<size_t>(w.size(), 5));
    };
    std::string own = noun(ctx_.token_span(total).second);
    for (size_t i = 0; i + 1 < toks.size(); ++i) {
      if (lower(ctx_.word(lead, i)) != "following") continue;
      std::string listed = noun(i + 1);
      return !own.empty() && !listed.empty() && own != listed;
    }
    return false;
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
