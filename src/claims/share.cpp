// Relation kinds "share" and "majority": a part as a fraction of a whole.
//  share:    "$17.2bn, or 31 per cent of the total"; "38 per cent of
//            deliveries, or about 760,000 vehicles"; "£312m, equivalent to
//            78% of revenue"; "Of its £4bn budget, a third ...".
//  majority: "Most of that came from offshore turbines, which produced
//            29TWh"; "More than half came from broadcasting, £2.4bn"; "made
//            up the bulk of that, at $45.2bn".
// The whole is a figure right after "of" in the sentence, or else the one
// amount of the part's kind in the sentence before (none, or several, and
// nothing is linked). The fraction is folded into constants:
// lo * whole <= part <= hi * whole.
#include <fmt/format.h>

#include "claims/extract.h"
#include "quantity/format.h"

namespace cc {
namespace {

const Decimal kPercent = Decimal::from_parts(1, -2);
const Decimal kHalf = Decimal::from_parts(5, -1);
// Tokens between "most of that" and the part it names: "came from China,
// which contributed $3bn".
constexpr size_t kPartReach = 10;
// How far back a named whole is looked for, in sentences.
constexpr size_t kLookBack = 5;
// The words of a sentence that can name its subject.
constexpr size_t kSubjectWords = 6;
// Tokens from the measure word to its figure: "Revenue at the clubs rose to £6.3bn".
constexpr size_t kSubjectReach = 8;

class ShareFinder {
 public:
  ShareFinder(ClaimContext& ctx, const RelationRule& rule) : ctx_(ctx), rule_(rule) {}

  const Quantity& q(int c) const { return ctx_.set.claims[static_cast<size_t>(c)].quantity; }
  size_t sentence_of(int c) const { return ctx_.set.claims[static_cast<size_t>(c)].sentence; }

  bool cue_ends_at(const std::string& name, size_t s, size_t end) const {
    for (size_t back = 1; back <= 4 && back <= end; ++back) {
      // The cue may run into the figure's own hedge: ", or about 760,000".
      if (size_t n = ctx_.cue_at(rule_.cue(name), s, end - back); n && end - back + n >= end) return true;
    }
    return false;
  }

  bool amount(int c) const {
    const Quantity& x = q(c);
    return (x.kind == QuantityKind::Money || x.kind == QuantityKind::Count) && x.change == Change::None && !x.range &&
           x.hedge != Hedge::Greater && x.hedge != Hedge::Less;
  }

  // An amount that is compared, not stated as a level: "than $5bn",
  // "double the $60.9bn", "from $10bn".
  bool compared(int c) const {
    size_t s = sentence_of(c);
    size_t first = ctx_.token_span(c).first;
    if (cue_ends_at("not_whole", s, first)) return true;
    for (int other : ctx_.claims_in[s]) {
      if (q(other).kind == QuantityKind::Multiplier && ctx_.token_span(other).second + 2 >= first &&
          ctx_.token_span(other).second <= first) {
        return true;
      }
    }
    return false;
  }

  // The whole for a part in sentence s: the figure right after "of" at
  // token `of_end`; else, when "of" names what is measured ("of revenue",
  // "of deliveries"), the single amount like `part` in the nearest of the
  // five sentences before whose subject it is.
  // "of the total", "of that": no name, so no link.
  int whole_for(size_t s, size_t of_end, int part) const {
    for (int c : ctx_.claims_in[s]) {
      size_t first = ctx_.token_span(c).first;
      if (first >= of_end && first <= of_end + 2 && c != part && amount(c) && ctx_.same_dimension(c, part)) return c;
    }
    std::string noun = measure_after(s, of_end);
    if (noun.empty()) return -1;
    for (size_t back = 1; back <= kLookBack && back <= s; ++back) {
      int found = -1, candidates = 0;
      for (int c : ctx_.claims_in[s - back]) {
        if (!amount(c) || !ctx_.same_dimension(c, part) || compared(c)) continue;
        if (!subject_names(c, noun, false)) continue;
        ++candidates;
        found = c;
      }
      // One candidate by the loose test, and it passes the strict one.
      if (candidates == 1) return subject_names(found, noun, true) ? found : -1;
      if (candidates > 1) return -1;  // two candidates: not sure which
    }
    return -1;
  }

  // The measure named after "of": "of revenue" -> "reve", "of its sales"
  // -> "sale" (a short stem); empty for "of the total", "of that".
  std::string measure_after(size_t s, size_t at) const {
    const PhraseTable<int>& skip = rule_.cue("determiners");
    for (size_t i = at; i < ctx_.tokens[s].size() && i < at + 4; ++i) {
      if (ctx_.tokens[s][i].kind != TokenKind::Word) return "";
      if (ctx_.cue_at(skip, s, i)) continue;
      std::string w = lower(ctx_.word(s, i));
      if (ctx_.cue_at(rule_.cue("vague"), s, i)) return "";
      // "of revenue in 2024", "of the sales increase": a narrower measure
      // than the word alone, so no whole elsewhere is named.
      if (i + 1 < ctx_.tokens[s].size() && ctx_.cue_at(rule_.cue("narrower"), s, i + 1)) return "";
      return w.substr(0, std::min<size_t>(w.size(), 5));
    }
    return "";
  }

  // Whether the sentence of claim c is about `stem`: the word opens the
  // sentence ("Revenue at the clubs rose to £6.3bn", "Northbridge's revenue
  // rose ...") before the figure. "..., with revenue of €4bn" is not.
  // The word must be near the figure ("Revenue growth slowed and net profit
  // fell to $2bn" names profit), name the measure itself ("Revenue per user",
  // "Revenue in China" are narrower), and the figure must be an outcome, not
  // an expectation ("Analysts had expected revenue of $10bn").
  // `strict` false: only whether the word opens the sentence before the
  // figure (to count the candidates).
  bool subject_names(int c, const std::string& stem, bool strict) const {
    size_t s = sentence_of(c);
    size_t first = ctx_.token_span(c).first;
    for (size_t i = 0; i < first && i < kSubjectWords; ++i) {
      std::string w = lower(ctx_.word(s, i));
      if (w.compare(0, stem.size(), stem) != 0) continue;
      if (!strict) return true;
      if (first - i > kSubjectReach || ctx_.cue_at(rule_.cue("narrower"), s, i + 1)) return false;
      for (size_t j = 0; j < first; ++j) {
        if (ctx_.cue_at(rule_.cue("not_actual"), s, j)) return false;
      }
      return true;
    }
    return false;
  }


  void emit(const std::string& family, size_t s, int part, int whole, int fraction_claim,
            std::vector<LinearConstraint> strict, std::vector<LinearConstraint> relaxed, const std::string& said) {
    Relation r;
    r.family = family;
    r.rule = rule_.id;
    r.members = {whole, part};
    r.roles = {"whole", "part"};
    r.sentences = {sentence_of(whole), s};
    if (r.sentences[0] == r.sentences[1]) r.sentences.pop_back();
    r.constraints = std::move(strict);
    r.relaxed_constraints = std::move(relaxed);
    const Quantity& p = q(part);
    const Quantity& w = q(whole);
    double actual = p.value.to_double() / w.value.to_double() * 100;
    r.message = family == "majority" ? "the part said to be most of the whole is not more than half of it"
                                     : "the stated share does not match the figures";
    r.detail = fmt::format("{} is {}% of {}, not {}", format_like(p.value, p, ctx_.lex), format_number(actual, 1),
                           format_like(w.value, w, ctx_.lex), said);
    (void)fraction_claim;
    ctx_.set.relations.push_back(std::move(r));
  }

  // "X, or P% of W" / "P% of W, or X" / "X, equivalent to P% of W".
  void shares() {
    for (size_t s = 0; s < ctx_.doc.sentences.size(); ++s) {
      const auto& in = ctx_.claims_in[s];
      for (size_t k = 0; k < in.size(); ++k) {
        int f = in[k];
        const Quantity& fq = q(f);
        if ((fq.kind != QuantityKind::Percent && fq.kind != QuantityKind::Ratio) || fq.change != Change::None) continue;
        auto [first, last] = ctx_.token_span(f);
        size_t of_len = ctx_.cue_at(rule_.cue("of"), s, last);
        if (!of_len) continue;
        int part = -1;
        if (k > 0 && cue_ends_at("link", s, first) && amount(in[k - 1]) &&
            ctx_.token_span(in[k - 1]).second + 4 >= first) {
          part = in[k - 1];  // "X, or P% of ..."
        } else {
          for (size_t j = k + 1; j < in.size() && j <= k + 2; ++j) {  // "P% of ..., or X"
            size_t pf = ctx_.token_span(in[j]).first;
            if (amount(in[j]) && cue_ends_at("link", s, pf) && pf <= last + of_len + 8) {
              part = in[j];
              break;
            }
          }
        }
        if (part < 0) continue;
        int whole = whole_for(s, last + of_len, part);
        if (whole < 0 || whole == part) continue;
        Decimal unit = fq.kind == QuantityKind::Percent ? kPercent : Decimal(1);
        emit("share", s, part, whole, f, fraction_bounds(part, whole, fq.strict, unit), fraction_bounds(part, whole, fq.relaxed, unit),
             fq.text);
      }
    }
  }

  // "Most of that ... $29bn", "More than half came from ..., £2.4bn".
  void majorities() {
    const PhraseTable<int>& most = rule_.cue("most");
    for (size_t s = 1; s < ctx_.doc.sentences.size(); ++s) {
      // The part is a figure of this sentence, the whole one of the sentence before.
      if (ctx_.claims_in[s].empty() || ctx_.claims_in[s - 1].empty()) continue;
      const auto& toks = ctx_.tokens[s];
      size_t at = toks.size(), len = 0;
      for (size_t i = 0; i < toks.size() && !len; ++i) {
        if ((len = ctx_.cue_at(most, s, i))) at = i;
      }
      bool stated_half = false;
      if (!len) {  // "More than half" as a figure opening the sentence
        for (int c : ctx_.claims_in[s]) {
          const Quantity& x = q(c);
          if (x.kind == QuantityKind::Ratio && x.value == kHalf &&
              (x.hedge == Hedge::Greater || x.hedge == Hedge::AtLeast) && ctx_.token_span(c).first == 0) {
            at = 0;
            len = ctx_.token_span(c).second;
            stated_half = true;
          }
        }
      }
      if (!len) continue;
      // The part: the first amount after the cue, close to it, stated as a
      // level of the whole ("Most of that came from China, up from $3bn" and
      // "... dividends of $1.20 a share" have none).
      int part = -1;
      for (int c : ctx_.claims_in[s]) {
        if (ctx_.token_span(c).first >= at + len && amount(c)) {
          part = c;
          break;
        }
      }
      if (part < 0 || ctx_.token_span(part).first > at + len + kPartReach || compared(part) ||
          ctx_.cue_after(rule_.cue("per_unit"), part)) {
        continue;
      }
      int whole = majority_whole(s, part);
      if (whole < 0) continue;
      std::vector<LinearConstraint> more_than_half = {
          {{{Decimal(1), part}, {-kHalf, whole}}, Cmp::Gt, Decimal(0)}};
      emit("majority", s, part, whole, -1, more_than_half, more_than_half, stated_half ? "more than half" : "most");
    }
  }

  // "Most of that": the single amount like `part` in the sentence before.
  int majority_whole(size_t s, int part) const {
    if (s == 0) return -1;
    int found = -1;
    for (int c : ctx_.claims_in[s - 1]) {
      if (!amount(c) || !ctx_.same_dimension(c, part) || compared(c)) continue;
      if (found >= 0) return -1;  // two candidates: not sure which
      found = c;
    }
    return found;
  }

 private:
  ClaimContext& ctx_;
  const RelationRule& rule_;
};

}  // namespace

void find_shares(ClaimContext& ctx, const RelationRule& rule) { ShareFinder(ctx, rule).shares(); }
void find_majorities(ClaimContext& ctx, const RelationRule& rule) { ShareFinder(ctx, rule).majorities(); }

}  // namespace cc
