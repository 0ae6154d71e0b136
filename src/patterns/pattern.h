// Token patterns from rule files, compiled once into one program and matched
// over a document's items in one pass, in time linear in the input (a Pike
// VM over a Thompson automaton: no backtracking, bounded gaps).
//
// Pattern syntax (docs/rules.md has the full table):
//   rest  "per cent"   literal tokens, case-insensitive
//   @name              a word class (phrases from the rule's [words] table
//                      or the shared rules/patterns/words.toml)
//   /h\d+s?/           one token whose text RE2 fully matches
//   {role:money}       one recognized figure of that kind, captured as role;
//   {percent|ratio}    kinds: money percent points count number ratio
//                      multiplier ordinal any; a capture without a role
//                      only tests the figure
//   _                  any one word or punctuation token (not a figure)
//   !word  !@name      one word or punctuation token that is not `word` (not
//                      the first word of any phrase of the class)
//   ~N                 a gap of 0..N words or punctuation (never a figure
//                      but a minor one, never a sentence break); N <= 50
//   ( a | b )          alternatives, the first preferred
//   [ a ]  or  x?      optional
//   <next>             a sentence break (one opens every sentence, the first too)
// Matching is leftmost-first, as in RE2: the earliest start wins, then the
// preferred alternative (optional parts are taken when they can be, gaps
// skip as few words as they can); matches of one pattern do not overlap.
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "patterns/item.h"

namespace re2 {
class RE2;
}

namespace cc {

// A pattern that does not compile: what is wrong, at which byte of the
// pattern text.
struct PatternError {
  size_t offset = 0;
  std::string message;
};

// Word classes by name: each a list of phrases ("most of them").
using WordClasses = std::map<std::string, std::vector<std::string>, std::less<>>;

inline constexpr size_t kMaxCaptures = 8;

// One capture in a pattern: its role ("" for a test without a role) and the
// byte of the pattern text where it is written.
struct CaptureInfo {
  std::string role;
  size_t offset = 0;
};

// A match: the pattern, its items [begin, end) in feed order, and the figure
// each capture slot took (-1: an optional capture that matched nothing).
struct PatternMatch {
  int pattern = 0;
  uint64_t begin = 0, end = 0;
  std::array<int32_t, kMaxCaptures> figures{};
};

class PatternSet {
 public:
  PatternSet();
  ~PatternSet();
  PatternSet(PatternSet&&) noexcept;
  PatternSet& operator=(PatternSet&&) noexcept;

  // Compiles `text` with word classes looked up first in `local`, then in
  // `shared`; returns the pattern's id. Throws PatternError.
  int add(std::string_view text, const WordClasses& local, const WordClasses& shared);
  size_t size() const { return starts_.size(); }
  // The captures of pattern `id`, slot by slot.
  const std::vector<CaptureInfo>& captures(int id) const { return captures_[static_cast<size_t>(id)]; }
  // Whether pattern `id` goes on past a sentence break (<next>).
  bool crosses(int id) const { return crosses_[static_cast<size_t>(id)]; }
  // Sets hits[p] for each pattern p that could match in `items` (one
  // sentence): every match holds its anchor, the rarest item the pattern
  // requires (a word of "more than", a multiplier), or the pattern has none.
  void anchored(std::span<const Item> items, std::vector<uint8_t>& hits) const;

 private:
  friend class PatternCompiler;
  friend class Matcher;

  enum class Op : uint8_t { Word, NotWord, Regex, Figure, AnyWord, Break, Split, Jmp, Accept };
  struct Inst {
    Op op = Op::Accept;
    int8_t slot = -1;      // Figure: capture slot, -1 none
    uint16_t kinds = 0;    // Figure: bit per QuantityKind
    int32_t x = -1, y = -1;  // Split: preferred, other; Jmp: x; Word/NotWord/Regex: literal, set or regex index
  };

  // What can start a pattern: literal first words, figure kinds, any token.
  void index_first(int id);
  void index_anchor(int id, bool none, const std::vector<std::string>& words, uint16_t kinds);

  std::vector<Inst> prog_;
  std::vector<int32_t> owner_;   // pattern id of each instruction
  std::vector<int32_t> starts_;  // first instruction of each pattern
  std::vector<std::vector<CaptureInfo>> captures_;
  std::vector<std::string> literals_;  // lower-cased
  std::vector<std::vector<std::string>> not_sets_;  // NotWord: the lower-cased words it refuses
  std::vector<std::unique_ptr<re2::RE2>> regexes_;

  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, std::vector<int32_t>, Hash, std::equal_to<>> first_word_;
  std::array<std::vector<int32_t>, 16> first_figure_;  // per QuantityKind
  std::vector<int32_t> first_any_;    // patterns that may start at any word
  std::vector<int32_t> first_break_;  // patterns that start with <next>
  uint64_t first_bytes_[4] = {0, 0, 0, 0};  // lower-cased first bytes of first_word_ keys
  std::vector<bool> crosses_;
  std::unordered_map<std::string, std::vector<int32_t>, Hash, std::equal_to<>> anchor_word_;
  std::array<std::vector<int32_t>, 16> anchor_figure_;
  std::vector<int32_t> always_;  // patterns with no anchor
  uint64_t anchor_bytes_[4] = {0, 0, 0, 0};
};

// Runs a PatternSet over items fed one at a time; keeps only the live
// threads, so memory does not grow with the input.
class Matcher {
 public:
  explicit Matcher(const PatternSet& set);
  // Feeds one sentence: a break, then its items; `next` is the sentence the
  // following call will feed (empty at the end). A pattern starts threads
  // only in a sentence holding its anchor (one that crosses a break: or
  // whose next sentence does); when none may start and no thread is alive,
  // nothing is fed and false is returned. Fed, the items take the positions
  // that end at position().
  bool feed_sentence(std::span<const Item> here, std::span<const Item> next, std::vector<PatternMatch>& out);
  // Feeds the next item; matches that end before it go to `out`.
  void feed(const Item& item, std::vector<PatternMatch>& out);
  // Ends the input; matches that end at its end go to `out`.
  void finish(std::vector<PatternMatch>& out);
  // Items fed so far: the position the next item will have.
  uint64_t position() const { return pos_; }

 private:
  struct Thread {
    int32_t pc = 0;
    uint64_t start = 0;
    std::array<int32_t, kMaxCaptures> caps;
  };
  // The preferred match of a pattern so far, waiting while a more preferred
  // thread (an earlier start, a longer optional part) may still replace it.
  struct Pending {
    bool has = false;
    PatternMatch match;
  };
  void add(std::vector<Thread>& list, int32_t pc, const Thread& t, uint32_t gen);
  void spawn(int32_t pattern);
  void step(const Item* item, std::vector<PatternMatch>& out);
  void accept(const Thread& t, int32_t pattern, std::vector<PatternMatch>& out);
  // Reports the pending matches no live thread can replace (all: every one).
  void settle(std::vector<PatternMatch>& out, bool all);
  bool consumes(const PatternSet::Inst& in, const Item& item) const;

  const PatternSet& set_;
  const std::vector<uint8_t>* enabled_ = nullptr;  // patterns that may start threads (nullptr: all)
  std::vector<uint8_t> hits_here_, hits_next_, enabled_here_;  // feed_sentence's anchors
  bool next_known_ = false;  // hits_next_ holds the anchors of the sentence fed next
  std::vector<Thread> now_, next_;
  std::vector<uint32_t> seen_;      // generation stamp per instruction
  std::vector<uint64_t> min_start_;  // per pattern: threads starting earlier are dead
  std::vector<Pending> pending_;     // per pattern
  std::vector<uint32_t> cut_;        // per pattern: the step its match was made
  std::vector<uint32_t> blocked_;    // per pattern: the step a preferred thread was seen alive
  std::vector<int32_t> waiting_;     // patterns with a pending match
  uint32_t gen_ = 1;
  uint64_t pos_ = 0;
  std::string lower_;
};

// Kind bit for `name` ("money", ..., "any"); 0 for an unknown name.
uint16_t figure_kind_bits(std::string_view name);
// The kind names {role:kind} accepts, for "did you mean".
const std::vector<std::string>& figure_kind_names();

}  // namespace cc
