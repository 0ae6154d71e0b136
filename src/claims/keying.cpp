// Each claim's measure key: entity, measure, place and time, from the
// figure's clause first, then its sentence, then (entity and time only) the
// sentences before it.
#include <algorithm>
#include <cstdlib>
#include <memory>
#include <unordered_map>

#include "claims/entities.h"
#include "claims/keying.h"
#include "claims/sentence_reader.h"
#include "claims/times.h"

namespace cc {

class Keyer : private SentenceReader {
 public:
  Keyer(ClaimContext& ctx, const KeyLexicon& lex)
      : SentenceReader(ctx), ctx_(ctx), lex_(lex), names_(ctx, lex), time_finder_(ctx, lex), done_(ctx.set.claims.size(), 0),
        times_(ctx.doc.sentences.size()), timed_(ctx.doc.sentences.size(), 0),
        shallow_times_(ctx.doc.sentences.size()), shallow_(ctx.doc.sentences.size(), 0) {}

  const MeasureKey& key(int c) {
    size_t k = static_cast<size_t>(c);
    if (done_[k] == 2) return ctx_.set.claims[k].key;
    own(c);
    // "Rmb40bn ($5.5bn)": one amount, one key
    if (int other = ctx_.set.claims[k].converted; other >= 0) {
      own(other);
      MeasureKey& a = ctx_.set.claims[k].key;
      const MeasureKey& b = ctx_.set.claims[static_cast<size_t>(other)].key;
      if (a.measure < 0) {
        a.measure = b.measure;
        a.measure_from = b.measure_from;
        a.measure_token = b.measure_token;
      }
      if (a.place < 0) {
        a.place = b.place;
        a.place_from = b.place_from;
      }
    }
    done_[k] = 2;
    return ctx_.set.claims[k].key;
  }

 private:
  static constexpr size_t kLookBack = 12;  // sentences a time or an entity is carried

  // The key claim c's own words give, with what the sentences before carry.
  void own(int c) {
    size_t k = static_cast<size_t>(c);
    if (done_[k]) return;
    done_[k] = 1;
    size_t s = ctx_.set.claims[k].sentence;
    const SentenceNames& names = names_.of(s);
    const std::vector<TimeMention>& times = times_of(s);
    if (breaks_for_ != s) {
      mark_breaks(s);
      breaks_for_ = s;
    }
    MeasureKey& key = ctx_.set.claims[k].key;
    auto [first, last] = ctx_.token_span(c);
    entity_of(s, first, last, names, key);
    if (key.entity < 0 && names.current >= 0) {
      key.entity = names.current;
      key.entity_from = KeySource::Carried;
    }
    time_of(s, first, last, times, key);
    if (!key.time.known()) {
      if (TimeScope carried = carried_time(s); carried.known()) {
        key.time = carried;
        key.time_from = KeySource::Carried;
      }
    }
    place_of(s, first, last, key);
    measure_of(s, first, last, c, key);
  }

  bool resets(size_t s) const {
    const Sentence& sen = ctx_.doc.sentences[s];
    return sen.kind == BlockKind::Heading && sen.heading_level >= 1 && sen.heading_level <= 2;
  }

  // The time the sentences before s carry into it: that of the nearest one
  // naming any, if it names one (not across a level 1 or 2 heading, at most
  // kLookBack back). Read without a time carried into them in turn.
  TimeScope carried_time(size_t s) {
    for (size_t t = s; t-- > 0 && t + kLookBack >= s;) {
      if (resets(t + 1)) return {};
      if (!timed_[t] && !shallow_[t]) {
        shallow_times_[t] = time_finder_.find(t, {});
        shallow_[t] = 1;
      }
      const std::vector<TimeMention>& times = timed_[t] ? times_[t] : shallow_times_[t];
      if (times.size() == 1) return times[0].time;
      if (!times.empty()) return {};
    }
    return {};
  }

  const std::vector<TimeMention>& times_of(size_t s) {
    if (!timed_[s]) {
      times_[s] = time_finder_.find(s, carried_time(s));
      timed_[s] = 1;
    }
    return times_[s];
  }

  // Token flags of the sentence being keyed: where a clause breaks (for
  // entity, place and measure: a comma, semicolon, colon, bracket, quote,
  // spaced dash, "and", "but", "while", "which", ...) and where a stretch
  // with one time breaks (no comma: "In 2024, revenue was $8bn").
  static constexpr uint8_t kClauseBreak = 1, kTimeBreak = 2;
  void mark_breaks(size_t s) {
    breaks_.assign(size(s), 0);
    for (size_t i = 0; i < size(s); ++i) {
      std::string_view w = word(s, i);
      uint8_t f = 0;
      if (w == "," || w == ":" || w == "(" || w == ")" || w == "\"") f = kClauseBreak;
      else if (w == ";" || (w == "-" && toks(s)[i].space_before)) f = kClauseBreak | kTimeBreak;
      else if (is_word(s, i) && w.size() >= 3 && w.size() <= 8) {
        std::string l = lower(w);
        if (l == "and" || l == "but" || l == "while" || l == "whereas" || l == "which") f = kClauseBreak | kTimeBreak;
        else if (l == "although") f = kClauseBreak;
        else if (l == "who" || l == "whose" || l == "where") f = kTimeBreak;
      }
      breaks_[i] = f;
    }
  }

  // Where the clause around tokens [first, last) begins, and where it ends.
  size_t clause_start(size_t s, size_t first) const {
    (void)s;
    for (size_t i = first; i > 0; --i) {
      if (breaks_[i - 1] & kClauseBreak) return i;
    }
    return 0;
  }
  size_t clause_end(size_t s, size_t last) const {
    for (size_t i = last; i < size(s); ++i) {
      if (breaks_[i] & kClauseBreak) return i;
    }
    return size(s);
  }

  // The entity a reference at token `at` means: the subject named earlier in
  // the same sentence, else the organization last named before it.
  int resolve(const SentenceNames& names, size_t at) const {
    for (const NameMention& n : names.names) {
      if (n.first < at && n.subject) return n.entity;
    }
    return names.current;
  }

  void entity_of(size_t s, size_t first, size_t last, const SentenceNames& names, MeasureKey& key) const {
    (void)last;
    // "Microsoft's $31bn", "Amazon's capital spending of $26bn", "its 170 million"
    size_t reach = first >= 7 ? first - 7 : 0;
    for (size_t i = first; i > reach; --i) {
      size_t t = i - 1;
      std::string_view w = word(s, t);
      if (w == "," || w == ";" || w == ":" || w == "(" || w == ")" || claim_at(s, t) >= 0) break;
      for (const NameMention& n : names.names) {
        if (n.possessive && n.last + 2 == i - 0 && n.last + 2 <= first) {
          key.entity = n.entity;
          key.entity_from = KeySource::Possessive;
          return;
        }
      }
      for (const Reference& r : names.references) {
        if (r.possessive && r.last == i && r.first == t + 1 - (r.last - r.first)) {
          int e = resolve(names, r.first);
          if (e >= 0) {
            key.entity = e;
            key.entity_from = KeySource::Reference;
            return;
          }
        }
      }
      if (is_word(s, t) && capitalised_name_at(names, t)) break;  // another name in between
    }
    size_t from = clause_start(s, first);
    for (const NameMention& n : names.names) {
      if (n.first >= from && n.last <= first && !n.subject) key.other_named = true;  // "its rival Barwick"
    }
    auto owner_only = [&](const NameMention& n) {  // "Elon Musk's xAI": xAI is the subject
      if (!n.possessive) return false;
      for (const NameMention& m : names.names) {
        if (m.first == n.last + 2) return true;
      }
      return false;
    };
    for (const NameMention& n : names.names) {
      if (n.first >= from && n.last <= first && n.subject && !owner_only(n)) {
        key.entity = n.entity;
        key.entity_from = KeySource::Clause;
        return;
      }
    }
    for (const Reference& r : names.references) {
      if (r.first >= from && r.last <= first) {
        int e = resolve(names, r.first);
        if (e >= 0) {
          key.entity = e;
          key.entity_from = KeySource::Reference;
          return;
        }
      }
    }
    for (const NameMention& n : names.names) {
      if (n.last <= first && n.subject && !owner_only(n)) {
        key.entity = n.entity;
        key.entity_from = KeySource::Sentence;
        return;
      }
    }
    for (const Reference& r : names.references) {
      if (r.last <= first) {
        int e = resolve(names, r.first);
        if (e >= 0) {
          key.entity = e;
          key.entity_from = KeySource::Sentence;
          return;
        }
      }
    }
  }

  bool capitalised_name_at(const SentenceNames& names, size_t t) const {
    for (const NameMention& n : names.names) {
      if (t >= n.first && t < n.last) return true;
    }
    return false;
  }

  void time_of(size_t s, size_t first, size_t last, const std::vector<TimeMention>& times, MeasureKey& key) const {
    if (times.empty()) return;
    // the nearest time in the figure's stretch of the sentence (split at ";",
    // a spaced dash and "while"), nearer after the figure on a tie
    size_t from = 0, to = size(s);
    for (size_t i = first; i > 0; --i) {
      if (breaks_[i - 1] & kTimeBreak) {
        from = i;
        break;
      }
    }
    for (size_t i = last; i < size(s); ++i) {
      if (breaks_[i] & kTimeBreak) {
        to = i;
        break;
      }
    }
    const TimeMention* best = nullptr;
    size_t best_d = SIZE_MAX;
    for (const TimeMention& t : times) {
      if (t.last <= from || t.first >= to) continue;
      size_t d = t.first >= last ? 2 * (t.first - last) : t.last <= first ? 2 * (first - t.last) + 1 : 0;
      if (d < best_d) {
        best_d = d;
        best = &t;
      }
    }
    if (best) {
      key.time = best->time;
      key.time_from = KeySource::Clause;
      return;
    }
    const TimeScope& only = times[0].time;
    for (const TimeMention& t : times) {
      if (!(t.time == only)) return;
    }
    key.time = only;
    key.time_from = KeySource::Sentence;
  }

  // A place word inside "the ... company": it says where the company is,
  // not where the figure applies.
  bool describes_entity(size_t s, size_t i, size_t n) const {
    bool the = false;
    for (size_t back = 1; back <= 3 && back <= i; ++back) {
      std::string_view w = word(s, i - back);
      if (!is_word(s, i - back)) break;
      if (lower(w) == "the") {
        the = true;
        break;
      }
    }
    if (!the) return false;
    for (size_t k = i + n; k < size(s) && k < i + n + 3; ++k) {
      if (!is_word(s, k) && word(s, k) != "-") break;
      if (cue(lex_.reference_nouns, s, k)) return true;
    }
    return false;
  }

  void place_of(size_t s, size_t first, size_t last, MeasureKey& key) const {
    size_t from = clause_start(s, first), to = clause_end(s, last);
    size_t best_d = SIZE_MAX;
    size_t start = first >= 8 && first - 8 > from ? first - 8 : from;
    size_t end = std::min(to, last + 8);
    size_t sentence_start = 0;
    while (sentence_start < size(s) && toks(s)[sentence_start].kind == TokenKind::Punct) ++sentence_start;
    for (size_t i = start; i < end; ++i) {
      if (i >= first && i < last) continue;
      int v = 0;
      size_t n = lex_.places.match_at(ctx_.doc.sentences[s].text, toks(s), i, &v);
      if (!n) continue;
      std::string_view w = word(s, i);
      bool written_lower = (v & KeyLexicon::kLowerCase) != 0;
      int place = v & ~KeyLexicon::kLowerCase;
      if (written_lower) {
        if (!(w[0] >= 'a' && w[0] <= 'z') && i != sentence_start) continue;  // "World Bank"
      } else {
        if (!(w[0] >= 'A' && w[0] <= 'Z')) continue;  // "us", "china"
        bool all_caps = true;
        for (char ch : w) all_caps = all_caps && !(ch >= 'a' && ch <= 'z');
        if (w.size() <= 3 && !all_caps) continue;  // "Us"
      }
      // a place inside a longer name ("Bank of America", "China Mobile") is the name's
      if (i + n < size(s) && is_word(s, i + n) && toks(s)[i + n].space_before &&
          word(s, i + n)[0] >= 'A' && word(s, i + n)[0] <= 'Z' && !written_lower &&
          !lex_.not_names.match_at(ctx_.doc.sentences[s].text, toks(s), i + n, nullptr)) {
        i += n - 1;
        continue;
      }
      if (i + n + 1 < size(s) && word(s, i + n) == "-" && !toks(s)[i + n].space_before &&
          is_word(s, i + n + 1) && word(s, i + n + 1)[0] >= 'a' && word(s, i + n + 1)[0] <= 'z') {
        i += n - 1;  // "Hangzhou-based", "US-listed"
        continue;
      }
      if (describes_entity(s, i, n)) {  // "the Californian chipmaker", "the Chinese tech group"
        i += n - 1;
        continue;
      }
      if (i > 0 && (lower(word(s, i - 1)) == "to" || lower(word(s, i - 1)) == "into")) {  // a destination
        i += n - 1;
        continue;
      }
      if (i > sentence_start && is_word(s, i - 1) && toks(s)[i].space_before &&
          word(s, i - 1)[0] >= 'A' && word(s, i - 1)[0] <= 'Z' &&
          !lex_.not_names.match_at(ctx_.doc.sentences[s].text, toks(s), i - 1, nullptr)) {
        i += n - 1;  // "Reform UK"
        continue;
      }
      size_t d = i >= last ? 2 * (i - last) : 2 * (first - (i + n)) + 1;
      // "Germany's exports ... €13bn": the owner's place comes first
      if (i + n + 1 < size(s) && i < first && word(s, i + n) == "'" && word(s, i + n + 1) == "s") d = 0;
      if (d < best_d) {
        best_d = d;
        key.place = place;
        key.place_from = KeySource::Clause;
      }
      i += n - 1;
    }
  }

  // Snowball stems by word, for the document: words repeat.
  const std::string& cached_stem(std::string_view w) const {
    std::string l = lower(w);
    auto it = stem_cache_.find(l);
    if (it == stem_cache_.end()) it = stem_cache_.emplace(l, stem(l)).first;
    return it->second;
  }

  void measure_of(size_t s, size_t first, size_t last, int c, MeasureKey& key) const {
    bool money = ctx_.set.claims[static_cast<size_t>(c)].quantity.kind == QuantityKind::Money;
    size_t from = clause_start(s, first), to = clause_end(s, last);
    size_t best_d = SIZE_MAX;
    // stems of the words that may start or continue a measure phrase, once each
    stems_.clear();
    auto stem_at = [&](size_t k) -> const std::string& {
      for (const auto& [at, st] : stems_) {
        if (at == k) return st;
      }
      std::string_view w = word(s, k);
      stems_.emplace_back(k, lex_.may_be_measure(w) ? cached_stem(w) : std::string());
      return stems_.back().second;
    };
    auto consider = [&](size_t i, size_t d) {
      if (d >= best_d || !is_word(s, i) || stem_at(i).empty()) return;
      for (size_t n = std::min(lex_.longest_measure, size(s) - i); n >= 1; --n) {
        std::string joined;
        bool words = true;
        for (size_t k = i; k < i + n; ++k) {
          if (!is_word(s, k) || stem_at(k).empty()) {
            words = false;
            break;
          }
          joined += (joined.empty() ? "" : " ") + stem_at(k);
        }
        if (!words) continue;
        bool money_only = false;
        int m = lex_.measure_of_stem(joined, &money_only);
        if (m >= 0 && (!money_only || money)) {
          best_d = d;
          key.measure = m;
          key.measure_from = KeySource::Clause;
          key.measure_token = static_cast<int>(i);
          return;
        }
      }
    };
    for (size_t i = last; i < to && i < last + 5; ++i) {
      if (claim_at(s, i) >= 0) break;
      consider(i, 2 * (i - last));
    }
    // back over a stated change: "Revenue rose 35% to $8.1bn" is revenue
    size_t reach = 7;
    for (size_t i = first; i > from && i + reach > first; --i) {
      if (int other = claim_at(s, i - 1); other >= 0) {
        if (ctx_.set.claims[static_cast<size_t>(other)].quantity.change == Change::None) break;
        reach += ctx_.token_span(other).second - ctx_.token_span(other).first;
        continue;
      }
      consider(i - 1, 2 * (first - i) + 1);
    }
  }

  ClaimContext& ctx_;
  const KeyLexicon& lex_;
  mutable std::vector<std::pair<size_t, std::string>> stems_;  // measure_of's stems by token
  mutable std::unordered_map<std::string, std::string> stem_cache_;
  NameIndex names_;
  TimeFinder time_finder_;
  std::vector<char> done_;  // per claim: 1 its own words read, 2 complete
  std::vector<std::vector<TimeMention>> times_;
  std::vector<char> timed_;
  std::vector<std::vector<TimeMention>> shallow_times_;  // read with nothing carried in, for looking back
  std::vector<char> shallow_;
  size_t breaks_for_ = static_cast<size_t>(-1);
  std::vector<uint8_t> breaks_;                                // mark_breaks: flags per token
};


KeyIndex::KeyIndex(ClaimContext& ctx, const KeyLexicon& lex) : keyer_(std::make_unique<Keyer>(ctx, lex)) {}
KeyIndex::~KeyIndex() = default;
const MeasureKey& KeyIndex::key(int c) { return keyer_->key(c); }
void KeyIndex::all(size_t claims) {
  for (size_t c = 0; c < claims; ++c) keyer_->key(static_cast<int>(c));
}

std::string_view key_source_name(KeySource s) {
  switch (s) {
    case KeySource::None: return "";
    case KeySource::Carried: return "carried";
    case KeySource::Sentence: return "sentence";
    case KeySource::Reference: return "reference";
    case KeySource::Clause: return "clause";
    case KeySource::Possessive: return "possessive";
  }
  return "";
}

std::string key_text(const MeasureKey& k, const ClaimSet& set, const KeyLexicon& lex) {
  std::string out;
  auto add = [&](std::string_view field, const std::string& value, KeySource from) {
    if (value.empty()) return;
    out += (out.empty() ? "" : ", ") + std::string(field) + " " + value;
    if (from == KeySource::Carried || from == KeySource::Reference) out += " (" + std::string(key_source_name(from)) + ")";
  };
  add("entity", k.entity >= 0 ? set.entities[static_cast<size_t>(k.entity)] : "", k.entity_from);
  add("measure", k.measure >= 0 ? lex.measures[static_cast<size_t>(k.measure)].name : "", k.measure_from);
  add("time", k.time.str(), k.time_from);
  add("place", k.place >= 0 ? lex.place_names[static_cast<size_t>(k.place)] : "", k.place_from);
  return out;
}

}  // namespace cc
