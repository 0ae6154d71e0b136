// Relation rule files (rules/relations/*.toml): cue phrases per role, and
// the examples each rule must pass.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

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

// A relation rule file: its id (path below rules/relations without .toml),
// the relation kind it feeds, and named cue phrase lists.
struct RelationRule {
  std::string id;
  std::string path;
  std::string kind;
  std::string description;  // one line, for reports that list their rules
  std::map<std::string, PhraseTable<int>, std::less<>> cues;
  std::vector<RuleExample> examples;

  // The cue list `name`; an empty table when the file has none.
  const PhraseTable<int>& cue(std::string_view name) const;
};

// Loads every *.toml below `dir`; a malformed file throws UserError at the
// offending line and column.
std::vector<RelationRule> load_relation_rules(const std::string& dir);

}  // namespace cc
