// Relation kind "difference": a stated gap between two stated figures.
//  "That 18-point margin" after "54 per cent ... to 46 per cent";
//  "Brandt leads Keller by 14 points" before "48 per cent ... 44 per cent";
//  "That is £280m ahead of the forecast of £1.54bn" after "... £1.62bn".
// The larger minus the smaller stated figure is the gap.
// Cue lists (rules/relations/difference.toml): margin, not_margin, ahead,
// behind, that, not_subject.
#include <cctype>

#include <fmt/format.h>

#include "claims/extract.h"
#include "quantity/format.h"

namespace cc {
namespace {

// Words between "ahead of" and its figure: "ahead of the average analyst
// forecast of £1.54bn".
constexpr size_t kReach = 10;

class DifferenceFinder {
 public:
  DifferenceFinder(ClaimContext& ctx, const RelationRule& rule) : ctx_(ctx), rule_(rule) {}

  void run() {
    for (size_t s = 0; s < ctx_.doc.sentences.size(); ++s) {
      margins(s);
      ahead(s);
    }
  }

 private:
  const Quantity& q(int c) const { return ctx_.set.claims[static_cast<size_t>(c)].quantity; }

  bool plain(int c) const {
    const Quantity& x = q(c);
    return x.change == Change::None && !x.range && x.hedge == Hedge::Exact;
  }

  bool has_cue(const std::string& name, size_t s) const {
    return ctx_.has_cue(rule_.cue(name), s);
  }

  // A cue from `name` ending within `reach` tokens before claim c.
  bool cue_near_before(const std::string& name, int c, size_t reach) const {
    size_t s = ctx_.set.claims[static_cast<size_t>(c)].sentence;
    size_t first = ctx_.token_span(c).first;
    for (size_t back = 1; back <= reach + 3 && back <= first; ++back) {
      size_t n = ctx_.cue_at(rule_.cue(name), s, first - back);
      if (n && first - back + n <= first && first - back + n + reach >= first) return true;
    }
    return false;
  }

  // Whether sentences a and b share a name: a capitalised word that does
  // not open either sentence.
  bool shares_name(size_t a, size_t b) const {
    auto names = [&](size_t s) {
      std::vector<std::string> out;
      for (size_t i = 1; i < ctx_.tokens[s].size(); ++i) {
        std::string_view w = ctx_.word(s, i);
        if (ctx_.tokens[s][i].kind == TokenKind::Word && w.size() > 1 && std::isupper(static_cast<unsigned char>(w[0]))) {
          out.emplace_back(w);
        }
      }
      return out;
    };
    std::vector<std::string> na = names(a), nb = names(b);
    for (const std::string& w : na) {
      if (std::find(nb.begin(), nb.end(), w) != nb.end()) return true;
    }
    return false;
  }

  // The plain percentages of sentence s (other than `except`).
  std::vector<int> shares_in(size_t s, int except) const {
    std::vector<int> out;
    for (int c : ctx_.claims_in[s]) {
      if (c != except && q(c).kind == QuantityKind::Percent && plain(c)) out.push_back(c);
    }
    return out;
  }

  // A clause break ("; this year ...", "but", "when") between tokens a and b
  // of sentence s.
  bool broken(size_t s, size_t a, size_t b) const {
    return ctx_.cue_between(rule_.cue("clause_break"), s, std::min(a, b), std::max(a, b));
  }

  // "a 14-point lead", "leads by 14 points": exactly two shares in this, the
  // next or the previous sentence.
  void margins(size_t s) {
    for (int d : ctx_.claims_in[s]) {
      if (q(d).kind != QuantityKind::Points || q(d).unit != "pp" || !plain(d) || !has_cue("margin", s)) continue;
      if (cue_near_before("not_margin", d, 6)) continue;  // "margin of error of 3.1 points"
      // "the lead narrowed by 3 points", "4 points ahead of where it was":
      // a change of the gap, not the gap.
      if (cue_near_before("gap_change", d, 1) ||
          ctx_.cue_at(rule_.cue("not_gap_after"), s, ctx_.token_span(d).second)) {
        continue;
      }
      for (size_t t : {s, s + 1, s + 2, s - 1}) {
        if (t >= ctx_.doc.sentences.size()) continue;
        std::vector<int> two = shares_in(t, d);
        if (two.empty()) continue;
        // Another sentence's shares are this gap's only when the text ties
        // them: a name in both ("Brandt leads ..." / "Brandt has 48%"), or
        // "That margin" right after them.
        bool tied = t == s || shares_name(s, t) || (t + 1 == s && ctx_.cue_at(rule_.cue("that"), s, 0));
        // In one sentence, the gap and the shares in one clause: "beat Trump
        // by 4.5 points in 2020; this year Harris has 47 per cent" is not.
        if (t == s && two.size() == 2 &&
            broken(s, ctx_.token_span(d).first, ctx_.token_span(two[0]).first) +
                    broken(s, ctx_.token_span(d).first, ctx_.token_span(two[1]).first) > 0) {
          tied = false;
        }
        if (two.size() == 2 && tied) emit(d, two[0], two[1], s);
        break;
      }
    }
  }

  // "£280m ahead of the forecast of £1.54bn" with "That" standing for the
  // single amount of the sentence before.
  void ahead(size_t s) {
    if (s == 0 || !ctx_.cue_at(rule_.cue("that"), s, 0)) return;
    const auto& in = ctx_.claims_in[s];
    for (size_t k = 0; k + 1 < in.size(); ++k) {
      int d = in[k], other = in[k + 1];
      size_t after = ctx_.token_span(d).second;
      if (q(d).kind == QuantityKind::Count && after < ctx_.tokens[s].size()) ++after;  // "780,000 bpd above"
      bool up = ctx_.cue_at(rule_.cue("ahead"), s, after) > 0;
      bool down = ctx_.cue_at(rule_.cue("behind"), s, after) > 0;
      if ((!up && !down) || !plain(d) || !plain(other) || !ctx_.same_dimension(d, other)) continue;
      if (ctx_.token_span(other).first > after + kReach || broken(s, after, ctx_.token_span(other).first)) continue;
      int subject = -1, n = 0;
      for (int c : ctx_.claims_in[s - 1]) {
        if (!ctx_.same_dimension(c, d) || !plain(c) || cue_near_before("not_subject", c, 3)) continue;
        subject = c;
        ++n;
      }
      if (n != 1) continue;
      if (up) emit(d, subject, other, s);
      else emit(d, other, subject, s);
    }
  }

  // larger - smaller = gap, with the larger the one stated larger.
  void emit(int gap, int a, int b, size_t s) {
    if (q(a).value < q(b).value) std::swap(a, b);
    Relation r;
    r.family = "difference";
    r.rule = rule_.id;
    r.members = {a, b, gap};
    r.roles = {"larger", "smaller", "gap"};
    r.sentences = {s};
    cover_member_sentences(r, ctx_.set);
    r.constraints = {{{{Decimal(1), a}, {Decimal(-1), b}, {Decimal(-1), gap}}, Cmp::Eq, Decimal(0)}};
    r.message = "the stated gap is not the difference of the figures";
    const Quantity& g = q(gap);
    const Quantity& qa = q(a);
    const Quantity& qb = q(b);
    std::string diff = g.kind == QuantityKind::Points
                           ? format_number((qa.value - qb.value).to_double(), 2) + " points"
                           : format_like(qa.value - qb.value, g, ctx_.lex);
    r.detail = fmt::format("{} - {} = {}, not {}", format_like(qa.value, qa, ctx_.lex),
                           format_like(qb.value, qb, ctx_.lex), diff, format_like(g.value, g, ctx_.lex));
    ctx_.set.relations.push_back(std::move(r));
  }

  ClaimContext& ctx_;
  const RelationRule& rule_;
};

}  // namespace

void find_differences(ClaimContext& ctx, const RelationRule& rule) { DifferenceFinder(ctx, rule).run(); }

}  // namespace cc
