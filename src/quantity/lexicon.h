// The quantity grammar's word lists, read from rules/quantity/*.toml.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "base/decimal.h"
#include "quantity/quantity.h"
#include "quantity/token.h"

namespace cc {

// Multi-token phrases with a value each, matched case-insensitively over
// tokens, longest first.
template <typename T>
class PhraseTable {
 public:
  void add(std::string_view phrase, T value);
  // Longest phrase starting at token i; returns its token count (0 if none).
  size_t match_at(std::string_view text, const std::vector<Token>& toks, size_t i, T* value) const;
  // Longest phrase ending right before token i; returns its token count.
  size_t match_before(std::string_view text, const std::vector<Token>& toks, size_t i, T* value) const;
  bool empty() const { return by_first_.empty(); }

 private:
  struct Entry {
    std::vector<std::string> words;
    std::vector<bool> glued;  // word k is written against word k-1 ("US$")
    T value;
  };
  std::unordered_map<std::string, std::vector<Entry>> by_first_;
  std::unordered_map<std::string, std::vector<Entry>> by_last_;
};

// Everything the recognizer knows about words around figures.
struct QuantityLexicon {
  PhraseTable<std::string> currency_before;  // "$", "US$", "Rmb" -> ISO code
  PhraseTable<std::string> currency_after;   // "yuan", "euros" -> ISO code
  std::unordered_map<std::string, std::string> currency_print;  // "USD" -> "$"
  PhraseTable<std::string> minor_after;          // "cents", "pence" -> ISO code (hundredths)
  std::unordered_set<std::string> minor_glued_only;  // "p": only against the digits ("197p")
  std::unordered_map<std::string, Decimal> scales;        // "bn" -> 1e9 (lower case)
  std::unordered_map<std::string, Decimal> glued_scales;  // "m" -> 1e6, only against digits
  PhraseTable<Decimal> scale_phrases;                     // "lakh crore" -> 1e12
  PhraseTable<QuantityKind> unit_words;                   // "per cent" -> Percent, "points" -> Points
  PhraseTable<Hedge> hedges;
  std::unordered_set<std::string> change_up_before, change_down_before;
  std::unordered_set<std::string> change_up_after, change_down_after;
  PhraseTable<int> not_change;  // "made up 18%": no change
  std::unordered_map<std::string, Decimal> number_units, number_tens, number_multipliers;
  std::unordered_set<std::string> not_nouns;
  std::unordered_set<std::string> basis_points;  // the unit words that mean "bp"
  // fractions.toml
  std::unordered_map<std::string, Decimal> denominators;  // "third" -> 3
  std::unordered_set<std::string> period_words;           // "first" quarter: a period
  std::unordered_map<std::string, Decimal> multipliers;   // "double" -> 2
  std::unordered_map<std::string, Decimal> multiplier_verbs_up, multiplier_verbs_down;  // "doubled"
  PhraseTable<int> times_up;                              // "2.5 times higher"
  std::unordered_set<std::string> multiplier_rise_before; // "will" double: a stated rise
  // not_figures.toml
  std::unordered_set<std::string> capitalised_ok, street_words, time_words;

  // Reads every lexicon file under `dir` (rules/quantity).
  static QuantityLexicon load(const std::string& dir);
};

}  // namespace cc
