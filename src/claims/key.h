// Measure keys: who, what, when and where a figure is about (DESIGN.md: a
// measure is keyed by entity, measure, time scope and unit dimension). The
// words come from rules/keys/*.toml; src/claims/keying.cpp assigns keys,
// src/claims/key_links.cpp weighs each relation's links by them.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "quantity/lexicon.h"

namespace cc {

// How a part of a key was found, weakest first. Only what the figure's own
// sentence states (Sentence and up) can speak against a link; a carried
// part (from an earlier sentence) only shows in explain.
enum class KeySource : uint8_t {
  None,
  Carried,     // from an earlier sentence of the paragraph
  Sentence,    // the sentence names exactly one, away from the figure
  Reference,   // "the company", "it", "its": the organization last named
  Clause,      // the figure's own clause names it
  Possessive,  // "Microsoft's $31bn", "Amazon's spending of $26bn"
};

// A period: a year, a quarter or half of one, a fiscal year, or a year
// relative to an unknown date ("this year" in an undated article).
struct TimeScope {
  static constexpr int8_t kNoOffset = 127;
  int16_t year = 0;           // 0: not known
  int8_t offset = kNoOffset;  // year unknown: this year (0), last year (-1), ...
  char period = 0;            // 0 none, 'Y' year, 'Q' quarter, 'H' half, 'F' fiscal year
  int8_t n = 0;               // quarter or half number

  bool known() const { return period != 0; }
  bool operator==(const TimeScope&) const = default;
  // "2025", "2025-Q2", "2025-H1", "FY2025", "this year", "last year-Q1", "Q2".
  std::string str() const;
};

struct MeasureKey {
  int entity = -1;   // index into ClaimSet::entities
  int measure = -1;  // index into KeyLexicon::measures
  int place = -1;    // index into KeyLexicon::places
  TimeScope time;
  KeySource entity_from = KeySource::None, measure_from = KeySource::None;
  int measure_token = -1;  // token index of the measure word in the figure's sentence
  KeySource place_from = KeySource::None, time_from = KeySource::None;
  bool other_named = false;  // the clause names someone not its subject ("its rival Barwick", "than Meta")
};

// rules/keys/*.toml, loaded once.
struct KeyLexicon {
  struct Measure {
    std::string name;
    std::vector<int> compatible;
  };
  // Measure words by stem (one word) or stems joined by ' ' (a phrase);
  // value: measure index, +1 and negated when it holds only for money.
  std::unordered_map<std::string, int> measure_stems;
  size_t longest_measure = 1;  // words in the longest measure phrase
  // First three letters of every measure word (QuantityLexicon::prefix_key):
  // a word outside them is not stemmed at all.
  std::vector<bool> measure_prefixes = std::vector<bool>(27 * 27 * 27, false);
  bool may_be_measure(std::string_view w) const { return measure_prefixes[QuantityLexicon::prefix_key(w)]; }
  std::vector<Measure> measures;

  PhraseTable<int> places;             // phrase -> place index (+ kLowerCase when written lower-case)
  std::vector<std::string> place_names;
  std::vector<bool> open_place;        // "abroad", "domestic": excludes no country
  static constexpr int kLowerCase = 1 << 16;

  PhraseTable<int> reference_nouns, pronouns, not_names, suffixes, not_subject_after;
  PhraseTable<int> relative_year, earlier_period, earlier_year, quarter, half, fiscal, not_time_after;  // value: offset or number
  PhraseTable<int> time_starts;  // every phrase of the five above but not_time_after: a quick first test
  // A word every time phrase holds one of ("year", "quarter", "fy"), by its
  // first three letters and in full: a sentence without any skips the phrase
  // lookups. Empty when some phrase has none (then every sentence is read).
  std::vector<bool> time_trigger_prefixes;
  std::unordered_set<std::string> time_triggers;
  bool may_name_time(std::string_view word) const;

  // Reads rules/keys/{entities,places,time,measures}.toml; throws UserError
  // at a malformed entry. A missing directory gives an empty lexicon (every
  // key unknown).
  static KeyLexicon load(const std::string& dir);

  // The measure a lower-cased word's stem names (-1 none); *money_only set
  // when it names it only for money.
  int measure_of_stem(const std::string& stem, bool* money_only) const;
  // Two measures that may be the same figure's (equal or compatible).
  bool measures_agree(int a, int b) const;
  // Two places that may hold for the same figure.
  bool places_agree(int a, int b) const;
};

// Snowball English stem of a lower-case ASCII word ("investments" -> "invest").
// One stemmer per thread.
std::string stem(const std::string& lower_word);

}  // namespace cc
