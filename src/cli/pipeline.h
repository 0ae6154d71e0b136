// The whole pipeline for one file: text -> quantities -> claims -> solve -> findings.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "claims/cues.h"
#include "claims/key.h"
#include "claims/pattern_rules.h"
#include "quantity/recognize.h"
#include "report/findings.h"
#include "solve/solve.h"
#include "text/reader.h"
#include "text/segment.h"

namespace cc {

struct PipelineOptions {
  std::string rules_dir;                // rules/ with text/, quantity/, relations/
  Decimal tolerance = Decimal::from_parts(1, -1);  // "about" = +-10%
  std::optional<InputType> input_type;  // default: from the file name
  SolveOptions solve;
  std::vector<std::string> extra_rule_dirs;  // more relation rule folders (a user's own)
  std::vector<std::string> disabled_rules;   // rule ids switched off
  bool all_keys = true;  // read every claim's measure key (output that prints them); else only those linking asks for
};

// Rules loaded once, then any number of files checked with them.
class Pipeline {
 public:
  // Loads and compiles every rule file; a malformed one throws UserError.
  explicit Pipeline(PipelineOptions options);

  Document read(const SourceFile& file, std::optional<InputType> type = std::nullopt) const;
  ClaimSet claims(const Document& doc) const;
  // Checks one file end to end (as `type`, else by its name).
  FileResult check(const SourceFile& file, std::optional<InputType> type = std::nullopt) const;

  const QuantityLexicon& lexicon() const { return recognizer_.lexicon(); }
  const Recognizer& recognizer() const { return recognizer_; }
  const std::vector<RelationRule>& rules() const { return rules_; }
  const RulePatterns& patterns() const { return patterns_; }
  const KeyLexicon& keys() const { return keys_; }
  const PipelineOptions& options() const { return options_; }

 private:
  PipelineOptions options_;
  Segmenter segmenter_;
  Recognizer recognizer_;
  WordClasses words_;  // rules/patterns/words.toml
  std::vector<RelationRule> rules_;
  RulePatterns patterns_;
  KeyLexicon keys_;  // rules/keys
};

// The rules directory: $CLAIMCHECK_RULES_DIR, else the one built in.
std::string default_rules_dir();

// Files named on the command line, with directories expanded (recursively,
// sorted) to the Markdown, text and HTML files inside. Inside directories,
// `include` globs (if any) choose files and `exclude` globs drop them; a glob
// matches the path below the directory ("*.md", "drafts/*"); `exclude` also
// drops files named directly. "-" stays as is.
std::vector<std::string> expand_inputs(const std::vector<std::string>& args,
                                       const std::vector<std::string>& include = {},
                                       const std::vector<std::string>& exclude = {});

}  // namespace cc
