// Helpers shared by tests that need the text stage with the real rules.
#pragma once

#include <string>
#include <vector>

#include "text/reader.h"
#include "text/segment.h"

namespace cc::test {

inline const Segmenter& segmenter() {
  static const Segmenter s(SegmentationLexicon::load(std::string(CLAIMCHECK_RULES_DIR) + "/text/segmentation.toml"));
  return s;
}

// The sentences of `text` as they appear in the file (exact byte spans).
inline std::vector<std::string> sentences(const std::string& text, InputType type = InputType::Text) {
  SourceFile f("t", text);
  Document d = read_document(f, type, segmenter());
  std::vector<std::string> out;
  for (const Sentence& s : d.sentences) out.push_back(text.substr(s.start, s.end - s.start));
  return out;
}

}  // namespace cc::test
