// Relation kind "partition": parts that make up a whole. Two shapes:
//  - shares of 100%: "60 percent to Chinese suppliers, the rest to Nvidia";
//  - amounts of a stated total: "$10bn ... Of that, $5.5bn ... and $4bn ...",
//    "$10bn, of which $5.5bn ...", closed by "The rest, $1bn, ...".
// Cue lists (rules/relations/partition.toml): rest, of_which, of_that,
// continuation, not_part (words before a figure that is no part: "from", "than").
#include <algorithm>
#include <tuple>

#include <fmt/format.h>

#include "claims/extract.h"
#include "quantity/format.h"

namespace cc {
namespace {

// How far back "Of that" may look for the amount it refers to, in sentences.
constexpr size_t kLookBack = 3;

struct Split {
  int total = -1;            // claim index; -1 for "100%"
  std::vector<int> parts;
  int rest = -1;             // a stated rest figure, also in parts
  bool complete = false;     // the parts are all of it
  std::vector<size_t> sentences;
};

bool usable(const Quantity& q) {
  return q.change == Change::None && !q.range && q.hedge != Hedge::Greater && q.hedge != Hedge::Less;
}

class PartitionFinder {
 public:
  PartitionFinder(ClaimContext& ctx, const RelationRule& rule) : ctx_(ctx), rule_(rule) {}

  void run() {
    for (size_t s = 0; s < ctx_.doc.sentences.size(); ++s) {
      // Shares are figures of this sentence or the one before; an amount
      // split's total or first part is a figure of this sentence.
      bool here = !ctx_.claims_in[s].empty();
      if (here || (s > 0 && !ctx_.claims_in[s - 1].empty())) percent_split(s);
      if (here) amount_split(s);
    }
  }

 private:
  const Quantity& q(int c) const { return ctx_.set.claims[static_cast<size_t>(c)].quantity; }
  size_t ntok(size_t s) const { return ctx_.tokens[s].size(); }

  // Position of the first cue from `name` in sentence s at or after `from`.
  std::pair<size_t, size_t> find_cue(const std::string& name, size_t s, size_t from = 0) const {
    const PhraseTable<int>& t = rule_.cue(name);
    for (size_t i = from; i < ntok(s); ++i) {
      if (size_t n = ctx_.cue_at(t, s, i)) return {i, n};
    }
    return {ntok(s), 0};
  }

  bool starts_with_cue(const std::string& name, size_t s) const {
    return ctx_.cue_at(rule_.cue(name), s, 0) > 0;
  }

  // A figure preceded by "from", "than" and the like is a comparison, not a part.
  bool excluded(int c) const {
    auto [first, last] = ctx_.token_span(c);
    size_t s = ctx_.set.claims[static_cast<size_t>(c)].sentence;
    const PhraseTable<int>& t = rule_.cue("not_part");
    // "than $5bn", and "than the $5bn": a determiner may stand between.
    size_t end = first;
    if (end > 0 && ctx_.cue_at(rule_.cue("determiners"), s, end - 1)) --end;
    for (size_t stop : {first, end}) {
      for (size_t back = 1; back <= 3 && back <= stop; ++back) {
        if (size_t n = ctx_.cue_at(t, s, stop - back); n && stop - back + n == stop) return true;
      }
    }
    // "$1.20 a share": a rate per unit, never a part of a total.
    if (ctx_.cue_after(rule_.cue("per_unit"), c)) return true;
    return !usable(q(c));
  }

  // The claim used for a part: itself, or its conversion into the total's currency.
  int in_dimension_of(int part, int like) const {
    if (like < 0) return q(part).kind == QuantityKind::Percent ? part : -1;
    if (ctx_.same_dimension(part, like)) return part;
    // "148,000 vehicles ... Of those, 81,000 went to Europe": a bare number
    // split off a count is of the count's unit
    if (q(like).kind == QuantityKind::Count && q(part).kind == QuantityKind::Number && q(part).unit.empty()) return part;
    int conv = ctx_.set.claims[static_cast<size_t>(part)].converted;
    if (conv >= 0 && ctx_.same_dimension(conv, like)) return conv;
    return -1;
  }

  // Percent claims of sentence s from token `from` on that can be parts.
  void percent_parts(size_t s, size_t from, Split& split, size_t rest_at, size_t rest_len) {
    for (int c : ctx_.claims_in[s]) {
      if (q(c).kind != QuantityKind::Percent || excluded(c)) continue;
      auto [first, last] = ctx_.token_span(c);
      if (first < from) continue;
      split.parts.push_back(c);
      if (rest_len && first >= rest_at + rest_len && first <= rest_at + rest_len + 2 && split.rest < 0) {
        split.rest = c;
      }
    }
  }

  // "in the rest of the country": a place, not what is left of a split.
  bool rest_is_place(size_t s, size_t at) const {
    const PhraseTable<int>& t = rule_.cue("not_rest");
    for (size_t back = 1; back <= 3 && back <= at; ++back) {
      if (size_t n = ctx_.cue_at(t, s, at - back); n && at - back + n == at) return true;
    }
    return false;
  }

  // The noun a percentage is "of": "72 per cent of its annual profit" ->
  // "annual"... the first word after "of" and any determiner; "" when none.
  std::string share_of(int c) const {
    size_t s = ctx_.set.claims[static_cast<size_t>(c)].sentence;
    size_t i = ctx_.token_span(c).second;
    if (i >= ntok(s) || lower(ctx_.word(s, i)) != "of") return "";
    for (++i; i < ntok(s) && i < ctx_.token_span(c).second + 5; ++i) {
      if (ctx_.cue_at(rule_.cue("determiners"), s, i)) continue;
      return lower(ctx_.word(s, i));
    }
    return "";
  }

  // "52 per cent of voters but 31 per cent of candidates": shares of
  // different wholes do not add up.
  bool one_whole(const std::vector<int>& parts) const {
    std::string of;
    for (int p : parts) {
      std::string w = share_of(p);
      if (w.empty()) continue;
      if (!of.empty() && w != of) return false;
      of = w;
    }
    return true;
  }

  void percent_split(size_t s) {
    auto [at, len] = find_cue("rest", s);
    auto not_rest = [&](size_t a, size_t l) {
      return rest_is_place(s, a) || ctx_.cue_at(rule_.cue("not_rest_after"), s, a + l);  // "the balance sheet"
    };
    while (len && not_rest(at, len)) std::tie(at, len) = find_cue("rest", s, at + len);
    if (!len) return;
    Split split;
    bool starts = at == 0 || (at == 1 && ctx_.word(s, 0) == "and");
    if (starts && s > 0 && ctx_.doc.sentences[s - 1].block == ctx_.doc.sentences[s].block) {
      percent_parts(s - 1, 0, split, 0, 0);  // "60% go to A. The rest, 40%, ..."
      split.sentences.push_back(s - 1);
    }
    percent_parts(s, 0, split, at, len);
    split.sentences.push_back(s);
    size_t stated = split.parts.size() - (split.rest >= 0 ? 1 : 0);
    if (stated == 0 || !one_whole(split.parts)) return;
    if (split.rest < 0 && stated < 1) return;
    split.complete = true;
    emit(split, "shares");
  }

  void amount_split(size_t s) {
    Split split;
    size_t parts_from = 0;
    if (auto [at, len] = find_cue("of_which", s); len) {
      // "$10bn, of which $5.5bn ...", "a £4.2bn budget for the year, of which
      // ...": the total is the last figure before the cue.
      for (int c : ctx_.claims_in[s]) {
        if (ctx_.token_span(c).second <= at) split.total = c;
      }
      parts_from = at + len;
    } else if (size_t n = ctx_.cue_at(rule_.cue("of_that"), s, 0)) {
      // "Of that, $5.5bn ...": the total is the last amount before it.
      parts_from = n;
      std::vector<std::string> named = words_after(s, n);
      for (int c : ctx_.claims_in[s]) {
        if (ctx_.token_span(c).first == n) {
          split.total = c;  // "Of the $10bn, ..."
          parts_from = ctx_.token_span(c).second;
        }
      }
      if (split.total < 0) {
        split.total = previous_amount(s, first_part(s, parts_from));
        // "Of that increase", "Of the 2025 budget", "Of the phones shipped":
        // words the total's sentence must say too, or it is another measure.
        if (split.total >= 0 && !named.empty() && !says_any(ctx_.set.claims[static_cast<size_t>(split.total)].sentence, named)) {
          return;
        }
      }
    } else {
      return;
    }
    if (split.total < 0 || !usable(q(split.total))) return;
    // "a net profit of ¥268bn, of which ¥370bn came from banking": gains and
    // losses make up a net figure, so a part may exceed it.
    if (ctx_.cue_ends_before(rule_.cue("net"), split.total, 4)) return;
    if (q(split.total).kind != QuantityKind::Money && q(split.total).kind != QuantityKind::Count) return;
    split.sentences.push_back(s);
    add_amount_parts(s, parts_from, split);
    // "The rest, $1bn, ..." / "A further $2bn ..." in the next sentences.
    for (size_t t = s + 1; t < ctx_.doc.sentences.size() && t <= s + 2; ++t) {
      bool rest = starts_with_cue("rest", t);
      if (!rest && !starts_with_cue("continuation", t)) break;
      size_t before = split.parts.size();
      // The part right after the cue: "A further $2bn ...", "The rest,
      // $1bn, ..."; "Another fund raised $2bn" adds nothing.
      size_t cue = ctx_.cue_at(rule_.cue(rest ? "rest" : "continuation"), t, 0);
      add_amount_parts(t, 0, split, cue + 1);
      if (split.parts.size() == before) break;
      split.sentences.push_back(t);
      if (rest) {
        split.complete = true;
        break;
      }
    }
    // "..., the rest, $1bn": complete; "the rest were sold by others" (no
    // figure for it) leaves an unstated rest.
    if (auto [at, len] = find_cue("rest", s); len) {
      for (int p : split.parts) {
        if (ctx_.set.claims[static_cast<size_t>(p)].sentence == s && ctx_.token_span(p).first >= at + len) split.complete = true;
      }
    }
    if (split.parts.empty()) return;
    emit(split, "amounts");
  }

  // Up to three words right after token `at` of sentence s, before any
  // punctuation or figure, cut to five letters: "Of that increase" ->
  // {"incre"}; none for "Of that, $5bn".
  std::vector<std::string> words_after(size_t s, size_t at) const {
    std::vector<std::string> out;
    for (size_t i = at; i < ntok(s) && i < at + 3; ++i) {
      if (ctx_.tokens[s][i].kind != TokenKind::Word && ctx_.tokens[s][i].kind != TokenKind::Number) break;
      bool figure = false;
      for (int c : ctx_.claims_in[s]) figure = figure || ctx_.token_span(c).first == i;
      if (figure) break;
      std::string w = lower(ctx_.word(s, i));
      if (w.size() >= 4) out.push_back(w.substr(0, std::min<size_t>(w.size(), 5)));  // not "in", "the"
    }
    return out;
  }

  // Whether sentence s has a word starting with one of `stems`.
  bool says_any(size_t s, const std::vector<std::string>& stems) const {
    for (size_t i = 0; i < ntok(s); ++i) {
      std::string w = lower(ctx_.word(s, i));
      for (const std::string& st : stems) {
        if (w.compare(0, st.size(), st) == 0) return true;
      }
    }
    return false;
  }

  void add_amount_parts(size_t s, size_t from, Split& split, size_t upto = static_cast<size_t>(-1)) {
    for (int c : ctx_.claims_in[s]) {
      if (c == split.total || ctx_.token_span(c).first < from || excluded(c)) continue;
      if (ctx_.token_span(c).first > upto) continue;
      int conv = ctx_.set.claims[static_cast<size_t>(c)].converted;
      if (conv >= 0 && std::find(split.parts.begin(), split.parts.end(), conv) != split.parts.end()) continue;
      int part = in_dimension_of(c, split.total);
      if (part < 0 || part == split.total) continue;
      if (std::find(split.parts.begin(), split.parts.end(), part) != split.parts.end()) continue;
      split.parts.push_back(part);
    }
  }

  // The first figure after the cue that could be a part, or -1.
  int first_part(size_t s, size_t from) const {
    for (int c : ctx_.claims_in[s]) {
      if (ctx_.token_span(c).first >= from && !excluded(c)) return c;
    }
    return -1;
  }

  // The amount "Of that" refers to: in the nearest of the three sentences
  // before s that holds an amount the part `like` can be added to (the same
  // currency or count noun, directly or through its conversion), the only
  // such amount; two or more, and nothing is linked.
  int previous_amount(size_t s, int like) const {
    if (like < 0) return -1;
    for (size_t back = 1; back <= kLookBack && back <= s; ++back) {
      int found = -1, candidates = 0;
      for (int c : ctx_.claims_in[s - back]) {
        const Quantity& x = q(c);
        if ((x.kind != QuantityKind::Money && x.kind != QuantityKind::Count) || excluded(c)) continue;
        if (in_dimension_of(like, c) >= 0) {
          found = c;
          ++candidates;
        }
      }
      if (candidates == 1) return found;
      if (candidates > 1) return -1;  // this year's total or next year's? not sure: no link
    }
    return -1;
  }

  void emit(const Split& split, const char* what) {
    const QuantityLexicon& lex = ctx_.lex;
    Relation r;
    r.family = "partition";
    r.rule = rule_.id;
    r.sentences = split.sentences;
    LinearConstraint sum;
    Decimal lo = 0, hi = 0, mid = 0;
    bool lo_inf = false, hi_inf = false;
    std::string terms;
    for (int p : split.parts) {
      r.members.push_back(p);
      r.roles.push_back(p == split.rest ? "rest" : "part");
      sum.terms.push_back({Decimal(1), p});
      const Quantity& x = q(p);
      lo_inf = lo_inf || x.strict.lo.infinite;
      hi_inf = hi_inf || x.strict.hi.infinite;
      if (!x.strict.lo.infinite) lo += x.strict.lo.value;
      if (!x.strict.hi.infinite) hi += x.strict.hi.value;
      mid += x.value;
      terms += (terms.empty() ? "" : " + ") + format_like(x.value, x, lex);
    }
    const Quantity& like = q(split.parts.front());
    Decimal whole_lo = 100, whole_hi = 100, whole_mid = 100;
    std::string whole_text = "100%";
    if (split.total >= 0) {
      const Quantity& t = q(split.total);
      r.members.insert(r.members.begin(), split.total);
      r.roles.insert(r.roles.begin(), "total");
      sum.terms.push_back({Decimal(-1), split.total});
      whole_lo = t.strict.lo.value;
      whole_hi = t.strict.hi.value;
      whole_mid = t.value;
      whole_text = "the stated " + format_like(t.value, t, lex) + " total";
      sum.rhs = 0;
      sum.cmp = split.complete ? Cmp::Eq : Cmp::Le;
    } else {
      sum.rhs = 100;
      sum.cmp = split.complete && split.rest >= 0 ? Cmp::Eq : Cmp::Le;
    }
    r.constraints.push_back(sum);
    std::string sum_text = format_like(mid, like, lex);
    Decimal spread = std::max(mid - lo, hi - mid);
    std::string pm = spread.is_zero() || lo_inf || hi_inf ? "" : " (±" + format_like(spread, like, lex) + ")";
    bool over = !lo_inf && lo > whole_hi;
    bool under = sum.cmp == Cmp::Eq && !hi_inf && hi < whole_lo;
    if (std::string(what) == "shares") {
      r.message = under ? "the shares add up to less than 100%" : "the shares add up to more than 100%";
      r.detail = fmt::format("{} = {}{}, {} 100%", terms, sum_text, pm, under ? "short of" : "not");
    } else {
      r.message = under ? "the parts add up to less than the stated total"
                        : "the parts add up to more than the stated total";
      r.detail = fmt::format("{} = {}{}, {} {}", terms, sum_text, pm, under ? "less than" : "more than", whole_text);
    }
    if (!over && !under) r.message = "these figures cannot all hold with the stated split";
    (void)whole_mid;
    ctx_.set.relations.push_back(std::move(r));
  }

  ClaimContext& ctx_;
  const RelationRule& rule_;
};

}  // namespace

void find_partitions(ClaimContext& ctx, const RelationRule& rule) { PartitionFinder(ctx, rule).run(); }

}  // namespace cc
