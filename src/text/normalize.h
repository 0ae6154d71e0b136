// Normalized text for recognition, with a map back to the original bytes.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "text/document.h"
#include "text/offset_map.h"

namespace cc {

// Text ready for recognition: Unicode spaces become ' ', dashes and the minus
// sign '-', curly quotes straight ones, full-width digits ASCII, line breaks
// spaces; invisible characters are dropped.
struct NormalizedText {
  std::string text;
  OffsetMap map;
};

// Normalizes the given pieces of `file`, in order, into one text.
// With `entities`, HTML character references (&amp; &nbsp; &#8364;) are decoded.
NormalizedText normalize(std::string_view file, const std::vector<Span>& spans, bool entities = false);
// The same into `out`, reusing its storage (cleared first).
void normalize_into(NormalizedText& out, std::string_view file, const std::vector<Span>& spans, bool entities);

}  // namespace cc
