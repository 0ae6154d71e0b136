// Relation kind "change_across": a stated percentage change whose earlier
// level is stated in a sentence nearby.
//
//   "Revenue rose 35 per cent to $8.1bn in the three months to June. A year
//    earlier, the chipmaker had revenue of $6bn."
//
// The change sentence says "VERB N% to LEVEL" and names no earlier level
// itself (`to`, as in the change kind). The earlier level is the one figure
// of the same dimension in the sentences up to `kReach` before or after it
// (same article) whose own clause dates it to the same kind of period a
// year before (a year one less, "a year earlier", "in the same period last
// year"; a quarter against a quarter, never against a year).
// Precision first, since nothing in the text ties the two sentences but
// their keys:
//  - both figures name the same measure (measure keys, rules/keys), with the
//    same word before it ("cloud revenue" is not "total revenue");
//  - the same basis words in both sentences (`basis`: "adjusted", "per
//    share", "constant currency", "forecast", "excluding", ...);
//  - no entity or place stated for one and not the same for the other, and
//    no rival or source named in the earlier figure's clause;
//  - a rate per unit (`per_unit`) is never a level;
//  - the earlier level lies within a factor of two of what the stated rate
//    implies (a larger gap is another figure, not a slip);
//  - where two figures fit, none is linked.
#include <algorithm>
#include <unordered_set>

#include <fmt/format.h>

#include "claims/extract.h"
#include "claims/tables.h"
#include "quantity/format.h"

namespace cc {
namespace {

const Decimal kPercent = Decimal::from_parts(1, -2);
constexpr size_t kReach = 3;   // sentences either side
constexpr size_t kGap = 4;     // tokens between the rate and "to LEVEL"

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
        int before = earlier_level(s, now, rate);
        if (before >= 0) emit(s, rate, now, before);
      }
    }
  }

 private:
  const Quantity& q(int c) const { return ctx_.set.claims[static_cast<size_t>(c)].quantity; }
  const MeasureKey& key(int c) const { return ctx_.key(c); }
  size_t sentence(int c) const { return ctx_.set.claims[static_cast<size_t>(c)].sentence; }

  bool level(int c) const {
    const Quantity& x = q(c);
    return x.change == Change::None && !x.range &&
           (x.kind == QuantityKind::Money || x.kind == QuantityKind::Count) && !ctx_.cue_after(rule_.cue("per_unit"), c);
  }

  // Whether `old` is dated to the same kind of period a year before `now`'s.
  bool period_before(const TimeScope& old, const TimeScope& now) const {
    if (!old.known()) return false;
    auto offset = [](const TimeScope& t) { return t.offset == TimeScope::kNoOffset ? 0 : static_cast<int>(t.offset); };
    if (!now.known()) {  // the change names no period: this year's against last year's
      if (old.period != 'Y') return false;
      return old.year ? (ctx_.doc.year && old.year == ctx_.doc.year - 1) : old.offset == -1;
    }
    if (old.period != now.period || old.n != now.n) return false;
    if (now.year && old.year) return old.year == now.year - 1;
    if (!now.year && !old.year) return offset(old) == offset(now) - 1;
    int doc = ctx_.doc.year;
    if (!doc) return false;
    int ny = now.year ? now.year : doc + offset(now), oy = old.year ? old.year : doc + offset(old);
    return oy == ny - 1;
  }

  // The stem of the word right before figure c's measure word, unless it is
  // one that narrows nothing (`not_modifier`: "the", "its", "group"):
  // "cloud" in "cloud revenue".
  std::string modifier(int c) const {
    int at = key(c).measure_token;
    if (at <= 0) return "";
    size_t s = sentence(c), i = static_cast<size_t>(at - 1);
    if (ctx_.tokens[s][i].kind != TokenKind::Word || ctx_.cue_at(rule_.cue("not_modifier"), s, i) ||
        ctx_.cue_at(ctx_.keys->places, s, i)) {
      return "";
    }
    std::string_view w = ctx_.word(s, i);
    bool first = true;  // the sentence's first word: "Advertising revenue"
    for (size_t k = 0; k < i; ++k) first = first && ctx_.tokens[s][k].kind == TokenKind::Punct;
    if (w[0] >= 'A' && w[0] <= 'Z' && !first) return "";  // a name: "Nvidia revenue" is the entity's
    if (w == "s" && i > 0 && ctx_.word(s, i - 1) == "'") return "";  // "Corvex's revenue"
    // "the carmaker delivered", "it spent": the subject, not a modifier
    if (ctx_.cue_at(ctx_.keys->reference_nouns, s, i) || ctx_.cue_at(ctx_.keys->pronouns, s, i)) return "";
    return stem(lower(w));
  }

  // The basis words in figure c's sentence ("adjusted", "per share"), lower-cased.
  std::vector<std::string> basis(int c) const {
    std::vector<std::string> out;
    size_t s = sentence(c);
    for (size_t i = 0; i < ctx_.tokens[s].size(); ++i) {
      size_t n = ctx_.cue_at(rule_.cue("basis"), s, i);
      if (!n) continue;
      std::string words;
      for (size_t k = i; k < i + n; ++k) words += (k > i ? " " : "") + lower(ctx_.word(s, k));
      out.push_back(std::move(words));
      i += n - 1;
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
  }

  // Both figures are one measure, on one basis, of one entity and place.
  bool one_measure(int old, int now) const {
    const MeasureKey &o = key(old), &n = key(now);
    if (o.measure < 0 || o.measure != n.measure || o.measure_from < KeySource::Clause ||
        n.measure_from < KeySource::Clause) {
      return false;
    }
    if (modifier(old) != modifier(now) || basis(old) != basis(now)) return false;
    if (o.other_named) return false;  // "its rival Barwick reported ..."
    bool o_entity = o.entity >= 0 && o.entity_from >= KeySource::Sentence;
    bool n_entity = n.entity >= 0 && n.entity_from >= KeySource::Sentence;
    if ((o_entity || n_entity) && o.entity != n.entity) return false;
    return o.place == n.place;
  }

  // The earlier level lies within a factor of two of what the stated rate
  // implies: new / (1 + r).
  bool plausible(int old, int now, int rate) const {
    double r = q(rate).value.to_double() / 100 * (q(rate).change == Change::Up ? 1 : -1);
    if (r <= -1) return false;
    double expected = q(now).value.to_double() / (1 + r), o = q(old).value.to_double();
    return o > 0 && expected > 0 && o <= 2 * expected && o >= expected / 2;
  }

  int earlier_level(size_t s, int now, int rate) const {
    int found = -1;
    size_t lo = s > kReach ? s - kReach : 0, hi = std::min(ctx_.doc.sentences.size(), s + kReach + 1);
    for (size_t t = lo; t < hi; ++t) {
      if (t == s || section_[t] != section_[s] || ctx_.doc.sentences[t].kind == BlockKind::TableCell) continue;
      for (int c : ctx_.claims_in[t]) {
        if (!level(c) || !ctx_.same_dimension(c, now) || linked_.count(c)) continue;
        if (key(c).time_from < KeySource::Clause || !period_before(key(c).time, key(now).time)) continue;
        if (!one_measure(c, now) || !plausible(c, now, rate)) continue;
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
