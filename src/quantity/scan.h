// The quantity grammar's working state for one sentence: tokens, and the
// mentions of figures found among them. Internal to src/quantity.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "quantity/lexicon.h"
#include "quantity/number.h"
#include "quantity/token.h"
#include "text/document.h"

namespace cc {

// True for month names and their abbreviations ("march", "sept").
bool is_month(const std::string& w);

// A figure being assembled: token range and what we know so far.
struct Mention {
  size_t first, last;  // token indexes, inclusive
  size_t fig_first, fig_last;
  Numeral num;
  Decimal scale = 1;
  std::string scale_word;
  QuantityKind kind = QuantityKind::Number;
  std::string unit;
  Hedge hedge = Hedge::Exact;
  Change change = Change::None;
  bool number_word = false;
  bool range = false;  // "between 5 and 7%": bounds below, in base units
  Decimal range_low, range_high;
  int range_exponent = 0;
};

// Scans one sentence's tokens for figures. recognize.cpp turns the mentions
// into Quantity values; scan*.cpp hold the grammar, one concern per file.
class SentenceScan {
 public:
  SentenceScan(const QuantityLexicon& lex, const Sentence& s)
      : lex_(lex), s_(s), t_(s.text), toks_(tokenize(s.text)) {
    lows_.reserve(toks_.size());
    for (const Token& t : toks_) lows_.push_back(lower(t_.substr(t.begin, t.end - t.begin)));
  }

  // Every mention in the sentence, ranges merged, codes dropped.
  std::vector<Mention> run();

  std::string_view text(size_t i) const { return t_.substr(toks_[i].begin, toks_[i].end - toks_[i].begin); }
  const std::string& low(size_t i) const { return lows_[i]; }
  const std::vector<Token>& tokens() const { return toks_; }
  // The tokens, handed over when the scan is done.
  std::vector<Token> take_tokens() { return std::move(toks_); }
  bool glued(size_t i) const { return i < toks_.size() && !toks_[i].space_before; }

 private:
  bool is(size_t i, TokenKind k) const { return i < toks_.size() && toks_[i].kind == k; }
  bool punct(size_t i, char c) const { return is(i, TokenKind::Punct) && t_[toks_[i].begin] == c; }

  // Number words: "seventy-one", "two hundred and five", "a dozen",
  // "twenty-one thousand and twelve", "two point five", "five and a quarter",
  // "three fifths", "a couple of", "half a million".
  struct WordNumber {
    Numeral num;
    size_t last;            // last token of the number
    bool fraction = false;  // "three fifths": a ratio
    bool loose = false;     // "a couple of": about
  };
  std::optional<WordNumber> number_words(size_t i) const;

  // A number word below a hundred at token j: "seven", "twelve", "forty",
  // "seventy-one". Sets *last to its last token.
  std::optional<Decimal> small_number(size_t j, size_t* last) const;

  // A fraction in words at token j: "a quarter", "three fifths", "two-thirds".
  // Sets numerator, denominator and last token.
  bool fraction_words(size_t j, Decimal* num, Decimal* den, size_t* last) const;

  // Hundredths written after an amount, from token j: "50 cents", "and 43c",
  // "and forty-five cents". Returns the token count (0 if none) and the
  // hundredths in *value.
  size_t minor_part(size_t j, Decimal* value) const;

  // "€1 250 000": how many 3-digit groups set apart by plain spaces follow the
  // figure at token i. Only after a currency, where two figures side by
  // side cannot be meant.
  size_t money_space_groups(size_t i) const;

  // "-504", "minus 5", "negative 1.2m": the sign before token i, as a token
  // count (0 when the figure is not written below zero).
  size_t sign_before(size_t i) const;

  // A figure written with digits or number words starting at token i, with
  // its scale, unit and currency.
  std::optional<Mention> at(size_t i) const;

  // Hedge, change and counted noun: the words around a figure that spans
  // tokens [start, j).
  std::optional<Mention> finish(Mention& m, size_t start, size_t j) const;

  // A bare number that names a thing or a place, not an amount: after a
  // capitalised name ("Boeing 737", "Section 301", "FTSE 100", "Big Four"),
  // before a dash and a name ("7-Eleven"), after "+" (phone), before a
  // street ("10 Downing Street") or a time zone ("12.45 CET").
  bool names_a_thing(size_t i, size_t j) const;

  // "+44 20 7873 3000", "020 7873 4000": bare numbers side by side are a
  // phone number or a code, never figures.
  void drop_number_runs(std::vector<Mention>& ms) const;

  // The numerator of a fraction at token i: "a", "one", "two", "3".
  std::optional<Decimal> numerator(size_t i) const;

  // "half", "a third", "two-thirds", "one in five", "nine out of ten".
  std::optional<Mention> fraction_at(size_t i) const;

  // "double", "twice", "threefold"; "doubled", "halved" as stated changes.
  std::optional<Mention> multiplier_at(size_t i) const;

  // "3/4", "20/100": a fraction in digits at token i (not a date or "24/7").
  bool slash_fraction(size_t i, Decimal* num, Decimal* den) const;

  // "forty-five (45)": a figure restated in parentheses is one figure.
  void merge_restated(std::vector<Mention>& ms) const;

  // num / den to twelve decimal places (exact when it terminates sooner).
  static Decimal divide(const Decimal& num, const Decimal& den);

  // The counted noun after a number: the first word, or a plural within the
  // next two ("230,000 Nvidia chips", "71 million monthly active users").
  std::optional<std::string> counted_noun(size_t j) const;

  // "between 5 and 7%", "5-7%", "$10bn-$12bn": one quantity with a range.
  void merge_ranges(std::vector<Mention>& ms) const;

  const QuantityLexicon& lex_;
  const Sentence& s_;
  std::string_view t_;
  std::vector<Token> toks_;
  std::vector<std::string> lows_;  // lower-cased text of each token
};

}  // namespace cc
