// Every rule's [[pattern]]s compiled into one PatternSet, and the relations
// their matches state in a document.
#pragma once

#include <utility>
#include <vector>

#include "claims/cues.h"
#include "patterns/pattern.h"

namespace cc {

struct ClaimContext;

struct RulePatterns {
  PatternSet set;
  // From rules/patterns/words.toml: words after a figure that make it a rate
  // per unit ("$1.52 a share"), and words before one that make it an earlier
  // level ("from $3.2bn"). A match mixing a rate with totals, or using an
  // earlier level in any role but a change's "old", adds nothing.
  PhraseTable<int> per_unit, not_per_unit, earlier, net;
  // For each pattern id: the rule (index into the rules given) and its
  // [[pattern]] index.
  std::vector<std::pair<size_t, size_t>> owner;
};

// Compiles the patterns of `rules` (already checked when they were loaded).
RulePatterns compile_rule_patterns(const std::vector<RelationRule>& rules, const WordClasses& shared);

// Runs every pattern over the document in one pass and adds the relations
// their captures state (figures that cannot be compared add nothing).
void find_pattern_relations(ClaimContext& ctx, const std::vector<RelationRule>& rules, const RulePatterns& patterns);

}  // namespace cc
