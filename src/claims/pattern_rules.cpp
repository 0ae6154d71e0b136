#include "claims/pattern_rules.h"

#include <algorithm>

#include "base/error.h"
#include "claims/extract.h"

namespace cc {

RulePatterns compile_rule_patterns(const std::vector<RelationRule>& rules, const WordClasses& shared) {
  RulePatterns out;
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
      out.push_back({ItemKind::Figure, ctx.set.claims[static_cast<size_t>(c)].quantity.kind, c, {}});
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

bool same_relation(const Relation& a, const Relation& b) {
  return a.rule == b.rule && a.members == b.members && a.roles == b.roles;
}

}  // namespace

void find_pattern_relations(ClaimContext& ctx, const std::vector<RelationRule>& rules, const RulePatterns& patterns) {
  if (patterns.set.size() == 0) return;
  Matcher m(patterns.set);
  std::vector<PatternMatch> matches;
  size_t first_new = ctx.set.relations.size();
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
      if (!complete) continue;
      std::optional<Relation> rel = kind->build(ctx, roles, rule.patterns[p].options);
      if (!rel) continue;
      rel->family = rule.kind;
      rel->rule = rule.id;
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
  // Sentence by sentence, with the next one in view: a pattern runs only
  // where its anchor is (for a pattern that crosses a break, here or in the
  // next sentence), so most sentences run no thread at all.
  const PatternSet& set = patterns.set;
  std::vector<Item> here, ahead;
  std::vector<uint8_t> hits_here, hits_ahead, enabled(set.size());
  size_t n = ctx.doc.sentences.size();
  if (n) {
    items_of(ctx, 0, ahead);
    set.anchored(ahead, hits_ahead);
  }
  m.enable(&enabled);
  for (size_t s = 0; s < n; ++s) {
    here.swap(ahead);
    hits_here.swap(hits_ahead);
    if (s + 1 < n) {
      items_of(ctx, s + 1, ahead);
      set.anchored(ahead, hits_ahead);
    } else {
      hits_ahead.assign(set.size(), 0);
    }
    for (size_t p = 0; p < set.size(); ++p) {
      enabled[p] = hits_here[p] || (set.crosses(static_cast<int>(p)) && hits_ahead[p]);
    }
    if (s > 0) m.feed({ItemKind::Break, QuantityKind::Number, -1, {}}, matches);
    for (const Item& it : here) m.feed(it, matches);
    if (!matches.empty()) take();
  }
  m.finish(matches);
  take();
}

}  // namespace cc
