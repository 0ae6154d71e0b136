// Relation kind "change_across": a stated percentage change whose earlier
// level is stated in a sentence nearby.
//
//   "Revenue rose 35 per cent to $8.1bn in the three months to June. A year
//    earlier, the chipmaker had revenue of $6bn."
//
// The change sentence says "VERB N% to LEVEL" and names no earlier level
// itself (`to`, as in the change kind). The earlier level is the one figure
// of the same dimension in the sentences up to `kReach` before or after it
// (same article) whose own words date it to the period before: a year one
// less than the new level's, or an earlier-time phrase ("a year earlier",
// "last year", "in the same period last year") in its clause. Precision
// first: the two figures' measure keys must not clash (entity, measure,
// place), they must share evidence of being one measure (the same measure
// word, the same entity named, or a noun stem near both), a rate per unit
// (`per_unit`) is never a level, and where two figures fit, none is linked.
#include <algorithm>
#include <unordered_set>

#include <fmt/format.h>

#include "claims/extract.h"
#include "claims/key_links.h"
#include "claims/tables.h"
#include "quantity/format.h"

namespace cc {
namespace {

const Decimal kPercent = Decimal::from_parts(1, -2);
constexpr size_t kReach = 3;   // sentences either side
constexpr size_t kGap = 4;     // tokens between the rate and "to LEVEL"
constexpr size_t kNear = 6;    // tokens either side of a figure for shared nouns

class ChangeAcross {
 public:
  ChangeAcross(ClaimContext& ctx, const RelationRule& rule) : ctx_(ctx), rule_(rule) {}

  void run() {
    if (!ctx_.keys) return;
    section_ = top_sections(ctx_);
    for (const Relation& r : ctx_.set.relations) {
      if (r.family == "change") linked_.insert(r.members.begin(), r.members.end());
    }
    for (size_t s = 0; s < ctx_.doc.sentences.size(); ++s) {
      if (ctx_.doc.sentences[s].kind == BlockKind::TableCell) continue;
      const auto& in = ctx_.claims_in[s];
      for (size_t k = 0; k + 1 < in.size(); ++k) {
        int rate = in[k];
        const Quantity& r = q(rate);
        if (r.change == Change::None || r.kind != QuantityKind::Percent || r.range) continue;
        int now = in[k + 1];
        if (!level(now) || linked_.count(now) || !ctx_.cue_ends_before(rule_.cue("to"), now, 2)) continue;
        if (ctx_.token_span(now).first > ctx_.token_span(rate).second + kGap) continue;
        // an earlier level in the sentence itself ("from $10bn") is the change kind's
        if (k + 2 < in.size() && ctx_.cue_ends_before(rule_.cue("from"), in[k + 2], 3)) continue;
        int before = earlier_level(s, now);
        if (before >= 0) emit(s, rate, now, before);
      }
    }
  }

 private:
  const Quantity& q(int c) const { return ctx_.set.claims[static_cast<size_t>(c)].quantity; }
  const MeasureKey& key(int c) const { return ctx_.set.claims[static_cast<size_t>(c)].key; }
  size_t sentence(int c) const { return ctx_.set.claims[static_cast<size_t>(c)].sentence; }

  bool level(int c) const {
    const Quantity& x = q(c);
    return x.change == Change::None && !x.range &&
           (x.kind == QuantityKind::Money || x.kind == QuantityKind::Count) && !ctx_.cue_after(rule_.cue("per_unit"), c);
  }

  // Whether `old` is dated to the period before `now`'s.
  bool period_before(const TimeScope& old, const TimeScope& now) const {
    if (!old.known()) return false;
    if (now.known() && now.year && old.year) {
      return old.year == now.year - 1 && old.period == now.period && old.n == now.n;
    }
    if (now.known() && !now.year && !old.year && now.offset != TimeScope::kNoOffset &&
        old.offset != TimeScope::kNoOffset && now.offset != 0) {
      return old.offset == now.offset - 1;  // "next year" after "this year"
    }
    int doc = ctx_.doc.year;
    if (!now.known() || (now.year == 0 && (now.offset == 0 || now.offset == TimeScope::kNoOffset)) ||
        (doc && now.year == doc && now.period == 'Y')) {
      // the change is this year's (or undated): the old level is last year's
      if (old.year == 0) return old.offset == -1;
      return doc && old.year == doc - 1;
    }
    return false;
  }

  // Stems of the nouns and adjectives near figure c (lower-case words of
  // four letters or more).
  std::unordered_set<std::string> near_stems(int c) const {
    std::unordered_set<std::string> out;
    size_t s = sentence(c);
    auto [first, last] = ctx_.token_span(c);
    size_t from = first > kNear ? first - kNear : 0, to = std::min(ctx_.tokens[s].size(), last + kNear);
    for (size_t i = from; i < to; ++i) {
      if (i >= first && i < last) continue;
      if (ctx_.tokens[s][i].kind != TokenKind::Word) continue;
      std::string w = lower(ctx_.word(s, i));
      if (w.size() < 4 || ctx_.cue_at(rule_.cue("not_shared"), s, i)) continue;
      out.insert(stem(w));
    }
    return out;
  }

  // The earlier figure is someone's or somewhere's that the new level is
  // not said to be: "its rival Barwick reported revenue of £8.1bn", "revenue
  // in Europe was $4bn".
  bool narrower(int old, int now) const {
    const MeasureKey &o = key(old), &n = key(now);
    if (o.other_named) return true;
    if (o.entity >= 0 && o.entity_from >= KeySource::Clause && o.entity != n.entity) return true;
    if (o.place >= 0 && n.place < 0) return true;
    return false;
  }

  // Positive evidence that a and b are one measure.
  bool one_measure(int a, int b) const {
    const MeasureKey &x = key(a), &y = key(b);
    if (x.measure >= 0 && x.measure == y.measure) return true;
    if (x.entity >= 0 && x.entity == y.entity && x.entity_from >= KeySource::Reference &&
        y.entity_from >= KeySource::Reference) {
      return true;
    }
    std::unordered_set<std::string> near_a = near_stems(a);
    for (const std::string& w : near_stems(b)) {
      if (near_a.count(w)) return true;
    }
    return false;
  }

  int earlier_level(size_t s, int now) const {
    int found = -1;
    size_t lo = s > kReach ? s - kReach : 0, hi = std::min(ctx_.doc.sentences.size(), s + kReach + 1);
    for (size_t t = lo; t < hi; ++t) {
      if (t == s || section_[t] != section_[s] || ctx_.doc.sentences[t].kind == BlockKind::TableCell) continue;
      for (int c : ctx_.claims_in[t]) {
        if (!level(c) || !ctx_.same_dimension(c, now) || linked_.count(c)) continue;
        if (key(c).time_from < KeySource::Clause || !period_before(key(c).time, key(now).time)) continue;
        if (narrower(c, now)) continue;
        if (!key_clash(key(c), key(now), "emp", ctx_.set, *ctx_.keys).empty() || !one_measure(c, now)) continue;
        if (found >= 0) return -1;  // two fit: link neither
        found = c;
      }
    }
    return found;
  }

  static std::vector<LinearConstraint> scaled(int now, int before, const Interval& rate, bool up) {
    std::vector<LinearConstraint> out;
    auto factor = [&](const Bound& b) { return up ? Decimal(1) + b.value * kPercent : Decimal(1) - b.value * kPercent; };
    const Bound& low_rate = up ? rate.lo : rate.hi;
    const Bound& high_rate = up ? rate.hi : rate.lo;
    if (!low_rate.infinite) out.push_back({{{Decimal(1), now}, {-factor(low_rate), before}}, Cmp::Ge, Decimal(0)});
    if (!high_rate.infinite) out.push_back({{{Decimal(1), now}, {-factor(high_rate), before}}, Cmp::Le, Decimal(0)});
    return out;
  }

  void emit(size_t s, int rate, int now, int before) {
    const Quantity &r = q(rate), &n = q(now), &o = q(before);
    bool up = r.change == Change::Up;
    Relation rel;
    rel.family = "change";
    rel.rule = rule_.id;
    rel.sentences = {std::min(s, sentence(before)), std::max(s, sentence(before))};
    rel.members = {before, now};
    rel.roles = {"before", "after"};
    rel.constraints = scaled(now, before, r.strict, up);
    rel.relaxed_constraints = scaled(now, before, r.relaxed, up);
    Decimal expected = o.value * (up ? Decimal(1) + r.value * kPercent : Decimal(1) - r.value * kPercent);
    rel.message = "the stated change does not match the earlier level given nearby";
    rel.detail = fmt::format("{} {} {} would be {}, not {}", format_like(o.value, o, ctx_.lex), up ? "up" : "down", r.text,
                             format_like(expected, n, ctx_.lex), format_like(n.value, n, ctx_.lex));
    linked_.insert(before);
    linked_.insert(now);
    ctx_.set.relations.push_back(std::move(rel));
  }

  ClaimContext& ctx_;
  const RelationRule& rule_;
  std::vector<int> section_;
  std::unordered_set<int> linked_;
};

}  // namespace

void find_changes_across(ClaimContext& ctx, const RelationRule& rule) { ChangeAcross(ctx, rule).run(); }

}  // namespace cc
