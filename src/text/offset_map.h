// Maps positions in normalized text back to byte offsets in the source file.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace cc {

// Built while normalized text is appended piece by piece. A piece copied
// verbatim maps byte for byte; a replaced piece ("&nbsp;" -> " ") maps as a
// whole, so every span of the text points at whole original characters.
class OffsetMap {
 public:
  // Records that `text_len` bytes of text came from file bytes
  // [file_pos, file_pos + file_len); verbatim when the two lengths are equal
  // and `verbatim` is set.
  void add(size_t text_pos, size_t text_len, size_t file_pos, size_t file_len, bool verbatim);
  // File offset of the character at text position i.
  size_t start_of(size_t i) const;
  // File offset just past the character that ends at text position e (e > 0).
  size_t end_of(size_t e) const;
  bool empty() const { return runs_.empty(); }
  void clear() { runs_.clear(); }
  // The map of text positions [a, b), shifted so that a becomes 0.
  OffsetMap slice(size_t a, size_t b) const;

 private:
  struct Run {
    uint32_t text_pos, text_len;
    uint64_t file_pos;
    uint32_t file_len;
    bool verbatim;
  };
  const Run& run_at(size_t i) const;
  std::vector<Run> runs_;
};

}  // namespace cc
