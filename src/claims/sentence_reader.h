// Reading a document one sentence at a time, for passes that look at every
// token (names, keys): the sentence's tokens and text are looked up once per
// sentence rather than once per token.
#pragma once

#include <span>
#include <string_view>

#include "claims/extract.h"

namespace cc {

class SentenceReader {
 public:
  explicit SentenceReader(const ClaimContext& ctx) : doc_ctx_(ctx) {}

  std::span<const Token> toks(size_t s) const {
    if (s != cur_) {
      cur_ = s;
      toks_ = doc_ctx_.tokens[s];
      text_ = doc_ctx_.doc.sentences[s].text;
    }
    return toks_;
  }
  std::string_view word(size_t s, size_t i) const {
    const Token& t = toks(s)[i];
    return text_.substr(t.begin, t.end - t.begin);
  }
  size_t size(size_t s) const { return toks(s).size(); }
  // Length of a phrase of `table` at token i of sentence s (0 if none).
  size_t cue(const PhraseTable<int>& table, size_t s, size_t i) const {
    std::span<const Token> t = toks(s);
    return table.match_at(text_, t, i, nullptr);
  }
  bool is_word(size_t s, size_t i) const { return i < size(s) && toks_[i].kind == TokenKind::Word; }
  bool glued(size_t s, size_t i) const { return i < size(s) && !toks_[i].space_before; }
  // The claim whose tokens hold token i of sentence s, or -1.
  int claim_at(size_t s, size_t i) const {
    for (int c : doc_ctx_.claims_in[s]) {
      auto [a, b] = doc_ctx_.token_span(c);
      if (i >= a && i < b) return c;
    }
    return -1;
  }

 protected:
  const ClaimContext& doc_ctx_;
  mutable size_t cur_ = static_cast<size_t>(-1);  // the sentence toks() holds
  mutable std::span<const Token> toks_;
  mutable std::string_view text_;
};

}  // namespace cc
