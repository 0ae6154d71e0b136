#include "text/offset_map.h"

#include <algorithm>

namespace cc {

void OffsetMap::add(size_t text_pos, size_t text_len, size_t file_pos, size_t file_len, bool verbatim) {
  if (text_len == 0) return;
  verbatim = verbatim && text_len == file_len;
  if (verbatim && !runs_.empty()) {
    Run& last = runs_.back();
    if (last.verbatim && last.text_pos + last.text_len == text_pos && last.file_pos + last.file_len == file_pos) {
      last.text_len += static_cast<uint32_t>(text_len);
      last.file_len += static_cast<uint32_t>(file_len);
      return;
    }
  }
  runs_.push_back({static_cast<uint32_t>(text_pos), static_cast<uint32_t>(text_len), file_pos,
                   static_cast<uint32_t>(file_len), verbatim});
}

const OffsetMap::Run& OffsetMap::run_at(size_t i) const {
  auto it = std::upper_bound(runs_.begin(), runs_.end(), i, [](size_t v, const Run& r) { return v < r.text_pos; });
  if (it != runs_.begin()) --it;
  return *it;
}

size_t OffsetMap::start_of(size_t i) const {
  if (runs_.empty()) return 0;
  const Run& r = run_at(i);
  if (i >= r.text_pos + r.text_len) return r.file_pos + r.file_len;
  return r.verbatim ? r.file_pos + (i - r.text_pos) : r.file_pos;
}

size_t OffsetMap::end_of(size_t e) const {
  if (runs_.empty()) return 0;
  if (e == 0) return start_of(0);
  const Run& r = run_at(e - 1);
  if (r.verbatim) return r.file_pos + std::min<size_t>(e - r.text_pos, r.file_len);
  return r.file_pos + r.file_len;
}

OffsetMap OffsetMap::slice(size_t a, size_t b) const {
  OffsetMap out;
  for (const Run& r : runs_) {
    size_t rb = r.text_pos, re = r.text_pos + r.text_len;
    size_t lo = std::max(rb, a), hi = std::min(re, b);
    if (lo >= hi) continue;
    if (r.verbatim) {
      out.add(lo - a, hi - lo, r.file_pos + (lo - rb), hi - lo, true);
    } else {
      out.add(lo - a, hi - lo, r.file_pos, r.file_len, false);
    }
  }
  return out;
}

}  // namespace cc
