// The claims stage: quantities -> claims, and relation kinds -> relations.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "claims/claim.h"
#include "claims/cues.h"
#include "quantity/recognize.h"
#include "quantity/token.h"
#include "text/document.h"

namespace cc {

// What a relation kind sees of one document.
struct ClaimContext {
  const Document& doc;
  const QuantityLexicon& lex;
  std::vector<std::vector<Token>> tokens;         // per sentence
  std::vector<std::vector<int>> claims_in;        // claim indexes per sentence
  ClaimSet& set;
  std::vector<std::pair<size_t, size_t>> spans;    // token span of each claim

  std::string_view word(size_t sentence, size_t token) const;
  // Token index of the first token of claim c, and one past its last.
  std::pair<size_t, size_t> token_span(int c) const;
  // Length of a cue from `table` at token i of sentence s (0 if none).
  size_t cue_at(const PhraseTable<int>& table, size_t s, size_t i) const;
  // Same kind and unit (money in one currency, or percent), so values add up.
  bool same_dimension(int a, int b) const;
};

// A relation kind: finds its relations in a document using one rule file.
using RelationKind = std::function<void(ClaimContext&, const RelationRule&)>;

// The relation kind registered under `name`, or nullptr.
const RelationKind* find_relation_kind(const std::string& name);
// The cue list names kind `name` reads, or nullptr for an unknown kind.
const std::vector<std::string>* relation_kind_cues(const std::string& name);
// Every registered relation kind's name, sorted.
std::vector<std::string> relation_kind_names();

// Every claim and relation in `doc`.
ClaimSet extract_claims(const Document& doc, const Recognizer& recognizer, const std::vector<RelationRule>& rules);

// Relation kinds, one file each.
void find_partitions(ClaimContext& ctx, const RelationRule& rule);
void find_conversions(ClaimContext& ctx, const RelationRule& rule);
void find_changes(ClaimContext& ctx, const RelationRule& rule);
void find_combined(ClaimContext& ctx, const RelationRule& rule);
void find_shares(ClaimContext& ctx, const RelationRule& rule);
void find_majorities(ClaimContext& ctx, const RelationRule& rule);
void find_products(ClaimContext& ctx, const RelationRule& rule);
void find_differences(ClaimContext& ctx, const RelationRule& rule);

}  // namespace cc
