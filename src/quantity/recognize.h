// The quantity grammar: figures in a sentence -> Quantity values.
#pragma once

#include <vector>

#include "quantity/lexicon.h"
#include "quantity/quantity.h"
#include "text/document.h"

namespace cc {

// Recognizes money, percentages, points, counts and plain numbers in
// normalized sentence text, and leaves years, dates, times, codes and model
// names alone.
class Recognizer {
 public:
  Recognizer(QuantityLexicon lexicon, Decimal tolerance) : lex_(std::move(lexicon)), tolerance_(tolerance) {}
  // Every quantity in the sentence, in order; offsets are file bytes.
  std::vector<Quantity> recognize(const Sentence& sentence) const { return recognize(sentence, nullptr); }
  // The same; `tokens`, when given, receives the sentence's tokens.
  std::vector<Quantity> recognize(const Sentence& sentence, std::vector<Token>* tokens) const;
  const QuantityLexicon& lexicon() const { return lex_; }

 private:
  QuantityLexicon lex_;
  Decimal tolerance_;
};

}  // namespace cc
