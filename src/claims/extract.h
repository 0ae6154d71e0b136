// The claims stage: quantities -> claims, and relation kinds -> relations.
#pragma once

#include <functional>
#include <span>
#include <string>
#include <vector>

#include "base/huge_pages.h"
#include "claims/claim.h"
#include "claims/cues.h"
#include "claims/key.h"
#include "quantity/recognize.h"
#include "quantity/token.h"
#include "text/document.h"

namespace cc {

class KeyIndex;

// Items of every sentence in one array, sentence after sentence: one
// allocation for a whole document instead of one per sentence.
template <typename T>
class PerSentence {
 public:
  // Appends the items of the next sentence.
  template <typename Range>
  void add(const Range& items) {
    items_.insert(items_.end(), std::begin(items), std::end(items));
    first_.push_back(items_.size());
  }
  // Room for `sentences` sentences and `items` items in all; reserved room
  // that is never written costs address space, not memory.
  void reserve(size_t sentences, size_t items) {
    first_.reserve(sentences + 1);
    items_.reserve(items);
    advise_huge_pages(items_.data(), items * sizeof(T));
  }
  std::span<const T> operator[](size_t s) const { return {items_.data() + first_[s], first_[s + 1] - first_[s]}; }
  size_t size() const { return first_.size() - 1; }

 private:
  std::vector<T> items_;
  std::vector<size_t> first_{0};
};

// What a relation kind sees of one document.
struct ClaimContext {
  const Document& doc;
  const QuantityLexicon& lex;
  PerSentence<Token> tokens;
  PerSentence<int> claims_in;  // claim indexes per sentence
  ClaimSet& set;
  std::vector<std::pair<size_t, size_t>> spans;    // token span of each claim
  const KeyLexicon* keys = nullptr;                // rules/keys; null: every key unknown
  KeyIndex* key_index = nullptr;                   // reads keys when first asked for

  // Claim c's measure key (claims/key.h), read on first use.
  const MeasureKey& key(int c) const;

  std::string_view word(size_t sentence, size_t token) const;
  // Token index of the first token of claim c, and one past its last.
  std::pair<size_t, size_t> token_span(int c) const;
  // Length of a cue from `table` at token i of sentence s (0 if none).
  size_t cue_at(const PhraseTable<int>& table, size_t s, size_t i) const;
  // A cue from `table` anywhere in sentence s.
  bool has_cue(const PhraseTable<int>& table, size_t s) const;
  // A cue from `table` that ends right before claim c's first token and
  // starts at most `reach` tokens before it ("to $12bn", "up from $10bn").
  bool cue_ends_before(const PhraseTable<int>& table, int c, size_t reach) const;
  // A cue from `table` starting right after claim c's last token ("a share").
  bool cue_after(const PhraseTable<int>& table, int c) const;
  // A cue from `table` starting at a token in [from, to) of sentence s
  // ("while", ";" between two figures).
  bool cue_between(const PhraseTable<int>& table, size_t s, size_t from, size_t to) const;
  // Token i of sentence s is a year: four digits, 1900-2099.
  bool is_year(size_t s, size_t i) const;
  // The time sentence s names: its year ("2016"), "now" for a cue of
  // `present` ("today", "this year"), "*" for more than one of these, ""
  // for none.
  std::string time_named(size_t s, const PhraseTable<int>& present) const;
  // "The parts add up to the total": members with roles "part" and "total",
  // one constraint sum(parts) - total `cmp` 0 (sum(parts) `cmp` whole when
  // total < 0), and the members' sentences added to `sentences`. The caller
  // writes the message and detail; *sum gets the parts' stated values added.
  Relation sum_relation(const RelationRule& rule, std::string family, std::vector<size_t> sentences,
                        const std::vector<int>& parts, int total, Cmp cmp, const Decimal& whole,
                        Decimal* sum) const;
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

struct RulePatterns;

// Every claim and relation in `doc`. A rule with [[pattern]]s feeds its kind
// through `patterns` (compiled from the same `rules`); the others run their
// kind's code.
// `keys` (rules/keys) gives claims their measure keys and weighs each
// relation's links by them (claims/key_links.h); with `all_keys`, every
// claim's key is read (for output that prints them), else only those a
// relation kind asked for.
ClaimSet extract_claims(const Document& doc, const Recognizer& recognizer, const std::vector<RelationRule>& rules,
                        const RulePatterns* patterns = nullptr, const KeyLexicon* keys = nullptr, bool all_keys = true);

// Relation kinds, one file each.
void find_partitions(ClaimContext& ctx, const RelationRule& rule);
void find_conversions(ClaimContext& ctx, const RelationRule& rule);
void find_changes(ClaimContext& ctx, const RelationRule& rule);
void find_changes_across(ClaimContext& ctx, const RelationRule& rule);
void find_combined(ClaimContext& ctx, const RelationRule& rule);
void find_shares(ClaimContext& ctx, const RelationRule& rule);
void find_majorities(ClaimContext& ctx, const RelationRule& rule);
void find_products(ClaimContext& ctx, const RelationRule& rule);
void find_differences(ClaimContext& ctx, const RelationRule& rule);
void find_table_totals(ClaimContext& ctx, const RelationRule& rule);
void find_list_totals(ClaimContext& ctx, const RelationRule& rule);
void find_table_changes(ClaimContext& ctx, const RelationRule& rule);
// "2025 ($m)": a column header's unit and scale applied to its bare figures.
void apply_header_units(ClaimContext& ctx);
void find_list_ranks(ClaimContext& ctx, const RelationRule& rule);
void find_table_links(ClaimContext& ctx, const RelationRule& rule);
void find_restatements(ClaimContext& ctx, const RelationRule& rule);

}  // namespace cc
