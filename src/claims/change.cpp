// Relation kind "change": a stated change between two stated levels.
//  - "rose 20% to $13bn from $10bn": new lies in old x (1 + r), with r the
//    stated percentage folded in as constants (the encoding stays linear);
//  - "fell by $2bn to $8bn from $10bn": new = old - d;
//  - "rose to $13bn from $10bn", "$17.2bn, up from $10.3bn": direction only.
// Cue lists (rules/relations/change.toml): to, from, up_from, down_from.
#include <cmath>

#include <fmt/format.h>

#include "claims/extract.h"
#include "quantity/format.h"

namespace cc {
namespace {

const Decimal kPercent = Decimal::from_parts(1, -2);
// Words allowed between a change and its levels: "to $12bn in 2024 from $10bn".
constexpr size_t kGap = 5;

class ChangeFinder {
 public:
  ChangeFinder(ClaimContext& ctx, const RelationRule& rule) : ctx_(ctx), rule_(rule) {}

  void run() {
    for (size_t s = 0; s < ctx_.doc.sentences.size(); ++s) {
      used_.clear();
      stated_changes(s);
      direction_only(s);
      up_from(s);
    }
  }

 private:
  const Quantity& q(int c) const { return ctx_.set.claims[static_cast<size_t>(c)].quantity; }

  // A cue from list `name` that ends right before claim c's first token.
  bool cue_before(const std::string& name, int c) const { return ctx_.cue_ends_before(rule_.cue(name), c, 3); }

  bool level(int c) const {
    const Quantity& x = q(c);
    return x.change == Change::None && !x.range && x.hedge == Hedge::Exact &&
           (x.kind == QuantityKind::Money || x.kind == QuantityKind::Count || x.kind == QuantityKind::Percent ||
            x.kind == QuantityKind::Number) &&
           !after(c, "exchange_rate");
  }

  // A cue from list `name` at the token right after claim c.
  bool after(int c, const std::string& name) const { return ctx_.cue_after(rule_.cue(name), c); }

  // Two levels of one measure: both rates per unit ("$1.24 a share") or
  // neither, unless the unit is said once for both ("$82.10 a barrel from
  // $83.78": within a factor of ten); and no clause break ("; in 2024 profit
  // fell ...", "while") between.
  bool one_measure(int a, int b) const {
    if (after(a, "per_unit") != after(b, "per_unit")) {
      double x = std::abs(q(a).value.to_double()), y = std::abs(q(b).value.to_double());
      if (x <= 0 || y <= 0 || x / y > 10 || y / x > 10) return false;
    }
    size_t s = ctx_.set.claims[static_cast<size_t>(a)].sentence;
    if (ctx_.set.claims[static_cast<size_t>(b)].sentence != s) return false;
    size_t from = std::min(ctx_.token_span(a).second, ctx_.token_span(b).second);
    size_t to = std::max(ctx_.token_span(a).first, ctx_.token_span(b).first);
    return !ctx_.cue_between(rule_.cue("clause_break"), s, from, to);
  }

  // "from $7bn in 2019": the old level is of a named year, so a rate stated
  // for the change ("rose 20% this year") need not span it.
  bool dated(int c) const {
    size_t s = ctx_.set.claims[static_cast<size_t>(c)].sentence;
    size_t end = ctx_.token_span(c).second;
    for (size_t i = end; i < end + 3 && i < ctx_.tokens[s].size(); ++i) {
      if (ctx_.is_year(s, i)) return true;
    }
    // "from $19bn two years ago", "before the pandemic": another span.
    return ctx_.cue_between(rule_.cue("other_span"), s, end, end + 2);
  }

  // "to NEW" and "from OLD" right after the figure at position k of
  // sentence s: each within a few words of what comes before it.
  std::pair<int, int> levels_after(size_t s, size_t k) const {
    int to = -1, from = -1;
    const auto& in = ctx_.claims_in[s];
    size_t reach = ctx_.token_span(in[k]).second;
    for (size_t j = k + 1; j < in.size(); ++j) {
      int c = in[j];
      auto [first, last] = ctx_.token_span(c);
      if (q(c).change != Change::None || first > reach + kGap) break;
      if (!level(c)) break;
      if (to < 0 && cue_before("to", c)) to = c;
      else if (from < 0 && cue_before("from", c)) from = c;
      else break;
      reach = last;
    }
    if (to < 0 || from < 0 || !ctx_.same_dimension(to, from) || !one_measure(to, from) || dated(from)) return {-1, -1};
    return {to, from};
  }

  // new - factor_lo * old >= 0 and new - factor_hi * old <= 0.
  static std::vector<LinearConstraint> scaled(int now, int before, const Interval& rate, bool up) {
    std::vector<LinearConstraint> out;
    auto factor = [&](const Bound& b) { return up ? Decimal(1) + b.value * kPercent : Decimal(1) - b.value * kPercent; };
    const Bound& low_rate = up ? rate.lo : rate.hi;   // gives the smallest factor
    const Bound& high_rate = up ? rate.hi : rate.lo;  // gives the largest factor
    if (!low_rate.infinite) out.push_back({{{Decimal(1), now}, {-factor(low_rate), before}}, Cmp::Ge, Decimal(0)});
    if (!high_rate.infinite) out.push_back({{{Decimal(1), now}, {-factor(high_rate), before}}, Cmp::Le, Decimal(0)});
    return out;
  }

  void stated_changes(size_t s) {
    const auto& in = ctx_.claims_in[s];
    for (size_t k = 0; k < in.size(); ++k) {
      int r = in[k];
      const Quantity& rate = q(r);
      if (rate.change == Change::None || rate.range) continue;
      auto [now, before] = levels_after(s, k);
      if (now < 0) continue;
      bool up = rate.change == Change::Up;
      Relation rel = base(s);
      const Quantity& n = q(now);
      const Quantity& o = q(before);
      if (rate.kind == QuantityKind::Percent && o.kind != QuantityKind::Percent) {
        rel.members = {before, now};
        rel.roles = {"before", "after"};
        rel.constraints = scaled(now, before, rate.strict, up);
        rel.relaxed_constraints = scaled(now, before, rate.relaxed, up);
        Decimal expected = o.value * (up ? Decimal(1) + rate.value * kPercent : Decimal(1) - rate.value * kPercent);
        rel.detail = fmt::format("{} {} {} would be {}, not {}", format_like(o.value, o, ctx_.lex), up ? "up" : "down",
                                 rate.text, format_like(expected, n, ctx_.lex), format_like(n.value, n, ctx_.lex));
      } else if (ctx_.same_dimension(r, now) ||
                 (rate.kind == QuantityKind::Points && n.kind == QuantityKind::Percent)) {
        rel.members = {before, r, now};
        rel.roles = {"before", "change", "after"};
        rel.constraints = {{{{Decimal(1), now}, {Decimal(-1), before}, {Decimal(up ? -1 : 1), r}}, Cmp::Eq, Decimal(0)}};
        Decimal expected = up ? o.value + rate.value : o.value - rate.value;
        rel.detail = fmt::format("{} {} {} = {}, not {}", format_like(o.value, o, ctx_.lex), up ? "+" : "-",
                                 format_like(rate.value, rate, ctx_.lex), format_like(expected, n, ctx_.lex),
                                 format_like(n.value, n, ctx_.lex));
      } else {
        continue;
      }
      rel.message = "the stated change does not match the figures";
      used_.push_back(before);
      ctx_.set.relations.push_back(std::move(rel));
    }
  }

  // "rose to $13bn from $10bn": a change verb right before "to".
  void direction_only(size_t s) {
    const auto& in = ctx_.claims_in[s];
    for (size_t k = 0; k < in.size(); ++k) {
      int now = in[k];
      if (!level(now) || !cue_before("to", now)) continue;
      size_t first = ctx_.token_span(now).first;
      if (first < 2) continue;
      std::string verb = lower(ctx_.word(s, first - 2));
      bool up = ctx_.lex.change_up_before.count(verb) > 0;
      bool down = ctx_.lex.change_down_before.count(verb) > 0;
      if (!up && !down) continue;
      // The next figure only: "fell to $17bn, while global revenue rose
      // from $60bn to $65bn" pairs nothing.
      if (k + 1 < in.size()) {
        int before = in[k + 1];
        if (level(before) && cue_before("from", before) && ctx_.same_dimension(now, before) &&
            one_measure(now, before)) {
          emit_direction(s, now, before, up, verb);
        }
      }
    }
  }

  // "$17.2bn, up from $10.3bn": the nearest level before the cue.
  void up_from(size_t s) {
    const auto& in = ctx_.claims_in[s];
    for (size_t k = 1; k < in.size(); ++k) {
      int before = in[k];
      bool up = cue_before("up_from", before), down = cue_before("down_from", before);
      if ((!up && !down) || !level(before)) continue;
      for (size_t j = k; j-- > 0;) {
        int now = in[j];
        if (!ctx_.same_dimension(now, before) || q(now).change != Change::None) continue;
        if (level(now) && one_measure(now, before)) emit_direction(s, now, before, up, up ? "up" : "down");
        break;
      }
    }
  }

  void emit_direction(size_t s, int now, int before, bool up, const std::string& verb) {
    if (std::find(used_.begin(), used_.end(), before) != used_.end()) return;
    used_.push_back(before);
    Relation rel = base(s);
    rel.members = {before, now};
    rel.roles = {"before", "after"};
    rel.constraints = {{{{Decimal(1), now}, {Decimal(-1), before}}, up ? Cmp::Ge : Cmp::Le, Decimal(0)}};
    rel.message = "the figures move the other way from the stated change";
    const Quantity& n = q(now);
    const Quantity& o = q(before);
    rel.detail = fmt::format("\"{}\", but {} is {} than {}", verb, format_like(n.value, n, ctx_.lex),
                             up ? "less" : "more", format_like(o.value, o, ctx_.lex));
    ctx_.set.relations.push_back(std::move(rel));
  }

  Relation base(size_t s) const {
    Relation r;
    r.family = "change";
    r.rule = rule_.id;
    r.sentences = {s};
    return r;
  }

  ClaimContext& ctx_;
  const RelationRule& rule_;
  std::vector<int> used_;  // "from" levels already in a relation
};

}  // namespace

void find_changes(ClaimContext& ctx, const RelationRule& rule) { ChangeFinder(ctx, rule).run(); }

}  // namespace cc
