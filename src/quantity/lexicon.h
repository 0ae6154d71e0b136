// The quantity grammar's word lists, read from rules/quantity/*.toml.
#pragma once

#include <cstdint>
#include <span>
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
  // Inline: most tokens start no phrase, and the filter says so without a call.
  size_t match_at(std::string_view text, std::span<const Token> toks, size_t i, T* value) const {
    if (i >= toks.size()) return 0;
    std::string_view first = text.substr(toks[i].begin, toks[i].end - toks[i].begin);
    return first_filter_.may_hold(first) ? match_from(text, toks, i, first, value) : 0;
  }
  // Longest phrase ending right before token i; returns its token count.
  size_t match_before(std::string_view text, std::span<const Token> toks, size_t i, T* value) const;
  bool empty() const { return by_first_.empty(); }

 private:
  struct Entry {
    std::vector<std::string> words;
    std::vector<bool> glued;  // word k is written against word k-1 ("US$")
    T value;
  };
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  using Index = std::unordered_map<std::string, std::vector<Entry>, Hash, std::equal_to<>>;
  // match_at past the filter: `first` is token i's text.
  size_t match_from(std::string_view text, std::span<const Token> toks, size_t i, std::string_view first,
                    T* value) const;
  // The entries whose first (last) word is the token's text, lower-cased.
  const std::vector<Entry>* lookup(const Index& index, std::string_view word) const;
  // A cheap first test: the lower-cased first byte and the length (capped)
  // of some phrase's first (last) word. Most tokens start no phrase.
  struct Filter {
    uint64_t bytes[4] = {0, 0, 0, 0};
    uint64_t lengths = 0;
    void add(std::string_view w);
    bool may_hold(std::string_view w) const {
      if (w.empty()) return false;
      unsigned char b = static_cast<unsigned char>(w[0]);
      if (b >= 'A' && b <= 'Z') b = static_cast<unsigned char>(b - 'A' + 'a');
      size_t len = w.size() < 63 ? w.size() : 63;
      return (bytes[b / 64] >> (b % 64) & 1) && (lengths >> len & 1);
    }
  };
  Index by_first_;
  Index by_last_;
  Filter first_filter_, last_filter_;
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
  std::unordered_map<std::string, Decimal> tail_multipliers;  // "dozen": multiplies the part before it
  std::unordered_map<std::string, Decimal> article_numbers;   // "a couple (of)", "a pair (of)"
  std::unordered_set<std::string> loose_numbers;              // "couple": about that many
  std::unordered_set<std::string> sign_words;                 // "minus", "negative"
  std::unordered_set<std::string> not_nouns;
  std::unordered_set<std::string> basis_points;  // the unit words that mean "bp"
  std::unordered_set<std::string> caption_skip;  // header words that keep a caption's unit off a column
  // fractions.toml
  std::unordered_map<std::string, Decimal> denominators;  // "third" -> 3
  std::unordered_set<std::string> period_words;           // "first" quarter: a period
  std::unordered_set<std::string> ambiguous_plurals;      // "quarters": a fraction only before "of"
  std::unordered_map<std::string, Decimal> multipliers;   // "double" -> 2
  std::unordered_map<std::string, Decimal> multiplier_verbs_up, multiplier_verbs_down;  // "doubled"
  PhraseTable<int> times_up;                              // "2.5 times higher"
  std::unordered_set<std::string> multiplier_rise_before; // "will" double: a stated rise
  std::unordered_set<std::string> mention_starts;         // derived: words a figure may begin with
  // The first three letters (lower case; a shorter word padded) of each
  // mention start, as bits: most words ("the", "of", "said") are passed
  // over without hashing them.
  std::vector<bool> start_prefixes = std::vector<bool>(27 * 27 * 27, false);
  static size_t prefix_key(std::string_view w) {
    auto code = [&](size_t k) -> size_t {
      if (k >= w.size()) return 26;
      char c = w[k];
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      return c >= 'a' && c <= 'z' ? static_cast<size_t>(c - 'a') : 26;
    };
    return (code(0) * 27 + code(1)) * 27 + code(2);
  }
  bool may_start_mention(std::string_view w) const { return start_prefixes[prefix_key(w)]; }
  // not_figures.toml
  std::unordered_set<std::string> capitalised_ok, street_words, time_words, date_words_before, tenor_words;

  // Reads every lexicon file under `dir` (rules/quantity).
  static QuantityLexicon load(const std::string& dir);
};

}  // namespace cc
