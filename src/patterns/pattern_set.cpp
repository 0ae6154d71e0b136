// PatternSet's indexes: what can start each pattern, and each pattern's
// anchor (the rarest item every match holds), by which the matcher decides
// where a pattern runs at all.
#include <re2/re2.h>

#include <algorithm>

#include "patterns/pattern.h"
#include "quantity/token.h"

namespace cc {
namespace {

constexpr QuantityKind kKinds[] = {QuantityKind::Money, QuantityKind::Percent, QuantityKind::Points,
                                   QuantityKind::Count, QuantityKind::Number,  QuantityKind::Ratio,
                                   QuantityKind::Multiplier, QuantityKind::Ordinal};

}  // namespace

uint16_t figure_kind_bits(std::string_view name) {
  if (name == "any") return 0xFFFF;
  for (QuantityKind k : kKinds) {
    if (name == kind_name(k)) return static_cast<uint16_t>(1u << static_cast<unsigned>(k));
  }
  return 0;
}

const std::vector<std::string>& figure_kind_names() {
  static const std::vector<std::string> kNames = [] {
    std::vector<std::string> v;
    for (QuantityKind k : kKinds) v.emplace_back(kind_name(k));
    v.push_back("any");
    return v;
  }();
  return kNames;
}

PatternSet::PatternSet() = default;
PatternSet::~PatternSet() = default;
PatternSet::PatternSet(PatternSet&&) noexcept = default;
PatternSet& PatternSet::operator=(PatternSet&&) noexcept = default;


void PatternSet::index_anchor(int id, bool none, const std::vector<std::string>& words, uint16_t kinds) {
  if (none) {
    always_.push_back(id);
    return;
  }
  for (const std::string& w : words) {
    anchor_word_[w].push_back(id);
    unsigned char b = static_cast<unsigned char>(w[0]);
    anchor_bytes_[b >> 6] |= uint64_t{1} << (b & 63);
  }
  for (unsigned k = 0; k < anchor_figure_.size(); ++k) {
    if (kinds >> k & 1) anchor_figure_[k].push_back(id);
  }
}

void PatternSet::anchored(std::span<const Item> items, std::vector<uint8_t>& hits) const {
  hits.assign(size(), 0);
  for (int32_t p : always_) hits[static_cast<size_t>(p)] = 1;
  std::string lower;
  for (const Item& it : items) {
    if (it.kind == ItemKind::Figure) {
      for (int32_t p : anchor_figure_[static_cast<size_t>(it.figure_kind)]) hits[static_cast<size_t>(p)] = 1;
      continue;
    }
    if (it.kind == ItemKind::Break || it.text.empty()) continue;
    unsigned char b = static_cast<unsigned char>(it.text[0]);
    if (b >= 'A' && b <= 'Z') b = static_cast<unsigned char>(b - 'A' + 'a');
    if (!(anchor_bytes_[b >> 6] >> (b & 63) & 1)) continue;
    lower_into(it.text, lower);
    if (auto f = anchor_word_.find(std::string_view(lower)); f != anchor_word_.end()) {
      for (int32_t p : f->second) hits[static_cast<size_t>(p)] = 1;
    }
  }
}

void PatternSet::index_first(int id) {
  std::vector<bool> seen(prog_.size());
  std::vector<int32_t> stack{starts_[static_cast<size_t>(id)]};
  auto once = [id](std::vector<int32_t>& v) {
    if (v.empty() || v.back() != id) v.push_back(id);
  };
  while (!stack.empty()) {
    int32_t p = stack.back();
    stack.pop_back();
    if (p < 0 || seen[static_cast<size_t>(p)]) continue;
    seen[static_cast<size_t>(p)] = true;
    const Inst& in = prog_[static_cast<size_t>(p)];
    switch (in.op) {
      case Op::Split: stack.push_back(in.y); [[fallthrough]];
      case Op::Jmp: stack.push_back(in.x); break;
      case Op::Word: {
        const std::string& w = literals_[static_cast<size_t>(in.y)];
        once(first_word_[w]);
        unsigned char b = static_cast<unsigned char>(w[0]);
        first_bytes_[b >> 6] |= uint64_t{1} << (b & 63);
        break;
      }
      case Op::Figure:
        for (unsigned k = 0; k < first_figure_.size(); ++k) {
          if (in.kinds >> k & 1) once(first_figure_[k]);
        }
        break;
      case Op::Regex:
      case Op::NotWord:
      case Op::AnyWord: once(first_any_); break;
      case Op::Break: once(first_break_); break;
      case Op::Accept: break;
    }
  }
}

}  // namespace cc
