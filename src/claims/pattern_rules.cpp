#include "claims/pattern_rules.h"

#include <algorithm>
#include <cctype>

#include <fmt/format.h>

#include "base/error.h"
#include "claims/extract.h"

namespace cc {

RulePatterns compile_rule_patterns(const std::vector<RelationRule>& rules, const WordClasses& shared) {
  RulePatterns out;
  auto table = [&](const char* name, PhraseTable<int>& t) {
    if (auto it = shared.find(name); it != shared.end()) {
      for (const std::string& phrase : it->second) t.add(phrase, 1);
    }
  };
  table("per_unit", out.per_unit);
  table("not_per_unit", out.not_per_unit);
  table("earlier_level", out.earlier);
  table("net", out.net);
  for (size_t r = 0; r < rules.size(); ++r) {
    for (size_t p = 0; p < rules[r].patterns.size(); ++p) {
      try {
        out.set.add(rules[r].patterns[p].match, rules[r].words, shared);
      } catch (const PatternError& e) {
        throw UserError::at(rules[r].path, rules[r].patterns[p].line, rules[r].patterns[p].column, e.message);
      }
      out.owner.emplace_back(r, p);
    }
  }
  return out;
}

namespace {

// Sentence s as the matcher sees it: its words and punctuation, each figure
// as one item.
void items_of(const ClaimContext& ctx, size_t s, std::vector<Item>& out) {
  out.clear();
  std::span<const Token> toks = ctx.tokens[s];
  std::span<const int> claims = ctx.claims_in[s];
  std::string_view text = ctx.doc.sentences[s].text;
  size_t next = 0;
  for (size_t i = 0; i < toks.size();) {
    while (next < claims.size() && ctx.token_span(claims[next]).second <= i) ++next;
    if (next < claims.size() && ctx.token_span(claims[next]).first <= i) {
      int c = claims[next];
      const Quantity& q = ctx.set.claims[static_cast<size_t>(c)].quantity;
      // Ordinals and small numbers in words ("the second quarter", "the
      // three months to September") are never what a relation is about:
      // gaps may step over them.
      bool minor = q.kind == QuantityKind::Ordinal ||
                   (!q.text.empty() && std::isalpha(static_cast<unsigned char>(q.text[0])) && q.kind != QuantityKind::Multiplier &&
                    q.kind != QuantityKind::Money && q.kind != QuantityKind::Percent && q.change == Change::None &&
                    q.value <= Decimal(12) && q.hedge == Hedge::Exact);
      out.push_back({ItemKind::Figure, q.kind, c, text.substr(q.text_begin, q.text_end - q.text_begin), minor});
      i = std::max(i + 1, ctx.token_span(c).second);
      ++next;
      continue;
    }
    const Token& t = toks[i];
    out.push_back({t.kind == TokenKind::Punct ? ItemKind::Punct : ItemKind::Word, QuantityKind::Number, -1,
                   text.substr(t.begin, t.end - t.begin)});
    ++i;
  }
}

// Where the items of one sentence sit in its text, from feed position `first`.
struct FedSentence {
  size_t sentence = 0;
  uint64_t first = 0;
  std::vector<std::pair<uint32_t, uint32_t>> bytes;  // per item
};

// The words a match covered, for `explain`: "$229bn on servers, led by
// Microsoft's $31bn" (across a break, the two pieces joined by " / ").
// A match reaching further back than the previous sentence shows its end.
std::string matched_text(const ClaimContext& ctx, const FedSentence& prev, const FedSentence& cur, uint64_t begin,
                         uint64_t end) {
  auto piece = [&](const FedSentence& f, uint64_t b, uint64_t e) -> std::string {
    if (b < f.first || e <= b || e - f.first > f.bytes.size()) return "";
    uint32_t from = f.bytes[static_cast<size_t>(b - f.first)].first;
    uint32_t to = f.bytes[static_cast<size_t>(e - 1 - f.first)].second;
    return ctx.doc.sentences[f.sentence].text.substr(from, to - from);
  };
  // Each sentence's items follow the break that opens it.
  std::string a, b;
  if (begin + 1 < cur.first) {
    a = piece(prev, std::max(begin, prev.first), std::min<uint64_t>(end, prev.first + prev.bytes.size()));
  }
  if (end > cur.first) b = piece(cur, std::max(begin, cur.first), end);
  std::string out = a.empty() ? b : b.empty() ? a : a + " / " + b;
  if (out.size() > 200) out = out.substr(0, 197) + "...";
  return out;
}

// A figure the words around it make no level of the measure: a rate per
// unit after it, or "from" before it.
// "$1.52 a share", but not "$12.9bn a year earlier".
bool per_unit(const ClaimContext& ctx, const RulePatterns& pt, int c) {
  return ctx.cue_after(pt.per_unit, c) && !ctx.cue_after(pt.not_per_unit, c);
}

// Whether the captures can be related: no earlier level outside a change's
// "old" role, and rates per unit only beside rates per unit.
bool usable(const ClaimContext& ctx, const RulePatterns& pt, const RoleClaims& roles) {
  int rates = 0, levels = 0;
  for (const auto& [role, claims] : roles) {
    for (int c : claims) {
      if (role != "old" && ctx.cue_ends_before(pt.earlier, c, 3)) return false;
      // "a net $11bn": a net whole may be smaller than its leading parts.
      if ((role == "whole" || role == "total") && ctx.cue_ends_before(pt.net, c, 3)) return false;
      (per_unit(ctx, pt, c) ? rates : levels) += 1;
    }
  }
  return rates == 0 || levels == 0;
}

bool same_relation(const Relation& a, const Relation& b) {
  return a.rule == b.rule && a.members == b.members && a.roles == b.roles;
}

}  // namespace

void find_pattern_relations(ClaimContext& ctx, const std::vector<RelationRule>& rules, const RulePatterns& patterns) {
  if (patterns.set.size() == 0) return;
  Matcher m(patterns.set);
  std::vector<PatternMatch> matches;
  size_t first_new = ctx.set.relations.size();
  FedSentence prev, cur;
  auto take = [&] {
    for (const PatternMatch& pm : matches) {
      auto [r, p] = patterns.owner[static_cast<size_t>(pm.pattern)];
      const RelationRule& rule = rules[r];
      const PatternKind* kind = find_pattern_kind(rule.kind);
      RoleClaims roles;
      const std::vector<CaptureInfo>& caps = patterns.set.captures(pm.pattern);
      for (size_t k = 0; k < caps.size(); ++k) {
        if (!caps[k].role.empty() && pm.figures[k] >= 0) roles[caps[k].role].push_back(pm.figures[k]);
      }
      bool complete = std::all_of(kind->roles.begin(), kind->roles.end(), [&](const RoleSpec& spec) {
        return spec.min == 0 || roles.contains(spec.name);
      });
      if (!complete || !usable(ctx, patterns, roles)) continue;
      std::optional<Relation> rel = kind->build(ctx, roles, rule.patterns[p].options);
      if (!rel) continue;
      rel->family = rule.kind;
      rel->rule = rule.id;
      rel->confidence = rule.patterns[p].confidence;
      rel->evidence = fmt::format("{}:{}: \"{}\"", rule.path, rule.patterns[p].line,
                                  matched_text(ctx, prev, cur, pm.begin, pm.end));
      cover_member_sentences(*rel, ctx.set);
      // Two patterns of one rule may state the same relation; they match
      // the same figures, so the copy is among the last few relations.
      size_t from = std::max(first_new, ctx.set.relations.size() - std::min<size_t>(ctx.set.relations.size(), 16));
      bool dup = std::any_of(ctx.set.relations.begin() + static_cast<std::ptrdiff_t>(from), ctx.set.relations.end(),
                             [&](const Relation& x) { return same_relation(x, *rel); });
      if (!dup) ctx.set.relations.push_back(std::move(*rel));
    }
    matches.clear();
  };
  // Sentence by sentence, with the next one in view (Matcher::feed_sentence
  // runs a pattern only where its anchor is, so most sentences are skipped).
  std::vector<Item> here, ahead;
  size_t n = ctx.doc.sentences.size();
  if (n) items_of(ctx, 0, ahead);
  for (size_t s = 0; s < n; ++s) {
    here.swap(ahead);
    ahead.clear();
    if (s + 1 < n) items_of(ctx, s + 1, ahead);
    std::swap(prev, cur);
    cur.sentence = s;
    cur.bytes.clear();
    if (!m.feed_sentence(here, ahead, matches)) {
      cur.first = m.position();
      continue;
    }
    cur.first = m.position() - here.size();
    const char* base = ctx.doc.sentences[s].text.data();
    for (const Item& it : here) {
      auto b = static_cast<uint32_t>(it.text.data() - base);
      cur.bytes.emplace_back(b, b + static_cast<uint32_t>(it.text.size()));
    }
    if (!matches.empty()) take();
  }
  m.finish(matches);
  take();
}

}  // namespace cc
