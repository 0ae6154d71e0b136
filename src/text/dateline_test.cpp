#include <catch2/catch.hpp>

#include "text/dateline.h"

using cc::InputType;
using cc::publication_date;

TEST_CASE("a publication date from front matter, HTML or a dateline") {
  auto md = publication_date("---\ntitle: x\ndate: 2025-05-14\n---\nText.\n", InputType::Markdown);
  CHECK(md.year == 2025);
  CHECK(md.month == 5);
  CHECK(publication_date("---\r\ndate: \"2024-11-02T08:00:00Z\"\r\n---\r\n", InputType::Markdown).year == 2024);
  CHECK(publication_date("---\npublished: 14 May 2023\n---\n", InputType::Markdown).year == 2023);
  CHECK(publication_date("<html><head><meta property=\"article:published_time\" content=\"2022-03-01\"></head>",
                         InputType::Html)
            .year == 2022);
  CHECK(publication_date("<p>Posted <time datetime=\"2021-07-09\">9 July</time></p>", InputType::Html).year == 2021);
  CHECK(publication_date("Published: March 3, 2025\n\nRevenue rose.\n", InputType::Text).year == 2025);
  // none stated, or a year in prose: no date
  CHECK(publication_date("Revenue rose in 2024 to $5bn.\n", InputType::Text).year == 0);
  CHECK(publication_date("---\ntitle: 2025 outlook\n---\n", InputType::Markdown).year == 0);
  CHECK(publication_date("---\ndate: tomorrow\n---\n", InputType::Markdown).year == 0);
  // front matter that never closes is not front matter, and has no date
  CHECK(publication_date("Plain text", InputType::Markdown).year == 0);
}
