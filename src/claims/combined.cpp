// Relation kind "combined": a stated sum of figures listed before it.
//  "A ($3bn), B ($2bn) and C ($1bn), a combined $6bn";
//  "... $2.1bn, $3.4bn and $0.9bn. Together, the three businesses generated $6.4bn."
// The parts are the figures before the cue in its sentence or, when the text
// counts them ("the three", "both"), the last that many figures before the
// total, up to two sentences back. Cue lists (rules/relations/combined.toml):
// combined, not_combined, and count_2 ... count_6.
#include <cctype>

#include <fmt/format.h>

#include "claims/extract.h"
#include "quantity/format.h"

namespace cc {
namespace {

// Words between the cue and the total: "together accounted for a combined 15,100".
constexpr size_t kReach = 10;

class CombinedFinder {
 public:
  CombinedFinder(ClaimContext& ctx, const RelationRule& rule) : ctx_(ctx), rule_(rule) {}

  void run() {
    for (size_t s = 0; s < ctx_.doc.sentences.size(); ++s) find_in(s);
  }

 private:
  const Quantity& q(int c) const { return ctx_.set.claims[static_cast<size_t>(c)].quantity; }

  bool usable(int c) const {
    const Quantity& x = q(c);
    return x.change == Change::None && !x.range && x.hedge != Hedge::Greater && x.hedge != Hedge::Less &&
           x.hedge != Hedge::AtLeast && x.hedge != Hedge::AtMost;
  }

  // A part to add: a level, not an earlier one ("rose to $5bn from $4bn")
  // and not a rate per unit ("$2.10 a share").
  bool addable(int c) const {
    return usable(c) && !ctx_.cue_ends_before(rule_.cue("not_part"), c, 3) && !ctx_.cue_after(rule_.cue("per_unit"), c);
  }

  // A part can be added to the total: the same dimension, a bare number
  // beside a count ("Romania (7,600) ... a combined 15,100 cases"), or its
  // conversion into the total's currency.
  int as_part(int c, int total) const {
    if (ctx_.same_dimension(c, total)) return c;
    if (q(c).kind == QuantityKind::Number && q(total).kind == QuantityKind::Count) return c;
    int conv = ctx_.set.claims[static_cast<size_t>(c)].converted;
    if (conv >= 0 && ctx_.same_dimension(conv, total)) return conv;
    return -1;
  }

  // How many parts the sentence says there are ("the three", "both"), or 0.
  int stated_count(size_t s, size_t upto) const {
    for (int n = 2; n <= 6; ++n) {
      const PhraseTable<int>& t = rule_.cue("count_" + std::to_string(n));
      for (size_t i = 0; i < upto; ++i) {
        if (ctx_.cue_at(t, s, i)) return n;
      }
    }
    return 0;
  }

  void find_in(size_t s) {
    if (ctx_.claims_in[s].empty()) return;  // the total is a figure of this sentence
    const auto& toks = ctx_.tokens[s];
    const PhraseTable<int>& not_combined = rule_.cue("not_combined");
    const PhraseTable<int>& combined = rule_.cue("combined");
    for (size_t i = 0; i < toks.size(); ++i) {
      if (ctx_.cue_at(not_combined, s, i)) return;
      size_t n = ctx_.cue_at(combined, s, i);
      if (!n) continue;
      int total = -1;
      for (int c : ctx_.claims_in[s]) {
        size_t first = ctx_.token_span(c).first;
        // "the three businesses": the count of the parts is not the total.
        const Quantity& x = q(c);
        bool counting = !x.text.empty() && std::isalpha(static_cast<unsigned char>(x.text[0])) &&
                        x.value < Decimal(10) && x.kind != QuantityKind::Money && x.kind != QuantityKind::Percent;
        if (first >= i + n && first <= i + n + kReach && !counting) {
          total = c;
          break;
        }
      }
      if (total < 0 || !usable(total)) return;
      // "together provide a further €15bn": an amount on top, not the sum.
      if (ctx_.cue_ends_before(rule_.cue("not_total"), total, 3)) return;
      int count = stated_count(s, ctx_.token_span(total).first);
      std::vector<int> parts = count ? last_parts(s, total, count) : parts_before(s, i, total);
      if (parts.size() < 2 || (count && static_cast<int>(parts.size()) != count)) return;
      emit(s, total, parts);
      return;
    }
  }

  // Figures before the cue in the same sentence.
  std::vector<int> parts_before(size_t s, size_t cue, int total) const {
    std::vector<int> parts;
    for (int c : ctx_.claims_in[s]) {
      if (ctx_.token_span(c).first >= cue) break;
      int p = addable(c) ? as_part(c, total) : -1;
      if (p >= 0 && std::find(parts.begin(), parts.end(), p) == parts.end()) parts.push_back(p);
    }
    return parts;
  }

  // The last `count` figures before the total, up to two sentences back;
  // none when the sentences they come from hold more such figures than the
  // count (which of them are "the two regions"? not sure: no link).
  std::vector<int> last_parts(size_t s, int total, int count) const {
    std::vector<int> parts;
    size_t candidates = 0;
    for (size_t back = 0; back <= 2 && back <= s && static_cast<int>(parts.size()) < count; ++back) {
      const auto& in = ctx_.claims_in[s - back];
      for (auto it = in.rbegin(); it != in.rend(); ++it) {
        if (*it >= total) continue;
        int p = addable(*it) ? as_part(*it, total) : -1;
        if (p < 0 || std::find(parts.begin(), parts.end(), p) != parts.end()) continue;
        int conv = ctx_.set.claims[static_cast<size_t>(*it)].converted;
        if (conv >= 0 && std::find(parts.begin(), parts.end(), conv) != parts.end()) continue;
        ++candidates;
        if (static_cast<int>(parts.size()) < count) parts.push_back(p);
      }
    }
    if (candidates != parts.size()) return {};
    std::sort(parts.begin(), parts.end());
    return parts;
  }

  void emit(size_t s, int total, const std::vector<int>& parts) {
    Decimal mid = 0;
    Relation r = ctx_.sum_relation(rule_, "combined", {s}, parts, total, Cmp::Eq, 0, &mid);
    const Quantity& t = q(total);
    std::string terms;
    for (int p : parts) terms += (terms.empty() ? "" : " + ") + format_like(q(p).value, t, ctx_.lex);
    r.message = "the parts do not add up to the stated combined total";
    r.detail = fmt::format("{} = {}, not the combined {}", terms, format_like(mid, t, ctx_.lex),
                           format_like(t.value, t, ctx_.lex));
    ctx_.set.relations.push_back(std::move(r));
  }

  ClaimContext& ctx_;
  const RelationRule& rule_;
};

}  // namespace

void find_combined(ClaimContext& ctx, const RelationRule& rule) { CombinedFinder(ctx, rule).run(); }

}  // namespace cc
