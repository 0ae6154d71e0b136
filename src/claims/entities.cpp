#include "claims/entities.h"

#include <memory>
#include <unordered_map>
#include <unordered_set>

#include "claims/sentence_reader.h"

namespace cc {

namespace {

bool upper_ascii(char c) { return c >= 'A' && c <= 'Z'; }
bool lower_ascii(char c) { return c >= 'a' && c <= 'z'; }

// A word written as a name: a capital first letter (ASCII or Latin-1
// "Ørsted"), or a capital after a small first letter ("xAI", "iPhone").
bool capitalised(std::string_view w) {
  if (w.empty()) return false;
  unsigned char c = static_cast<unsigned char>(w[0]);
  if (upper_ascii(w[0])) return true;
  if (c == 0xC3 && w.size() > 1) {  // U+00C0-U+00DE, not U+00D7
    unsigned char d = static_cast<unsigned char>(w[1]);
    return d >= 0x80 && d <= 0x9E && d != 0x97;
  }
  if (lower_ascii(w[0])) {
    for (size_t i = 1; i < w.size(); ++i) {
      if (upper_ascii(w[i])) return true;
    }
  }
  return false;
}

bool all_caps(std::string_view w) {
  if (w.size() < 3) return false;
  for (char c : w) {
    if (!upper_ascii(c)) return false;
  }
  return true;
}

}  // namespace

class NameFinder : private SentenceReader {
 public:
  NameFinder(const ClaimContext& ctx, const KeyLexicon& lex) : SentenceReader(ctx), ctx_(ctx), lex_(lex) {}

  // The passes over every word: the sentences' first words, then (one
  // sentence at a time) title case, the capitalised words inside
  // sentences, and the lower-case words that rule a first word out.
  void prepare() {
    const Document& doc = ctx_.doc;
    titles_.resize(doc.sentences.size());
    collect_starters();
    for (size_t s = 0; s < doc.sentences.size(); ++s) {
      titles_[s] = title_case(s);
      learn_vocabulary(s);
      drop_lower_case_starters(s);
    }
    state_.assign(doc.sentences.size(), 0);
    subject_.assign(doc.sentences.size(), -1);
    full_.resize(doc.sentences.size());
  }

  // Sentence s's names and references, with the organization a reference
  // there means: the subject of the nearest sentence before it that names
  // one (up to kLookBack back, never across a level 1 or 2 heading).
  const SentenceNames& of(size_t s) {
    if (state_[s] < 2) {
      SentenceNames& names = full_[s];
      names = {};
      names.current = current(s);
      find_in(s, names, true);
      state_[s] = 2;
    }
    return full_[s];
  }

 private:
  static constexpr size_t kLookBack = 12;

  bool resets(size_t s) const {
    const Sentence& sen = ctx_.doc.sentences[s];
    return sen.kind == BlockKind::Heading && sen.heading_level >= 1 && sen.heading_level <= 2;
  }

  int current(size_t s) {
    for (size_t t = s; t-- > 0 && t + kLookBack >= s;) {
      if (resets(t + 1)) return -1;
      if (int e = subject_of(t); e >= 0) return e;
    }
    return -1;
  }

  // The first subject named in sentence t (-1 none).
  int subject_of(size_t t) {
    if (state_[t] == 0) {
      SentenceNames names;
      find_in(t, names, !ctx_.claims_in[t].empty());
      for (const NameMention& n : names.names) {
        if (n.subject) {
          subject_[t] = n.entity;
          break;
        }
      }
      state_[t] = 1;
    } else if (state_[t] == 2) {
      for (const NameMention& n : full_[t].names) {
        if (n.subject) return n.entity;
      }
      return -1;
    }
    return subject_[t];
  }



  bool listed(const PhraseTable<int>& table, size_t s, size_t i) const { return cue(table, s, i) == 1; }

  // Index of the sentence's first word (past opening quotes and brackets).
  size_t first_word(size_t s) const {
    size_t i = 0;
    while (i < size(s) && toks(s)[i].kind == TokenKind::Punct) ++i;
    return i;
  }

  // Most longer words capitalised: a headline or a title, where capitals
  // say nothing about names.
  bool title_case(size_t s) const {
    size_t words = 0, caps = 0;
    std::string_view text = ctx_.doc.sentences[s].text;
    for (const Token& t : toks(s)) {
      if (t.kind != TokenKind::Word || t.end - t.begin < 4) continue;
      ++words;
      if (capitalised(text.substr(t.begin, t.end - t.begin))) ++caps;
    }
    return words >= 3 && caps * 4 >= words * 3;
  }

  // Capitalised words seen inside ordinary sentences, away from their start:
  // a sentence's first word is a name only if the document writes it so
  // elsewhere.
  void learn_vocabulary(size_t s) {
    if (titles_[s]) return;
    size_t start = first_word(s);
    for (size_t i = start + 1; i < size(s); ++i) {
      if (!is_word(s, i) || !capitalised(word(s, i)) || (claim_at(s, i) >= 0) || listed(lex_.not_names, s, i)) continue;
      if (opens_clause(s, i)) continue;
      vocabulary_.insert(lower(word(s, i)));
    }
  }

  // The first word after a dateline's dash, a colon or an opening quote:
  // capitalised as a sentence's first word is.
  bool opens_clause(size_t s, size_t i) const {
    if (i == 0) return true;
    std::string_view p = word(s, i - 1);
    return (p == "-" && toks(s)[i - 1].space_before) || p == ":" || p == "\"";
  }

  bool known(size_t s, size_t i) const { return vocabulary_.count(lower(word(s, i))) > 0; }

  // A capitalised word that is a name wherever it stands: seen capitalised
  // inside a sentence, written with inner capitals ("ByteDance", "TSMC"), or
  // a sentence's first word that the document never writes in lower case.
  static bool inner_capitals(std::string_view w) {
    for (size_t k = 1; k < w.size(); ++k) {
      if (upper_ascii(w[k])) return true;
    }
    return false;
  }

  bool evident(size_t s, size_t i) const {
    std::string_view w = word(s, i);
    if (known(s, i) || inner_capitals(w)) return true;
    if (starters_.count(lower(w)) == 0 || listed(lex_.not_names, s, i) || cue(lex_.places, s, i)) return false;
    bool money_only = false;
    return lex_.measure_of_stem(stem(lower(w)), &money_only) < 0;  // "Revenue", "Shipments"
  }

  // In a long document a name turns up inside a sentence somewhere (the
  // vocabulary), so only short ones, where it may not, scan for starters.
  static constexpr size_t kStarterScan = 400;  // sentences

  // Sentence-initial capitalised words (not `not_names`: "The", "In"); those
  // the document also writes in lower case are dropped below.
  void collect_starters() {
    if (ctx_.doc.sentences.size() > kStarterScan) return;
    for (size_t s = 0; s < ctx_.doc.sentences.size(); ++s) {
      size_t i = first_word(s);
      if (is_word(s, i) && capitalised(word(s, i)) && !listed(lex_.not_names, s, i)) starters_.insert(lower(word(s, i)));
    }
    // most words share no first three letters with a starter: no hashing for them
    starter_prefixes_.assign(27 * 27 * 27, false);
    for (const std::string& w : starters_) starter_prefixes_[QuantityLexicon::prefix_key(w)] = true;
  }

  void drop_lower_case_starters(size_t s) {
    if (starters_.empty()) return;
    std::span<const Token> t = toks(s);
    for (const Token& k : t) {
      if (k.kind != TokenKind::Word || !lower_ascii(text_[k.begin])) continue;
      std::string_view w = text_.substr(k.begin, k.end - k.begin);
      if (!starter_prefixes_[QuantityLexicon::prefix_key(w)]) continue;
      if (auto it = starters_.find(std::string(w)); it != starters_.end()) starters_.erase(it);
    }
  }

  bool name_word(size_t s, size_t i) const {
    return is_word(s, i) && capitalised(word(s, i)) && !(claim_at(s, i) >= 0);
  }

  // One past the end of the run of name words starting at token i.
  size_t run_end(size_t s, size_t i) const {
    size_t j = i + 1;
    while (j < size(s)) {
      if (name_word(s, j) && !glued(s, j)) {
        ++j;
      } else if (glued(s, j) && (word(s, j) == "-" || word(s, j) == "." || word(s, j) == "&") && glued(s, j + 1) &&
                 name_word(s, j + 1)) {
        j += 2;  // "Rolls-Royce", "Amazon.com", "AT&T"
      } else if ((word(s, j) == "&" || word(s, j) == "of" || word(s, j) == "de") && name_word(s, j + 1) &&
                 !glued(s, j + 1)) {
        j += 2;  // "Johnson & Johnson", "Bank of America"
      } else {
        break;
      }
    }
    return j;
  }

  int intern(size_t s, size_t first, size_t last) {
    std::string text;
    for (size_t i = first; i < last; ++i) {
      if (i > first && !glued(s, i)) text += ' ';
      text += word(s, i);
    }
    if (auto it = by_text_.find(text); it != by_text_.end()) return it->second;  // seen before: most mentions
    std::vector<std::string> words;
    for (size_t i = first; i < last; ++i) {
      if (is_word(s, i)) words.emplace_back(word(s, i));
    }
    int e = -1;
    if (words.size() == 1) {  // "Musk" after "Elon Musk", "Alibaba" after "Alibaba Cloud"
      if (auto it = by_edge_word_.find(words[0]); it != by_edge_word_.end()) e = it->second;
    } else if (!words.empty()) {  // "Elon Musk" after "Musk"
      if (auto it = single_.find(words.front()); it != single_.end()) e = it->second;
      else if (auto jt = single_.find(words.back()); jt != single_.end()) e = jt->second;
    }
    if (e < 0) {
      e = static_cast<int>(ctx_.set.entities.size());
      ctx_.set.entities.push_back(text);
      if (words.size() == 1) {
        single_.emplace(words[0], e);
      } else if (!words.empty()) {
        by_edge_word_.emplace(words.front(), e);
        by_edge_word_.emplace(words.back(), e);
      }
    }
    by_text_.emplace(std::move(text), e);
    return e;
  }

  void find_references(size_t s, SentenceNames& names) const {
    for (size_t i = 0; i < size(s); ++i) {
      if (!is_word(s, i)) continue;
      std::string_view w = word(s, i);
      if (w.size() <= 5 && listed(lex_.pronouns, s, i)) {
        names.references.push_back({i, i + 1, iequals(w, "its")});
        continue;
      }
      if (!iequals(w, "the")) continue;
      for (size_t j = i + 1; j < size(s) && j <= i + 4; ++j) {
        if (!is_word(s, j) && word(s, j) != "-") break;
        if (listed(lex_.reference_nouns, s, j)) {
          if (j + 1 < size(s) && (iequals(word(s, j + 1), "of") || name_word(s, j + 1))) break;
          bool poss = j + 2 < size(s) && word(s, j + 1) == "'" && glued(s, j + 1) && word(s, j + 2) == "s";
          names.references.push_back({i, j + 1, poss});
          break;
        }
        if (capitalised(word(s, j)) && !cue(lex_.places, s, j)) break;
      }
    }
  }

  // `full`: every name and reference; else up to the first subject, all a
  // sentence passes on to the next.
  void find_in(size_t s, SentenceNames& names, bool full) {
    if (ctx_.doc.sentences[s].kind == BlockKind::TableCell) return;  // row labels, not names
    bool titles = titles_[s];
    size_t start = first_word(s);
    for (size_t i = 0; i < size(s);) {
      if (!name_word(s, i)) {
        ++i;
        continue;
      }
      size_t end = run_end(s, i);
      size_t a = i, b = end;
      i = end;
      while (a < b && is_word(s, a) && listed(lex_.not_names, s, a)) ++a;
      while (b > a && is_word(s, b - 1) && (listed(lex_.not_names, s, b - 1) || listed(lex_.suffixes, s, b - 1))) --b;
      // "of" or "&" left at an edge by the stripping
      while (a < b && !name_word(s, a)) ++a;
      while (b > a && !name_word(s, b - 1)) --b;
      if (a >= b) continue;
      bool possessive = end + 1 < size(s) && word(s, end) == "'" && glued(s, end) && word(s, end + 1) == "s";
      // "Hangzhou-based", "US-listed": a name made an adjective
      if (end + 1 < size(s) && word(s, end) == "-" && glued(s, end) && glued(s, end + 1) && is_word(s, end + 1) &&
          lower_ascii(word(s, end + 1)[0])) {
        continue;
      }
      // "BEIJING, March 5 (Reuters) -": a dateline
      if (a == start && end < size(s) && (word(s, end) == "," || word(s, end) == "-") && all_caps(word(s, a))) continue;
      if (titles && !evident(s, a)) continue;
      if ((a == start || opens_clause(s, a)) && !titles && !evident(s, a) && !(possessive && b - a == 1)) {
        ++a;  // "Shares in Nvidia", "Revenue at Alibaba": the first word is no name
        while (a < b && !name_word(s, a)) ++a;
        if (a >= b) continue;
      }
      if (b - a == 1 && word(s, a).size() < 2) continue;
      if (size_t p = cue(lex_.places, s, a); p && a + p >= b) continue;  // a place, not a name
      NameMention m;
      m.first = a;
      m.last = b;
      m.possessive = possessive;
      m.entity = intern(s, a, b);
      m.subject = !lex_.not_subject_after.match_before(ctx_.doc.sentences[s].text, toks(s), a, nullptr);
      // a first word that only its never being written in lower case makes a
      // name ("Interest costs at Morland"): no subject when a surer name follows
      m.weak = (a == start || opens_clause(s, a)) && b - a == 1 && !known(s, a) && !inner_capitals(word(s, a)) &&
               !possessive;
      names.names.push_back(m);
      if (!full && m.subject && !m.weak) break;
    }
    // "Interest costs at Morland", "Shares in Reddit": the weak first word
    // is a common noun; the name after "at", "in", "of" is the subject
    for (size_t k = 0; k < names.names.size(); ++k) {
      if (!names.names[k].weak) continue;
      for (size_t j = k + 1; j < names.names.size(); ++j) {
        size_t f = names.names[j].first;
        if (names.names[j].weak || f == 0 || !is_word(s, f - 1)) continue;
        std::string_view p = word(s, f - 1);
        if (iequals(p, "at") || iequals(p, "in") || iequals(p, "of") || iequals(p, "for") || iequals(p, "from")) {
          names.names[k].subject = false;
        }
      }
    }
    if (full) find_references(s, names);
  }

  const ClaimContext& ctx_;
  const KeyLexicon& lex_;
  std::vector<char> titles_;  // per sentence: title case
  std::vector<char> state_;   // per sentence: 0 not read, 1 subject known, 2 full_ filled
  std::vector<int> subject_;
  std::vector<SentenceNames> full_;
  std::unordered_set<std::string> vocabulary_, starters_;
  std::vector<bool> starter_prefixes_;
  // Entities by their text as written, by the first and last word of a
  // longer name, and by a one-word name.
  std::unordered_map<std::string, int> by_text_, by_edge_word_, single_;
};


NameIndex::NameIndex(const ClaimContext& ctx, const KeyLexicon& lex) : finder_(std::make_unique<NameFinder>(ctx, lex)) {
  finder_->prepare();
}
NameIndex::~NameIndex() = default;
const SentenceNames& NameIndex::of(size_t s) { return finder_->of(s); }

}  // namespace cc
