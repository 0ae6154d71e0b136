// Time phrases and years in a sentence (rules/keys/time.toml): "in 2024",
// "the second quarter of 2025", "fiscal 2025", "the year to March 2026",
// "this year" against the article's date, "a year earlier" against the
// period named before it. Used by claims/keying.cpp for each figure's time.
#pragma once

#include <cstdlib>
#include <string>
#include <vector>

#include "claims/extract.h"
#include "claims/key.h"
#include "claims/sentence_reader.h"

namespace cc {

// A time phrase or year in a sentence: its tokens and the period it names.
struct TimeMention {
  size_t first = 0, last = 0;
  TimeScope time;
};

class TimeFinder : private SentenceReader {
 public:
  TimeFinder(const ClaimContext& ctx, const KeyLexicon& lex) : SentenceReader(ctx), lex_(lex) {}

  // The times sentence s names, in order; `carried` is the period the
  // sentences before it name, which "a year earlier" may count back from.
  std::vector<TimeMention> find(size_t s, const TimeScope& carried) const;

 private:
  bool year_at(size_t s, size_t i, int* year) const {
    if (i >= size(s) || !doc_ctx_.is_year(s, i)) return false;
    *year = std::atoi(std::string(word(s, i)).c_str());
    return true;
  }

  // "FY25", "FY2025": a fiscal word glued to a year.
  bool short_year_at(size_t s, size_t i, int* year) const {
    if (i >= size(s) || toks(s)[i].kind != TokenKind::Number || toks(s)[i].space_before) return false;
    std::string_view w = word(s, i);
    if (w.size() == 2) {
      *year = 2000 + std::atoi(std::string(w).c_str());
      return true;
    }
    return year_at(s, i, year);
  }

  int doc_year() const { return doc_ctx_.doc.year; }

  // The year at token i bounds a span or dates something else: "since
  // 2019", "founded in Bristol in 2012" (a `not_time_after` phrase up to
  // four words before it, no punctuation between).
  bool spans_from(size_t s, size_t i) const {
    for (size_t back = 0; back < 5 && back <= i; ++back) {
      size_t at = i - back;
      if (back > 0 && toks(s)[at].kind == TokenKind::Punct) return false;
      if (lex_.not_time_after.match_before(doc_ctx_.doc.sentences[s].text, toks(s), at, nullptr)) return true;
    }
    return false;
  }

  static bool month(const std::string& l) {
    static const char* kMonths[] = {"january", "february", "march", "april", "may", "june", "july",
                                    "august", "september", "october", "november", "december"};
    for (const char* m : kMonths) {
      if (l == m) return true;
    }
    return false;
  }

  TimeScope relative(int offset) const {
    TimeScope t;
    t.period = 'Y';
    if (doc_year()) t.year = static_cast<int16_t>(doc_year() + offset);
    else t.offset = static_cast<int8_t>(offset);
    return t;
  }

  const KeyLexicon& lex_;
};

}  // namespace cc
