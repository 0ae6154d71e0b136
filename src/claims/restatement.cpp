// Relation kind "restatement": a figure that refers back to one stated
// earlier, "the $6.8bn overseas investment", "the €9.1bn operating profit",
// states the same amount.
//
//   ... plans to invest about $6.8bn in data centres overseas ...
//   The $6.8bn overseas investment was aimed at ...
//
// The reference is a determiner (`determiners`: "the", "that", "its") right
// before the figure and a noun phrase right after it; the phrase ends at a
// word that cannot be part of it (a verb or a function word, `ends`). The
// antecedent is a figure of the same kind and unit in one of the few
// sentences before, with every word of the phrase (by Snowball stem: invest,
// investment) within a few words of it and no other figure in between.
// Precision first: no `qualifiers` in the phrase or right after it
// ("excluding", "target", "forecast", "adjusted"), a changed or compared
// figure is never an antecedent ("from $18.2bn", "up 20%"), exactly one
// figure must fit in the nearest sentence that has one, and not one whose
// words may be shared with a figure right after it ("Revenue was $4bn in
// Europe and $3bn in Asia"), and the article (the part of the file under one
// "#" heading) must be the same.
// A year or an earlier time ("last year") named around the first figure must
// be named in the second sentence too.
// Cue lists (rules/relations/restatement.toml): determiners, ends,
// qualifiers, not_antecedent, earlier_time.
#include <algorithm>
#include <cctype>
#include <span>

#include <fmt/format.h>

#include "claims/extract.h"
#include "claims/tables.h"

namespace cc {
namespace {

// How many sentences back an antecedent may be.
constexpr size_t kBack = 12;
// How many words on either side of an antecedent its description may use.
constexpr size_t kWindow = 7;

class RestatementFinder {
 public:
  RestatementFinder(ClaimContext& ctx, const RelationRule& rule) : ctx_(ctx), rule_(rule) {}

  void run() {
    section_ = top_sections(ctx_);
    for (size_t s = 0; s < ctx_.doc.sentences.size(); ++s) {
      if (ctx_.doc.sentences[s].kind == BlockKind::TableCell) continue;
      for (int c : ctx_.claims_in[s]) check(s, c);
    }
  }

 private:
  const Quantity& q(int c) const { return ctx_.set.claims[static_cast<size_t>(c)].quantity; }
  std::span<const Token> toks(size_t s) const { return ctx_.tokens[s]; }
  std::string low(size_t s, size_t i) const { return lower(ctx_.word(s, i)); }
  bool is_word(size_t s, size_t i) const { return i < toks(s).size() && toks(s)[i].kind == TokenKind::Word; }

  bool level(int c) const {
    const Quantity& x = q(c);
    return !x.range && x.change == Change::None &&
           (x.kind == QuantityKind::Money || x.kind == QuantityKind::Count || x.kind == QuantityKind::Percent);
  }

  // The noun phrase after the figure: words up to one that ends it (at most four).
  std::vector<std::string> phrase_after(size_t s, size_t i) const {
    std::vector<std::string> words;
    for (; is_word(s, i) && words.size() < 4; ++i) {
      if (ctx_.cue_at(rule_.cue("ends"), s, i)) return words;
      if (ctx_.cue_at(rule_.cue("qualifiers"), s, i)) return {};
      words.push_back(low(s, i));
    }
    // Ended by punctuation or the end: a whole phrase. Four words and more: too long to be sure.
    if (words.size() == 4 && is_word(s, i)) return {};
    return words;
  }

  void check(size_t s, int c) {
    if (!level(c)) return;
    auto [first, last] = ctx_.token_span(c);
    // "the $6.8bn": a determiner right before the figure; or "The app's 170
    // million": a possessive, whose owner must be the antecedent's entity.
    bool possessive = first >= 2 && ctx_.word(s, first - 1) == "s" && ctx_.word(s, first - 2) == "'" && ctx_.keys &&
                      key(c).entity >= 0 && key(c).entity_from >= KeySource::Reference;
    if (first == 0 || (!possessive && !ctx_.cue_at(rule_.cue("determiners"), s, first - 1))) return;
    if (first >= 2 && ctx_.cue_at(rule_.cue("qualifiers"), s, first - 2)) return;
    std::vector<std::string> phrase = phrase_after(s, last);
    // A phrase of one short word ("the $5bn deal") says too little; a count's
    // own noun ("the 192,000 people") says nothing more than its unit; a
    // participle ("the Rs 6.8 lakh crore allocated to defence") is no noun.
    size_t letters = 0;
    for (const std::string& w : phrase) letters += w.size();
    if (phrase.empty() || letters < 6) return;
    if (q(c).kind == QuantityKind::Count && phrase.size() < 2) return;
    const std::string& head = phrase.front();
    if (head.size() > 4 && head.compare(head.size() - 2, 2, "ed") == 0) return;
    // "the $6.8bn overseas investment was ...": the phrase must end there.
    std::vector<std::string> stems;
    for (const std::string& w : phrase) stems.push_back(stem(w));
    // The nearest earlier sentence with a figure that fits.
    for (size_t back = 1; back <= kBack && back <= s; ++back) {
      size_t a = s - back;
      if (section_[a] != section_[s] || ctx_.doc.sentences[a].kind == BlockKind::TableCell) break;
      std::vector<int> fits, candidates;
      for (int d : ctx_.claims_in[a]) {
        if (!level(d) || !ctx_.same_dimension(c, d) || antecedent_excluded(d)) continue;
        candidates.push_back(d);
        if (described(a, d, stems, c)) fits.push_back(d);
      }
      if (fits.empty()) continue;
      // The nearest sentence decides, unless a sentence further back states
      // exactly this figure with the phrase's words: "Amazon will invest
      // €15.7bn ... Google would invest €1bn ... The €15.7bn data centre
      // investment" repeats Amazon's, not Google's.
      if (!(fits.size() == 1 && q(fits.front()).value == q(c).value) && same_figure_further(s, c, back, stems)) return;
      bool owner_ok = (possessive ? key(fits.front()).entity == key(c).entity : !other_name(s, first, a)) &&
                      !narrower_owner(s, first, a);
      if (fits.size() == 1 && !shared_description(a, fits.front(), candidates, stems) &&
          same_time(a, fits.front(), s) && !expectation(a, fits.front(), stems) && owner_ok) {
        emit(s, c, a, fits.front(), phrase);
      }
      return;
    }
  }

  // A sentence more than `back` sentences before s (within kBack, same
  // article) with a figure of c's value and unit that the phrase describes.
  bool same_figure_further(size_t s, int c, size_t back, const std::vector<std::string>& stems) const {
    for (size_t b = back + 1; b <= kBack && b <= s; ++b) {
      size_t a = s - b;
      if (section_[a] != section_[s] || ctx_.doc.sentences[a].kind == BlockKind::TableCell) return false;
      for (int d : ctx_.claims_in[a]) {
        if (level(d) && ctx_.same_dimension(c, d) && q(d).value == q(c).value && described(a, d, stems, c)) return true;
      }
    }
    return false;
  }

  // "Revenue was $4bn in Europe and $3bn in Asia": the words before the
  // first figure may describe the second too, when it follows closely and
  // nothing after the first figure is its own.
  bool shared_description(size_t a, int d, const std::vector<int>& candidates,
                          const std::vector<std::string>& stems) const {
    auto [first, last] = ctx_.token_span(d);
    bool after = false;
    for (size_t i = last; i < std::min(toks(a).size(), last + kWindow) && !after; ++i) {
      for (const std::string& st : stems) after = after || (is_word(a, i) && stem(low(a, i)) == st);
    }
    if (after) return false;
    for (int other : candidates) {
      if (other == d || ctx_.set.claims[static_cast<size_t>(other)].converted == d) continue;
      size_t of = ctx_.token_span(other).first;
      if (of >= last && of < last + kWindow) return true;
    }
    return false;
  }

  // "made a $2bn profit last year" and "the $2.5bn profit was ...": a time
  // named around the first figure (a year, "last year") must be named in the
  // second sentence too.
  bool same_time(size_t a, int d, size_t s) const {
    auto [lo, hi] = window(a, d);
    const std::string& t = ctx_.doc.sentences[s].text;
    for (size_t i = lo; i < hi; ++i) {
      if (ctx_.is_year(a, i) && t.find(ctx_.word(a, i)) == std::string::npos) return false;
      if (ctx_.cue_at(rule_.cue("earlier_time"), a, i) && !ctx_.has_cue(rule_.cue("earlier_time"), s)) return false;
    }
    return true;
  }

  // "Analysts had forecast revenue of $4bn": the first figure is an
  // expectation or a plan for the measure (a word of `expectations` around
  // it) that the phrase does not repeat ("the $4.2bn revenue" is the outcome).
  bool expectation(size_t a, int d, const std::vector<std::string>& stems) const {
    auto [lo, hi] = window(a, d);
    // "had expected profit of $2bn": the verb may come first, but not past
    // another figure.
    size_t first = ctx_.token_span(d).first, floor = 0;
    for (int other : ctx_.claims_in[a]) {
      if (other != d && ctx_.token_span(other).second <= first) floor = std::max(floor, ctx_.token_span(other).second);
    }
    lo = std::max(floor, first > 2 * kWindow ? first - 2 * kWindow : 0);
    for (size_t i = lo; i < hi; ++i) {
      if (!ctx_.cue_at(rule_.cue("expectations"), a, i)) continue;
      std::string st = stem(low(a, i));
      if (std::find(stems.begin(), stems.end(), st) == stems.end()) return true;
    }
    return false;
  }

  // "BP said its $2.8bn profit" after "Shell made a profit of $7bn"; "In the
  // April-June quarter, its ¥1.17tn operating profit": a capitalised name
  // before the reference (at `first`) that sentence a does not have is
  // another company, or another period. The sentence's first word counts
  // only when it is not an ordinary word (`openers`) or a plural.
  bool other_name(size_t s, size_t first, size_t a) const {
    const std::string& earlier = ctx_.doc.sentences[a].text;
    for (size_t i = 0; i < first; ++i) {
      if (!is_word(s, i)) continue;
      std::string_view w = ctx_.word(s, i);
      if (w.size() < 2 || !std::isupper(static_cast<unsigned char>(w[0]))) continue;
      // The first word: a plural ("Campaigners said", "Economists doubt")
      // is a common noun, capitalised only for its place.
      if (i == 0 && (ctx_.cue_at(rule_.cue("openers"), s, 0) || w.back() == 's')) continue;
      if (earlier.find(w) == std::string::npos) return true;
    }
    return false;
  }

  // "The cloud unit ... reported that its Rmb31.7bn revenue": a part of the
  // group (`narrower`: unit, division, subsidiary) named before the
  // reference that the first sentence does not name owns the figure.
  bool narrower_owner(size_t s, size_t first, size_t a) const {
    for (size_t i = 0; i < first; ++i) {
      if (!ctx_.cue_at(rule_.cue("narrower"), s, i)) continue;
      std::string st = stem(low(s, i));
      bool named = false;
      for (size_t j = 0; j < toks(a).size() && !named; ++j) named = is_word(a, j) && stem(low(a, j)) == st;
      if (!named) return true;
    }
    return false;
  }

  // "from $18.2bn", "up $2bn", "than $5bn": compared or past, not the amount itself.
  bool antecedent_excluded(int d) const { return ctx_.cue_ends_before(rule_.cue("not_antecedent"), d, 2); }

  // Every stem of the phrase within a few words of figure d, with no other
  // figure in between.
  // The words around figure d that may describe it: a few on either side,
  // up to the next figure.
  std::pair<size_t, size_t> window(size_t a, int d) const {
    auto [first, last] = ctx_.token_span(d);
    size_t lo = first > kWindow ? first - kWindow : 0;
    size_t hi = std::min(toks(a).size(), last + kWindow);
    for (int other : ctx_.claims_in[a]) {
      if (other == d) continue;
      auto [of, ol] = ctx_.token_span(other);
      if (ol <= first && ol > lo) lo = ol;
      if (of >= last && of < hi) hi = of;
    }
    return {lo, hi};
  }

  bool described(size_t a, int d, const std::vector<std::string>& stems, int c) const {
    auto [first, last] = ctx_.token_span(d);
    auto [lo, hi] = window(a, d);
    for (size_t k = 0; k < stems.size(); ++k) {
      const std::string& st = stems[k];
      bool found = false;
      for (size_t i = lo; i < hi && !found; ++i) {
        if (i >= first && i < last) continue;
        found = is_word(a, i) && stem(low(a, i)) == st;
      }
      if (!found && !said_by_key(c, k, d)) return false;
    }
    return true;
  }

  const MeasureKey& key(int c) const { return ctx_.key(c); }

  // Word k of the phrase after figure c names a place or a measure that
  // figure d's own clause names in other words: "American users" for "users
  // in the US", "the £1.3bn investment" for "would spend £1.3bn".
  bool said_by_key(int c, size_t k, int d) const {
    if (!ctx_.keys) return false;
    const KeyLexicon& lex = *ctx_.keys;
    size_t s = ctx_.set.claims[static_cast<size_t>(c)].sentence, i = ctx_.token_span(c).second + k;
    const MeasureKey &x = key(c), &y = key(d);
    int v = 0;
    if (lex.places.match_at(ctx_.doc.sentences[s].text, toks(s), i, &v)) {
      int place = v & ~KeyLexicon::kLowerCase;
      return x.place == place && y.place == place && y.place_from >= KeySource::Clause;
    }
    bool money_only = false;
    int m = lex.measure_of_stem(stem(low(s, i)), &money_only);
    return m >= 0 && x.measure == m && y.measure >= 0 && y.measure_from >= KeySource::Clause && lex.measures_agree(m, y.measure);
  }

  void emit(size_t s, int c, size_t a, int d, const std::vector<std::string>& phrase) {
    Relation r;
    r.family = "restatement";
    r.rule = rule_.id;
    r.members = {d, c};
    r.roles = {"stated", "restated"};
    r.sentences = {a, s};
    r.constraints = {{{{Decimal(1), c}, {Decimal(-1), d}}, Cmp::Eq, Decimal(0)}};
    cover_member_sentences(r, ctx_.set);
    std::string what;
    for (const std::string& w : phrase) what += (what.empty() ? "" : " ") + w;
    r.message = fmt::format("the {} is {} here but {} where it was first stated", what, q(c).text, q(d).text);
    r.detail = fmt::format("\"the {} {}\" refers back to {}", q(c).text, what, q(d).text);
    ctx_.set.relations.push_back(std::move(r));
  }

  ClaimContext& ctx_;
  const RelationRule& rule_;
  std::vector<int> section_;
};

}  // namespace

void find_restatements(ClaimContext& ctx, const RelationRule& rule) { RestatementFinder(ctx, rule).run(); }

}  // namespace cc
