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

// Word lists that steer segmentation, read from rules/text/segmentation.toml.
struct SegmentationLexicon {
  std::unordered_set<std::string> titles;         // "Dr": never end a sentence
  std::unordered_set<std::string> abbreviations;  // "Inc": end one only before a starter
  std::unordered_set<std::string> starters;       // "It", "The": words that open sentences
  std::unordered_set<std::string> domains;        // "com": "example.com" is no boundary

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
