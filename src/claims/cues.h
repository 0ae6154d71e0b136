// Relation rule files (rules/relations/*.toml): cue phrases per role, and
// the examples each rule must pass.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "claims/pattern_kinds.h"
#include "patterns/pattern.h"
#include "quantity/lexicon.h"

namespace cc {

// One example from a rule file: text, and the relations it must yield
// (canonical form); an empty `expect` with `counter` set must yield none.
struct RuleExample {
  std::string text;
  std::vector<std::string> expect;
  bool counter = false;
  int line = 0;
};

// One [[pattern]] of a rule file: the pattern text, where it is written
// (for errors), and the options its kind reads ("direction", "cmp").
struct RulePattern {
  std::string match;
  int line = 0, column = 0;  // of the string's opening quote
  PatternOptions options;
  double confidence = 1.0;   // how sure a match makes the link (confidence = "0.8")
};

// A relation rule file: its id (path below rules/relations without .toml),
// the relation kind it feeds, and named cue phrase lists.
struct RelationRule {
  std::string id;
  std::string path;
  std::string kind;
  std::string description;  // one line, for reports that list their rules
  std::map<std::string, PhraseTable<int>, std::less<>> cues;
  std::vector<RulePattern> patterns;  // when present, they alone feed the kind
  WordClasses words;                  // the rule's own word classes, for @name
  std::vector<RuleExample> examples;

  // The cue list `name`; an empty table when the file has none.
  const PhraseTable<int>& cue(std::string_view name) const;
};

// Loads every *.toml below `dir`, compiling each pattern (word classes from
// the rule's [words], then `shared`) to check it; a malformed file throws
// UserError at the offending line and column.
std::vector<RelationRule> load_relation_rules(const std::string& dir, const WordClasses& shared = {});

// The shared word classes (rules/patterns/words.toml): name = [phrases].
WordClasses load_word_classes(const std::string& path);

}  // namespace cc
