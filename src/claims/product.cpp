// Relation kind "product": a count times a price per unit is a stated total.
//  "sold 48 million shares at $34 each" ... "raised $952 million";
//  "will pay the €118m in five annual instalments of €35.6m";
//  "8 million doses ... at €19,50 per dose" ... "The total bill of €97.5m".
// Both factors are stated figures, so their product is folded into constant
// bounds on the total: N.lo * P.lo <= total <= N.hi * P.hi.
// Cue lists (rules/relations/product.toml): per_unit, per, instalments, total.
#include <fmt/format.h>

#include "claims/extract.h"
#include "quantity/format.h"

namespace cc {
namespace {

class ProductFinder {
 public:
  ProductFinder(ClaimContext& ctx, const RelationRule& rule) : ctx_(ctx), rule_(rule) {}

  void run() {
    for (size_t s = 0; s < ctx_.doc.sentences.size(); ++s) {
      for (int p : ctx_.claims_in[s]) price(s, p);
    }
  }

 private:
  const Quantity& q(int c) const { return ctx_.set.claims[static_cast<size_t>(c)].quantity; }

  bool plain(int c) const {
    const Quantity& x = q(c);
    return x.change == Change::None && !x.range && x.hedge != Hedge::Greater && x.hedge != Hedge::Less &&
           x.hedge != Hedge::AtLeast && x.hedge != Hedge::AtMost;
  }

  // A cue from `name` that ends right before token `end` of sentence s.
  bool cue_before(const std::string& name, size_t s, size_t end, size_t reach = 4) const {
    for (size_t back = 1; back <= reach && back <= end; ++back) {
      if (size_t n = ctx_.cue_at(rule_.cue(name), s, end - back); n && end - back + n >= end) return true;
    }
    return false;
  }

  // The count in sentence s whose noun is `unit` (any count when empty),
  // the nearest before token `before`.
  int count_in(size_t s, const std::string& unit, size_t before) const {
    int found = -1;
    for (int c : ctx_.claims_in[s]) {
      const Quantity& x = q(c);
      if (ctx_.token_span(c).second > before || !plain(c)) continue;
      if (x.kind != QuantityKind::Count) continue;
      if (!unit.empty() && x.unit != unit) continue;
      found = c;
    }
    return found;
  }

  // The one total in sentence s: an amount in the price's currency, after a
  // total cue ("raised", "the total bill of") unless `any` allows it bare.
  int total_in(size_t s, int price, bool any) const {
    int found = -1, n = 0;
    for (int c : ctx_.claims_in[s]) {
      if (c == price || !ctx_.same_dimension(c, price) || !plain(c)) continue;
      if (!any && !cue_before("total", s, ctx_.token_span(c).first)) continue;
      found = c;
      ++n;
    }
    return n == 1 ? found : -1;
  }

  // Sentences a and b name different times: different years, or a year and
  // "this year" or "last year" (several in one sentence: not sure, so apart).
  bool other_year(size_t a, size_t b) const {
    std::string ya = ctx_.time_named(a, rule_.cue("relative_year")), yb = ctx_.time_named(b, rule_.cue("relative_year"));
    return !ya.empty() && !yb.empty() && (ya != yb || ya == "*");
  }

  void price(size_t s, int p) {
    const Quantity& pq = q(p);
    if (pq.kind != QuantityKind::Money || !plain(p)) return;
    auto [first, last] = ctx_.token_span(p);
    const auto& toks = ctx_.tokens[s];
    std::string unit;  // "per dose" -> "dose"
    bool each = ctx_.cue_after(rule_.cue("per_unit"), p);
    if (!each && last + 1 < toks.size() && ctx_.cue_at(rule_.cue("per"), s, last)) {
      unit = lower(ctx_.word(s, last + 1));
      if (unit.size() > 3 && unit.back() == 's') unit.pop_back();
      each = true;
    }
    int count = -1, total = -1;
    if (cue_before("instalments", s, first)) {
      count = count_in(s, "", first);  // "five annual instalments of €35.6m"
      total = total_in(s, p, false);
      // "will pay the €118m (settlement) in five annual instalments": the
      // total a word or two before "in" and the count.
      size_t in_at = count >= 0 ? ctx_.token_span(count).first : 0;
      if (total < 0 && in_at > 0 && lower(ctx_.word(s, in_at - 1)) == "in") {
        for (int c : ctx_.claims_in[s]) {
          size_t end = ctx_.token_span(c).second;
          if (c != p && ctx_.same_dimension(c, p) && plain(c) && end < in_at && end + 3 >= in_at) total = c;
        }
      }
    } else if (each) {
      count = count_in(s, unit, first);
      // In one sentence too, the total needs its cue: "... at $900 each; its
      // operating profit was $120bn" states no product.
      if (count >= 0) total = total_in(s, p, false);
      // "... at $100m each and delivered 30 jets, worth $3bn": another count
      // between the price and the total is what the total is of.
      if (total >= 0) {
        int nearer = count_in(s, "", ctx_.token_span(total).first);
        if (nearer >= 0 && nearer != count && ctx_.token_span(nearer).first > last) total = -1;
      }
      if (count < 0 && s > 0 && !unit.empty()) {
        // "That works out at £7.10 per journey": count and total just before.
        count = count_in(s - 1, unit, ctx_.tokens[s - 1].size());
        if (count >= 0) total = total_in(s - 1, p, false);
      }
      if (count >= 0 && total < 0) {
        for (size_t t : {s - 1, s + 1}) {
          // A sentence about another year ("The IPO in 2021 raised $1.1bn")
          // is about another sale.
          if (t < ctx_.doc.sentences.size() && total < 0 && !other_year(s, t)) total = total_in(t, p, false);
        }
      }
    }
    if (count < 0 || total < 0 || !q(count).strict.bounded() || !pq.strict.bounded()) return;
    emit(count, p, total);
  }

  // total within [n.lo * p.lo, n.hi * p.hi].
  static std::vector<LinearConstraint> bounds(int total, const Interval& n, const Interval& p) {
    return {{{{Decimal(1), total}}, Cmp::Ge, n.lo.value * p.lo.value},
            {{{Decimal(1), total}}, Cmp::Le, n.hi.value * p.hi.value}};
  }

  void emit(int count, int p, int total) {
    const Quantity& n = q(count);
    const Quantity& pq = q(p);
    const Quantity& t = q(total);
    if (!n.relaxed.bounded() || !pq.relaxed.bounded()) return;
    Relation r;
    r.family = "product";
    r.rule = rule_.id;
    r.members = {count, p, total};
    r.roles = {"count", "unit", "total"};
    cover_member_sentences(r, ctx_.set);
    r.constraints = bounds(total, n.strict, pq.strict);
    r.relaxed_constraints = bounds(total, n.relaxed, pq.relaxed);
    r.message = "the count times the price per unit does not match the stated total";
    r.detail = fmt::format("{} x {} = {}, not {}", format_like(n.value, n, ctx_.lex),
                           format_like(pq.value, pq, ctx_.lex), format_like(n.value * pq.value, t, ctx_.lex),
                           format_like(t.value, t, ctx_.lex));
    ctx_.set.relations.push_back(std::move(r));
  }

  ClaimContext& ctx_;
  const RelationRule& rule_;
};

}  // namespace

void find_products(ClaimContext& ctx, const RelationRule& rule) { ProductFinder(ctx, rule).run(); }

}  // namespace cc
