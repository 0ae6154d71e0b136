// Pattern text -> instructions (Thompson construction, one fragment per
// element, holes patched to what follows).
#include <re2/re2.h>

#include <algorithm>
#include <cctype>

#include "base/suggest.h"
#include "patterns/pattern.h"
#include "quantity/token.h"

namespace cc {

namespace {

constexpr int kMaxGap = 50;

bool is_name_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

}  // namespace

// Builds one pattern's instructions into a PatternSet.
class PatternCompiler {
 public:
  PatternCompiler(PatternSet& set, std::string_view text, const WordClasses& local, const WordClasses& shared)
      : set_(set), text_(text), local_(local), shared_(shared), id_(static_cast<int32_t>(set.starts_.size())) {}

  int compile() {
    size_t first_inst = set_.prog_.size();
    skip_space();
    if (pos_ == text_.size()) fail(0, "empty pattern");
    Frag f = alternation();
    skip_space();
    if (pos_ < text_.size()) fail(pos_, std::string("unexpected '") + text_[pos_] + "'");
    int32_t accept = emit({PatternSet::Op::Accept});
    patch(f.holes, accept);
    if (reaches_accept(f.start)) {
      fail(0, "the pattern can match without a token: make at least one word or figure required");
    }
    set_.starts_.push_back(f.start);
    set_.captures_.push_back(std::move(captures_));
    set_.owner_.resize(set_.prog_.size(), id_);
    bool crosses = false;
    for (size_t pc = first_inst; pc < set_.prog_.size(); ++pc) crosses |= set_.prog_[pc].op == PatternSet::Op::Break;
    set_.crosses_.push_back(crosses);
    set_.index_first(id_);
    set_.index_anchor(id_, f.anchor.none, f.anchor.words, f.anchor.kinds);
    return id_;
  }

 private:
  struct Hole {
    int32_t pc;
    bool second;  // patch y instead of x
  };
  // What every match of a fragment must contain: one of `words`, or a
  // figure of one of `kinds`; `none` when nothing is required.
  struct Anchor {
    bool none = true;
    std::vector<std::string> words;
    uint16_t kinds = 0;
    // How often such an item turns up in news text, roughly: the rarer, the
    // fewer sentences the matcher has to run on.
    double cost() const {
      if (none) return 1e18;
      static const std::vector<std::string_view> kCommon = {",", ".", "the", "a", "an", "and", "of", "to", "in", "on",
                                                            "for", "is", "was", "'", "s", "(", ")", "-", "by", "at",
                                                            "as", "with", "its", "their", "it", "that", "from"};
      double c = 0;
      for (const std::string& w : words) c += std::find(kCommon.begin(), kCommon.end(), w) != kCommon.end() ? 100 : 1;
      for (unsigned k = 0; k < 16; ++k) {
        if (!(kinds >> k & 1)) continue;
        auto kind = static_cast<QuantityKind>(k);
        bool common = kind == QuantityKind::Money || kind == QuantityKind::Percent || kind == QuantityKind::Count ||
                      kind == QuantityKind::Number;
        c += common ? 30 : 2;
      }
      return c;
    }
  };
  struct Frag {
    int32_t start = -1;
    std::vector<Hole> holes;
    Anchor anchor;
  };

  [[noreturn]] void fail(size_t at, std::string message) {
    // Leave the set as it was: drop what this pattern emitted.
    throw PatternError{at, std::move(message)};
  }

  int32_t emit(PatternSet::Inst in) {
    set_.prog_.push_back(in);
    return static_cast<int32_t>(set_.prog_.size() - 1);
  }

  void patch(const std::vector<Hole>& holes, int32_t target) {
    for (const Hole& h : holes) (h.second ? set_.prog_[static_cast<size_t>(h.pc)].y : set_.prog_[static_cast<size_t>(h.pc)].x) = target;
  }

  Frag epsilon() {
    int32_t pc = emit({PatternSet::Op::Jmp});
    return {pc, {{pc, false}}, {}};
  }

  Frag consume(PatternSet::Op op, int32_t arg = -1, uint16_t kinds = 0, int8_t slot = -1) {
    PatternSet::Inst in;
    in.op = op;
    in.y = arg;
    in.kinds = kinds;
    in.slot = slot;
    int32_t pc = emit(in);
    Frag f{pc, {{pc, false}}, {}};
    if (op == PatternSet::Op::Word) f.anchor = {false, {set_.literals_[static_cast<size_t>(arg)]}, 0};
    if (op == PatternSet::Op::Figure) f.anchor = {false, {}, kinds};
    return f;
  }

  Frag concat(Frag a, Frag b) {
    if (a.start < 0) return b;
    if (b.start < 0) return a;
    patch(a.holes, b.start);
    Anchor anchor = b.anchor.cost() < a.anchor.cost() ? std::move(b.anchor) : std::move(a.anchor);
    return {a.start, std::move(b.holes), std::move(anchor)};
  }

  // Alternatives in order of preference.
  Frag alternatives(std::vector<Frag> alts) {
    Anchor anchor{false, {}, 0};
    for (const Frag& f : alts) {
      if (f.anchor.none) {
        anchor = {};
        break;
      }
      for (const std::string& w : f.anchor.words) {
        if (std::find(anchor.words.begin(), anchor.words.end(), w) == anchor.words.end()) anchor.words.push_back(w);
      }
      anchor.kinds |= f.anchor.kinds;
    }
    Frag out = std::move(alts.back());
    for (size_t i = alts.size() - 1; i-- > 0;) {
      PatternSet::Inst split;
      split.op = PatternSet::Op::Split;
      split.x = alts[i].start;
      split.y = out.start;
      int32_t pc = emit(split);
      std::vector<Hole> holes = std::move(alts[i].holes);
      holes.insert(holes.end(), out.holes.begin(), out.holes.end());
      out = {pc, std::move(holes), {}};
    }
    out.anchor = std::move(anchor);
    return out;
  }

  Frag optional(Frag f) {
    PatternSet::Inst split;
    split.op = PatternSet::Op::Split;
    split.x = f.start;
    int32_t pc = emit(split);
    f.holes.push_back({pc, true});
    return {pc, std::move(f.holes), {}};
  }

  void skip_space() {
    while (pos_ < text_.size() && std::isspace(static_cast<unsigned char>(text_[pos_]))) ++pos_;
  }

  bool at_end_of_seq() {
    skip_space();
    return pos_ == text_.size() || text_[pos_] == ')' || text_[pos_] == ']' || text_[pos_] == '|';
  }

  Frag alternation() {
    std::vector<Frag> alts;
    for (;;) {
      size_t at = pos_;
      Frag f = sequence();
      if (f.start < 0) fail(at, "empty alternative");
      alts.push_back(std::move(f));
      skip_space();
      if (pos_ < text_.size() && text_[pos_] == '|') {
        ++pos_;
        continue;
      }
      break;
    }
    return alternatives(std::move(alts));
  }

  Frag sequence() {
    Frag out;
    while (!at_end_of_seq()) {
      Frag f = atom();
      skip_space();
      if (pos_ < text_.size() && text_[pos_] == '?') {
        ++pos_;
        f = optional(std::move(f));
      }
      out = concat(std::move(out), std::move(f));
    }
    return out;
  }

  void expect(char c, size_t open) {
    skip_space();
    if (pos_ >= text_.size() || text_[pos_] != c) fail(open, std::string("'") + text_[open] + "' is not closed");
    ++pos_;
  }

  Frag atom() {
    size_t at = pos_;
    char c = text_[pos_];
    switch (c) {
      case '(': {
        ++pos_;
        Frag f = alternation();
        expect(')', at);
        return f;
      }
      case '[': {
        ++pos_;
        Frag f = alternation();
        expect(']', at);
        return optional(std::move(f));
      }
      case '{': return figure();
      case '@': return word_class();
      case '/': return regex();
      case '"': return quoted();
      case '~': return gap();
      case '<': {
        if (text_.substr(pos_, 6) == "<next>") {
          pos_ += 6;
          return consume(PatternSet::Op::Break);
        }
        fail(at, "unknown '<...>': the only one is <next>, a sentence break");
      }
      case '!': return negation();
      case '}': fail(at, "'}' without '{'");
      case '?': fail(at, "'?' follows nothing");
      default: break;
    }
    if (c == '_' && (pos_ + 1 == text_.size() || !is_name_char(text_[pos_ + 1]))) {
      ++pos_;
      return consume(PatternSet::Op::AnyWord);
    }
    size_t end = pos_;
    while (end < text_.size() && !std::isspace(static_cast<unsigned char>(text_[end])) &&
           std::string_view("()[]{}|?\"<").find(text_[end]) == std::string_view::npos) {
      ++end;
    }
    std::string_view word = text_.substr(pos_, end - pos_);
    pos_ = end;
    return literal(word, at);
  }

  // Literal tokens, split as the tokenizer splits text.
  Frag literal(std::string_view words, size_t at) {
    Frag out;
    std::vector<Token> toks = tokenize(words);
    if (toks.empty()) fail(at, "empty literal");
    for (const Token& t : toks) {
      out = concat(std::move(out), consume(PatternSet::Op::Word, literal_id(lower(words.substr(t.begin, t.end - t.begin)))));
    }
    return out;
  }

  int32_t literal_id(const std::string& w) {
    auto it = std::find(set_.literals_.begin(), set_.literals_.end(), w);
    if (it != set_.literals_.end()) return static_cast<int32_t>(it - set_.literals_.begin());
    set_.literals_.push_back(w);
    return static_cast<int32_t>(set_.literals_.size() - 1);
  }

  // "!word", "!\"(\"", "!@class": one token that is none of these words.
  Frag negation() {
    size_t at = pos_++;
    std::vector<std::string> words;
    if (pos_ < text_.size() && text_[pos_] == '@') {
      size_t end = pos_ + 1;
      while (end < text_.size() && is_name_char(text_[end])) ++end;
      std::string name(text_.substr(pos_ + 1, end - pos_ - 1));
      pos_ = end;
      const std::vector<std::string>* phrases = find_class(name, at);
      for (const std::string& phrase : *phrases) {
        std::vector<Token> toks = tokenize(phrase);
        if (!toks.empty()) words.push_back(lower(std::string_view(phrase).substr(toks[0].begin, toks[0].end - toks[0].begin)));
      }
    } else {
      std::string_view word;
      if (pos_ < text_.size() && text_[pos_] == '"') {
        size_t end = text_.find('"', pos_ + 1);
        if (end == std::string_view::npos) fail(pos_, "'\"' is not closed");
        word = text_.substr(pos_ + 1, end - pos_ - 1);
        pos_ = end + 1;
      } else {
        size_t end = pos_;
        while (end < text_.size() && !std::isspace(static_cast<unsigned char>(text_[end])) &&
               std::string_view("()[]{}|?\"<").find(text_[end]) == std::string_view::npos) {
          ++end;
        }
        word = text_.substr(pos_, end - pos_);
        pos_ = end;
      }
      std::vector<Token> toks = tokenize(word);
      if (toks.size() != 1) fail(at, "'!' takes one token or a word class: !and, !\",\", !@name");
      words.push_back(lower(word.substr(toks[0].begin, toks[0].end - toks[0].begin)));
    }
    set_.not_sets_.push_back(std::move(words));
    return consume(PatternSet::Op::NotWord, static_cast<int32_t>(set_.not_sets_.size() - 1));
  }

  const std::vector<std::string>* find_class(const std::string& name, size_t at) {
    if (name.empty()) fail(at, "'@' needs a word class name");
    if (auto it = local_.find(name); it != local_.end()) return &it->second;
    if (auto it = shared_.find(name); it != shared_.end()) return &it->second;
    std::vector<std::string> known;
    for (const auto& [k, v] : local_) known.push_back(k);
    for (const auto& [k, v] : shared_) known.push_back(k);
    fail(at, "unknown word class '@" + name + "'" + did_you_mean(name, known));
  }

  Frag quoted() {
    size_t at = pos_++;
    size_t end = text_.find('"', pos_);
    if (end == std::string_view::npos) fail(at, "'\"' is not closed");
    std::string_view inner = text_.substr(pos_, end - pos_);
    pos_ = end + 1;
    return literal(inner, at);
  }

  Frag figure() {
    size_t at = pos_++;
    size_t end = text_.find('}', pos_);
    if (end == std::string_view::npos) fail(at, "'{' is not closed");
    std::string_view inner = text_.substr(pos_, end - pos_);
    size_t inner_at = pos_;
    pos_ = end + 1;
    std::string role;
    size_t colon = inner.find(':');
    std::string_view kinds = inner;
    if (colon != std::string_view::npos) {
      role = std::string(inner.substr(0, colon));
      kinds = inner.substr(colon + 1);
      if (role.empty() || !std::all_of(role.begin(), role.end(), is_name_char)) {
        fail(inner_at, "a role is a name of letters, digits and '_': {role:kind}");
      }
    }
    uint16_t bits = 0;
    size_t k = 0;
    while (k <= kinds.size()) {
      size_t bar = kinds.find('|', k);
      if (bar == std::string_view::npos) bar = kinds.size();
      std::string name(kinds.substr(k, bar - k));
      size_t name_at = inner_at + (colon == std::string_view::npos ? 0 : colon + 1) + k;
      uint16_t b = figure_kind_bits(name);
      if (!b) {
        fail(name_at, "unknown figure kind '" + name + "'" + did_you_mean(name, figure_kind_names()));
      }
      bits |= b;
      k = bar + 1;
    }
    int8_t slot = -1;
    if (!role.empty()) {
      if (captures_.size() == kMaxCaptures) fail(at, "more than 8 captures in one pattern");
      slot = static_cast<int8_t>(captures_.size());
      captures_.push_back({role, at});
    }
    return consume(PatternSet::Op::Figure, -1, bits, slot);
  }

  struct TrieNode {
    std::vector<std::pair<std::string, TrieNode>> next;
    bool terminal = false;
  };

  Frag trie(const TrieNode& node) {
    std::vector<Frag> alts;
    for (const auto& [word, child] : node.next) {
      alts.push_back(concat(consume(PatternSet::Op::Word, literal_id(word)), trie(child)));
    }
    if (node.terminal) alts.push_back(epsilon());  // a longer phrase is preferred
    return alternatives(std::move(alts));
  }

  Frag word_class() {
    size_t at = pos_++;
    size_t end = pos_;
    while (end < text_.size() && is_name_char(text_[end])) ++end;
    std::string name(text_.substr(pos_, end - pos_));
    pos_ = end;
    const std::vector<std::string>* phrases = find_class(name, at);
    if (phrases->empty()) fail(at, "word class '@" + name + "' is empty");
    TrieNode root;
    for (const std::string& phrase : *phrases) {
      TrieNode* n = &root;
      std::vector<Token> toks = tokenize(phrase);
      if (toks.empty()) fail(at, "word class '@" + name + "' has an empty phrase");
      for (const Token& t : toks) {
        std::string w = lower(std::string_view(phrase).substr(t.begin, t.end - t.begin));
        auto it = std::find_if(n->next.begin(), n->next.end(), [&](const auto& e) { return e.first == w; });
        if (it == n->next.end()) {
          n->next.emplace_back(w, TrieNode{});
          it = n->next.end() - 1;
        }
        n = &it->second;
      }
      n->terminal = true;
    }
    return trie(root);
  }

  Frag regex() {
    size_t at = pos_++;
    std::string body;
    for (; pos_ < text_.size() && text_[pos_] != '/'; ++pos_) {
      if (text_[pos_] == '\\' && pos_ + 1 < text_.size() && text_[pos_ + 1] == '/') ++pos_;  // "\/" is a slash
      body += text_[pos_];
    }
    if (pos_ == text_.size()) fail(at, "'/' is not closed");
    ++pos_;
    RE2::Options opts;
    opts.set_log_errors(false);
    auto re = std::make_unique<RE2>(body, opts);
    if (!re->ok()) fail(at + 1, "bad regular expression: " + re->error());
    set_.regexes_.push_back(std::move(re));
    return consume(PatternSet::Op::Regex, static_cast<int32_t>(set_.regexes_.size() - 1));
  }

  Frag gap() {
    size_t at = pos_++;
    size_t end = pos_;
    while (end < text_.size() && std::isdigit(static_cast<unsigned char>(text_[end]))) ++end;
    if (end == pos_) fail(at, "'~' needs a number: ~3 skips up to three words");
    int n = std::stoi(std::string(text_.substr(pos_, end - pos_)).substr(0, 4));
    pos_ = end;
    if (n > kMaxGap) fail(at, "a gap of at most 50 words");
    if (n == 0) return epsilon();
    // Lazy: each split prefers to stop skipping.
    std::vector<Hole> holes;
    int32_t first = -1;
    std::vector<Hole> pending;
    for (int i = 0; i < n; ++i) {
      PatternSet::Inst split;
      split.op = PatternSet::Op::Split;
      int32_t s = emit(split);
      if (first < 0) first = s;
      patch(pending, s);
      holes.push_back({s, false});
      Frag any = consume(PatternSet::Op::AnyWord);
      set_.prog_[static_cast<size_t>(s)].y = any.start;
      pending = any.holes;
    }
    holes.insert(holes.end(), pending.begin(), pending.end());
    return {first, std::move(holes), {}};
  }

  bool reaches_accept(int32_t pc) {
    std::vector<bool> seen(set_.prog_.size());
    std::vector<int32_t> stack{pc};
    while (!stack.empty()) {
      int32_t p = stack.back();
      stack.pop_back();
      if (p < 0 || seen[static_cast<size_t>(p)]) continue;
      seen[static_cast<size_t>(p)] = true;
      const PatternSet::Inst& in = set_.prog_[static_cast<size_t>(p)];
      if (in.op == PatternSet::Op::Accept) return true;
      if (in.op == PatternSet::Op::Split) stack.push_back(in.y);
      if (in.op == PatternSet::Op::Split || in.op == PatternSet::Op::Jmp) stack.push_back(in.x);
    }
    return false;
  }

  PatternSet& set_;
  std::string_view text_;
  const WordClasses& local_;
  const WordClasses& shared_;
  int32_t id_;
  size_t pos_ = 0;
  std::vector<CaptureInfo> captures_;
};

int PatternSet::add(std::string_view text, const WordClasses& local, const WordClasses& shared) {
  size_t prog = prog_.size(), lits = literals_.size(), res = regexes_.size(), nots = not_sets_.size();
  // A failed pattern leaves no trace: the indexes are written only on success.
  try {
    return PatternCompiler(*this, text, local, shared).compile();
  } catch (const PatternError&) {
    prog_.resize(prog);
    literals_.resize(lits);
    regexes_.resize(res);
    not_sets_.resize(nots);
    throw;
  }
}

}  // namespace cc
