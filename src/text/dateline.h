// The date a document was published, where the file states one: Markdown
// front matter ("date: 2025-05-14"), an HTML <meta> or <time datetime>, or
// a plain-text dateline of its own at the top. Relative times in the text
// ("this year", "last year") are read against it.
#pragma once

#include <string_view>

#include "text/reader.h"

namespace cc {

struct PublicationDate {
  int year = 0;   // 0: none found
  int month = 0;  // 1-12, 0 when not given
};

PublicationDate publication_date(std::string_view bytes, InputType type);

}  // namespace cc
