// The Pike VM: every live thread advances over each item at once, one thread
// per instruction (the earliest-started wins), so the cost per item is
// bounded by the program size, whatever the input.
#include <re2/re2.h>

#include <limits>

#include "patterns/pattern.h"
#include "quantity/token.h"

namespace cc {

Matcher::Matcher(const PatternSet& set)
    : set_(set),
      seen_(set.prog_.size(), 0),
      min_start_(set.size(), 0),
      pending_(set.size()),
      cut_(set.size(), 0),
      blocked_(set.size(), 0) {}

void Matcher::add(std::vector<Thread>& list, int32_t pc, const Thread& t, uint32_t gen) {
  uint32_t& stamp = seen_[static_cast<size_t>(pc)];
  if (stamp == gen) return;
  stamp = gen;
  const PatternSet::Inst& in = set_.prog_[static_cast<size_t>(pc)];
  switch (in.op) {
    case PatternSet::Op::Split:
      add(list, in.x, t, gen);
      add(list, in.y, t, gen);
      return;
    case PatternSet::Op::Jmp: add(list, in.x, t, gen); return;
    default: list.push_back({pc, t.start, t.caps});
  }
}

void Matcher::spawn(int32_t pattern) {
  if (enabled_ && !(*enabled_)[static_cast<size_t>(pattern)]) return;
  Thread t;
  t.start = pos_;
  t.caps.fill(-1);
  add(now_, set_.starts_[static_cast<size_t>(pattern)], t, gen_);
}

bool Matcher::consumes(const PatternSet::Inst& in, const Item& item) const {
  bool word = item.kind == ItemKind::Word || item.kind == ItemKind::Punct;
  switch (in.op) {
    case PatternSet::Op::Word: return word && iequals(item.text, set_.literals_[static_cast<size_t>(in.y)]);
    case PatternSet::Op::NotWord: {
      if (!word) return false;
      for (const std::string& w : set_.not_sets_[static_cast<size_t>(in.y)]) {
        if (iequals(item.text, w)) return false;
      }
      return true;
    }
    case PatternSet::Op::Regex:
      return word && RE2::FullMatch(re2::StringPiece(item.text.data(), item.text.size()),
                                    *set_.regexes_[static_cast<size_t>(in.y)]);
    case PatternSet::Op::Figure:
      return item.kind == ItemKind::Figure && (in.kinds >> static_cast<unsigned>(item.figure_kind) & 1);
    case PatternSet::Op::AnyWord: return word || (item.kind == ItemKind::Figure && item.minor);
    case PatternSet::Op::Break: return item.kind == ItemKind::Break;
    default: return false;
  }
}

void Matcher::accept(const Thread& t, int32_t p, std::vector<PatternMatch>& out) {
  Pending& pend = pending_[static_cast<size_t>(p)];
  if (pend.has && t.start >= pend.match.end) {
    // A later match is complete while the pending one might still have
    // grown: the pending one stands as it is.
    out.push_back(pend.match);
    min_start_[static_cast<size_t>(p)] = pend.match.end;
    pend.has = false;
  }
  if (!pend.has) waiting_.push_back(p);
  pend.has = true;
  pend.match = {p, t.start, pos_, t.caps};
  cut_[static_cast<size_t>(p)] = gen_;
}

void Matcher::settle(std::vector<PatternMatch>& out, bool all) {
  if (waiting_.empty()) return;
  if (!all) {
    for (const Thread& t : now_) {
      int32_t p = set_.owner_[static_cast<size_t>(t.pc)];
      const Pending& pend = pending_[static_cast<size_t>(p)];
      if (pend.has && t.start < pend.match.end) blocked_[static_cast<size_t>(p)] = gen_;
    }
  }
  size_t keep = 0;
  for (int32_t p : waiting_) {
    Pending& pend = pending_[static_cast<size_t>(p)];
    if (!pend.has) continue;
    if (!all && blocked_[static_cast<size_t>(p)] == gen_) {
      waiting_[keep++] = p;  // a preferred thread may still make it longer
      continue;
    }
    out.push_back(pend.match);
    min_start_[static_cast<size_t>(p)] = pend.match.end;
    pend.has = false;
  }
  waiting_.resize(keep);
}

void Matcher::feed(const Item& item, std::vector<PatternMatch>& out) {
  if (gen_ >= std::numeric_limits<uint32_t>::max() - 2) {
    std::fill(seen_.begin(), seen_.end(), 0);
    std::fill(cut_.begin(), cut_.end(), 0);
    std::fill(blocked_.begin(), blocked_.end(), 0);
    gen_ = 1;
  }
  // New threads for the patterns that can start at this item, after the
  // live ones: an earlier start has priority.
  switch (item.kind) {
    case ItemKind::Word:
    case ItemKind::Punct: {
      for (int32_t p : set_.first_any_) spawn(p);
      if (item.text.empty()) break;
      unsigned char b = static_cast<unsigned char>(item.text[0]);
      if (b >= 'A' && b <= 'Z') b = static_cast<unsigned char>(b - 'A' + 'a');
      if (!(set_.first_bytes_[b >> 6] >> (b & 63) & 1)) break;
      lower_into(item.text, lower_);
      if (auto it = set_.first_word_.find(std::string_view(lower_)); it != set_.first_word_.end()) {
        for (int32_t p : it->second) spawn(p);
      }
      break;
    }
    case ItemKind::Figure:
      for (int32_t p : set_.first_figure_[static_cast<size_t>(item.figure_kind)]) spawn(p);
      break;
    case ItemKind::Break:
      for (int32_t p : set_.first_break_) spawn(p);
      break;
  }
  step(&item, out);
  settle(out, false);
  ++pos_;
}

// Runs the threads in priority order over `item` (nullptr: the end of the
// input, where only accepting threads matter).
void Matcher::step(const Item* item, std::vector<PatternMatch>& out) {
  for (size_t i = 0; i < now_.size(); ++i) {
    Thread t = now_[i];
    size_t p = static_cast<size_t>(set_.owner_[static_cast<size_t>(t.pc)]);
    if (t.start < min_start_[p]) continue;  // overlaps a match already made
    const Pending& pend = pending_[p];
    if (pend.has && t.start > pend.match.begin && t.start < pend.match.end) continue;  // overlaps, less preferred
    if (cut_[p] == gen_ && t.start < pos_) continue;  // less preferred than a match made at this item
    const PatternSet::Inst& in = set_.prog_[static_cast<size_t>(t.pc)];
    if (in.op == PatternSet::Op::Accept) {
      accept(t, static_cast<int32_t>(p), out);
      continue;
    }
    if (!item || !consumes(in, *item)) continue;
    if (in.op == PatternSet::Op::Figure && in.slot >= 0) t.caps[static_cast<size_t>(in.slot)] = item->figure;
    add(next_, in.x, t, gen_ + 1);
  }
  now_.swap(next_);
  next_.clear();
  ++gen_;
}

bool Matcher::feed_sentence(std::span<const Item> here, std::span<const Item> next, std::vector<PatternMatch>& out) {
  if (next_known_) hits_here_.swap(hits_next_);
  else set_.anchored(here, hits_here_);
  if (next.empty()) hits_next_.assign(set_.size(), 0);
  else set_.anchored(next, hits_next_);
  next_known_ = true;
  enabled_here_.resize(set_.size());
  bool any = false;
  for (size_t p = 0; p < set_.size(); ++p) {
    enabled_here_[p] = hits_here_[p] || (set_.crosses(static_cast<int>(p)) && hits_next_[p]);
    any = any || enabled_here_[p];
  }
  if (!any && now_.empty() && waiting_.empty()) return false;  // nothing can happen here
  enabled_ = &enabled_here_;
  feed({ItemKind::Break, QuantityKind::Number, -1, {}}, out);  // a break opens every sentence
  for (const Item& it : here) feed(it, out);
  return true;
}

void Matcher::finish(std::vector<PatternMatch>& out) {
  step(nullptr, out);
  settle(out, true);
  now_.clear();
}

}  // namespace cc
