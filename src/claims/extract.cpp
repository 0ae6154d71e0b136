#include "claims/extract.h"

#include <algorithm>
#include <map>
#include <memory>

#include "base/huge_pages.h"
#include "claims/key_links.h"
#include "claims/keying.h"
#include "claims/pattern_rules.h"

namespace cc {

std::string_view ClaimContext::word(size_t sentence, size_t token) const {
  const Token& t = tokens[sentence][token];
  return std::string_view(doc.sentences[sentence].text).substr(t.begin, t.end - t.begin);
}

std::pair<size_t, size_t> ClaimContext::token_span(int c) const { return spans[static_cast<size_t>(c)]; }

namespace {

// Tokens [first, last) of sentence tokens that a quantity covers.
std::pair<size_t, size_t> covered(std::span<const Token> toks, const Quantity& q) {
  auto first = std::lower_bound(toks.begin(), toks.end(), q.text_begin,
                                [](const Token& t, size_t pos) { return t.begin < pos; });
  auto last = std::lower_bound(first, toks.end(), q.text_end,
                               [](const Token& t, size_t pos) { return t.end <= pos; });
  return {static_cast<size_t>(first - toks.begin()), static_cast<size_t>(last - toks.begin())};
}

}  // namespace

size_t ClaimContext::cue_at(const PhraseTable<int>& table, size_t s, size_t i) const {
  return table.match_at(doc.sentences[s].text, tokens[s], i, nullptr);
}

bool ClaimContext::has_cue(const PhraseTable<int>& table, size_t s) const {
  for (size_t i = 0; i < tokens[s].size(); ++i) {
    if (cue_at(table, s, i)) return true;
  }
  return false;
}

bool ClaimContext::cue_ends_before(const PhraseTable<int>& table, int c, size_t reach) const {
  size_t s = set.claims[static_cast<size_t>(c)].sentence;
  size_t first = token_span(c).first;
  for (size_t back = 1; back <= reach && back <= first; ++back) {
    if (size_t n = cue_at(table, s, first - back); n && first - back + n == first) return true;
  }
  return false;
}

bool ClaimContext::cue_after(const PhraseTable<int>& table, int c) const {
  return cue_at(table, set.claims[static_cast<size_t>(c)].sentence, token_span(c).second) > 0;
}

bool ClaimContext::cue_between(const PhraseTable<int>& table, size_t s, size_t from, size_t to) const {
  for (size_t i = from; i < to && i < tokens[s].size(); ++i) {
    if (cue_at(table, s, i)) return true;
  }
  return false;
}

bool ClaimContext::is_year(size_t s, size_t i) const {
  if (tokens[s][i].kind != TokenKind::Number) return false;
  std::string_view w = word(s, i);
  return w.size() == 4 && (w.substr(0, 2) == "19" || w.substr(0, 2) == "20");
}

std::string ClaimContext::time_named(size_t s, const PhraseTable<int>& present) const {
  std::string found = has_cue(present, s) ? "now" : "";
  for (size_t i = 0; i < tokens[s].size(); ++i) {
    if (!is_year(s, i)) continue;
    if (!found.empty() && found != word(s, i)) return "*";
    found = std::string(word(s, i));
  }
  return found;
}

Relation ClaimContext::sum_relation(const RelationRule& rule, std::string family, std::vector<size_t> sentences,
                                    const std::vector<int>& parts, int total, Cmp cmp, const Decimal& whole,
                                    Decimal* sum) const {
  Relation r;
  r.family = std::move(family);
  r.rule = rule.id;
  r.sentences = std::move(sentences);
  LinearConstraint lc;
  lc.cmp = cmp;
  for (int p : parts) {
    r.members.push_back(p);
    r.roles.push_back("part");
    lc.terms.push_back({Decimal(1), p});
    if (sum) *sum += set.claims[static_cast<size_t>(p)].quantity.value;
  }
  if (total >= 0) {
    r.members.push_back(total);
    r.roles.push_back("total");
    lc.terms.push_back({Decimal(-1), total});
  } else {
    lc.rhs = whole;
  }
  r.constraints.push_back(lc);
  cover_member_sentences(r, set);
  return r;
}

const MeasureKey& ClaimContext::key(int c) const {
  return key_index ? key_index->key(c) : set.claims[static_cast<size_t>(c)].key;
}

bool ClaimContext::same_dimension(int a, int b) const {
  const Quantity& x = set.claims[static_cast<size_t>(a)].quantity;
  const Quantity& y = set.claims[static_cast<size_t>(b)].quantity;
  return x.kind == y.kind && x.unit == y.unit;
}

namespace {

// Each kind with the cue lists it reads (a rule may give only these).
struct KindEntry {
  RelationKind find;
  std::vector<std::string> cues;
};

const std::map<std::string, KindEntry>& kinds() {
  static const std::map<std::string, KindEntry> kKinds = {
      {"change", {find_changes, {"to", "from", "up_from", "down_from", "per_unit", "clause_break", "exchange_rate", "other_span"}}},
      {"change_across", {find_changes_across, {"to", "from", "per_unit", "not_modifier", "basis"}}},
      {"combined", {find_combined, {"combined", "not_combined", "not_part", "per_unit", "not_total", "count_2", "count_3", "count_4", "count_5", "count_6"}}},
      {"conversion", {find_conversions, {"own_rate", "present", "stated_rate"}}},
      {"difference", {find_differences, {"margin", "not_margin", "ahead", "behind", "that", "not_subject", "gap_change", "not_gap_after", "clause_break"}}},
      {"list_rank", {find_list_ranks, {"descending", "ascending", "order", "not_ranked"}}},
      {"list_total", {find_list_totals, {"complete", "partial", "not_shares"}}},
      {"majority", {find_majorities, {"most", "not_whole", "per_unit"}}},
      {"partition", {find_partitions, {"rest", "of_which", "of_that", "continuation", "not_part", "determiners", "not_rest", "per_unit", "net", "not_rest_after"}}},
      {"product", {find_products, {"per_unit", "per", "instalments", "total", "relative_year"}}},
      {"restatement", {find_restatements, {"determiners", "ends", "qualifiers", "not_antecedent", "earlier_time", "expectations", "openers", "narrower"}}},
      {"share", {find_shares, {"of", "link", "determiners", "vague", "not_whole", "narrower", "not_actual"}}},
      {"table_change", {find_table_changes, {"change", "percent", "points", "older", "newer", "not_additive", "not_simple"}}},
      {"table_link", {find_table_links, {"to", "from", "total", "not_label", "not_level"}}},
      {"table_total", {find_table_totals, {"total", "subtotal", "not_additive", "not_part_row", "percent", "rounding"}}},
  };
  return kKinds;
}

}  // namespace

const RelationKind* find_relation_kind(const std::string& name) {
  auto it = kinds().find(name);
  return it == kinds().end() ? nullptr : &it->second.find;
}

const std::vector<std::string>* relation_kind_cues(const std::string& name) {
  auto it = kinds().find(name);
  return it == kinds().end() ? nullptr : &it->second.cues;
}

std::vector<std::string> relation_kind_names() {
  std::vector<std::string> names;
  for (const auto& [name, kind] : kinds()) names.push_back(name);
  return names;
}

namespace {

// "Rmb40bn ($5.5bn)": the bracketed amount is the same money in another currency.
void pair_conversions(ClaimContext& ctx) {
  for (size_t s = 0; s < ctx.claims_in.size(); ++s) {
    const auto& in = ctx.claims_in[s];
    for (size_t k = 0; k + 1 < in.size(); ++k) {
      Claim& a = ctx.set.claims[static_cast<size_t>(in[k])];
      Claim& b = ctx.set.claims[static_cast<size_t>(in[k + 1])];
      if (a.quantity.kind != QuantityKind::Money || b.quantity.kind != QuantityKind::Money) continue;
      if (a.quantity.unit == b.quantity.unit) continue;
      std::string_view between = std::string_view(ctx.doc.sentences[s].text)
                                     .substr(a.quantity.text_end, b.quantity.text_begin - a.quantity.text_end);
      if (between == " (" || between == "(" || between == " [" || between == ", or " || between == " or ") {
        a.converted = in[k + 1];
        b.converted = in[k];
      }
    }
  }
}

// About how many figures the document holds: its numbers written in digits,
// plus a few for number words. Reserving that much up front spares a long
// document the copies (and the doubled peak memory) of a growing vector;
// reserved pages that are never written cost no memory.
size_t figure_estimate(const Document& doc) {
  size_t n = 16;
  for (const Sentence& s : doc.sentences) {
    const std::string& t = s.text;
    for (size_t i = 0; i < t.size(); ++i) {
      if (t[i] < '0' || t[i] > '9') continue;
      bool continues = i > 0 && ((t[i - 1] >= '0' && t[i - 1] <= '9') ||
                                 (i > 1 && (t[i - 1] == ',' || t[i - 1] == '.') && t[i - 2] >= '0' && t[i - 2] <= '9'));
      if (!continues) ++n;
    }
    n += 1;  // number words ("two-thirds", "half")
  }
  return n;
}

}  // namespace

ClaimSet extract_claims(const Document& doc, const Recognizer& recognizer, const std::vector<RelationRule>& rules,
                        const RulePatterns* patterns, const KeyLexicon* keys, bool all_keys) {
  ClaimSet set;
  ClaimContext ctx{doc, recognizer.lexicon(), {}, {}, set, {}, keys};
  size_t expected = figure_estimate(doc), text_bytes = 0;
  for (const Sentence& s : doc.sentences) text_bytes += s.text.size();
  ctx.tokens.reserve(doc.sentences.size(), text_bytes / 3 + 16);  // tokens average 5 bytes and more
  ctx.claims_in.reserve(doc.sentences.size(), expected);
  set.claims.reserve(expected);
  advise_huge_pages(set.claims.data(), expected * sizeof(Claim));
  ctx.spans.reserve(expected);
  std::vector<Token> toks;
  std::vector<int> in;
  for (size_t s = 0; s < doc.sentences.size(); ++s) {
    in.clear();
    for (Quantity& q : recognizer.recognize(doc.sentences[s], &toks)) {
      in.push_back(static_cast<int>(set.claims.size()));
      Claim& c = set.claims.emplace_back();  // built in place: a claim is large
      c.id = "c" + std::to_string(set.claims.size());
      c.sentence = s;
      c.quantity = std::move(q);
      ctx.spans.push_back(covered(toks, c.quantity));
    }
    ctx.tokens.add(toks);
    ctx.claims_in.add(in);
  }
  pair_conversions(ctx);
  apply_header_units(ctx);
  std::unique_ptr<KeyIndex> key_index;
  if (keys) {
    set.key_lexicon = keys;
    key_index = std::make_unique<KeyIndex>(ctx, *keys);
    ctx.key_index = key_index.get();
  }
  for (const RelationRule& rule : rules) {
    if (!rule.patterns.empty()) continue;
    if (const RelationKind* kind = find_relation_kind(rule.kind)) (*kind)(ctx, rule);
  }
  if (patterns) find_pattern_relations(ctx, rules, *patterns);
  if (keys) {
    weigh_links(ctx, *keys);
    if (all_keys) key_index->all(set.claims.size());
  }
  for (size_t r = 0; r < set.relations.size(); ++r) set.relations[r].id = "r" + std::to_string(r + 1);
  return set;
}

}  // namespace cc
