// A pipeline with the shipped rules, for tests of later stages.
#pragma once

#include <string>
#include <vector>

#include "cli/pipeline.h"

namespace cc::test {

inline const Pipeline& pipeline() {
  static const Pipeline p([] {
    PipelineOptions o;
    o.rules_dir = CLAIMCHECK_RULES_DIR;
    return o;
  }());
  return p;
}

// Canonical forms of the relations found in `text` (read as Markdown), of
// one family when `family` is given.
inline std::vector<std::string> relations(const std::string& text, const std::string& family = "") {
  SourceFile f("t.md", text);
  ClaimSet set = pipeline().claims(pipeline().read(f));
  std::vector<std::string> out;
  for (const Relation& r : set.relations) {
    if (family.empty() || r.family == family) out.push_back(canonical(r, set));
  }
  return out;
}

inline FileResult check(const std::string& text) { return pipeline().check(SourceFile("t.md", text)); }

}  // namespace cc::test
