// Sentence segmentation tuned for news text.
#pragma once

#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

#include "text/document.h"
#include "text/source.h"

namespace cc {

// A set of words that can be searched with a string_view, without a copy.
struct WordHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
using WordSet = std::unordered_set<std::string, WordHash, std::equal_to<>>;

// Word lists that steer segmentation, read from rules/text/segmentation.toml.
struct SegmentationLexicon {
  WordSet titles;         // "Dr": never end a sentence
  WordSet abbreviations;  // "Inc": end one only before a starter
  WordSet starters;       // "It", "The": words that open sentences
  WordSet domains;        // "com": "example.com" is no boundary

  static SegmentationLexicon load(const std::string& path);
};

// Splits normalized text into sentences.
class Segmenter {
 public:
  explicit Segmenter(SegmentationLexicon lexicon) : lex_(std::move(lexicon)) {}
  // Half-open [begin, end) positions of each sentence, trimmed of spaces.
  std::vector<std::pair<size_t, size_t>> split(std::string_view text) const;

 private:
  bool boundary_after(std::string_view text, size_t dot, size_t next, bool glued, bool ellipsis) const;
  SegmentationLexicon lex_;
};

// Runs normalization and segmentation over every block of a file.
Document segment(const SourceFile& file, const std::vector<Block>& blocks, const Segmenter& segmenter);

}  // namespace cc
