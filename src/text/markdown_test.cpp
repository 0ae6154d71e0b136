#include <catch2/catch.hpp>

#include "text_fixture.h"

using cc::InputType;
using cc::test::sentences;
using V = std::vector<std::string>;

TEST_CASE("Markdown code, front matter, comments and link targets are not prose") {
  std::string md =
      "---\ntitle: 2024 budget $5bn\n---\n"
      "# Budget rises\n\n"
      "Spending is $4bn. See [the plan](https://x.org/2025/9bn).\n\n"
      "```\ntotal = $9bn\n```\n\n"
      "<!-- draft note: $1bn -->\n"
      "    indented code $3bn\n";
  V got = sentences(md, InputType::Markdown);
  REQUIRE(got.size() == 3);
  CHECK(got[0] == "Budget rises");
  CHECK(got[1] == "Spending is $4bn.");
  CHECK(got[2] == "See [the plan](https://x.org/2025/9bn).");
}

TEST_CASE("list items and table cells are sentences of their own") {
  std::string md = "- Schools: £1bn\n- Roads: £2bn\n\n| Item | Cost |\n|---|---|\n| Rail | $3bn |\n";
  CHECK(sentences(md, InputType::Markdown) == V{"Schools: £1bn", "Roads: £2bn", "Item", "Cost", "Rail", "$3bn"});
}

TEST_CASE("HTML drops tags, scripts and styles and decodes entities") {
  std::string html =
      "<html><head><title>Budget</title><style>p{}</style></head><body>"
      "<script>var x = 5;</script><p>It spent &euro;5bn.</p><p>Costs &amp; fees fell.</p></body></html>";
  V got = sentences(html, InputType::Html);
  CHECK(got == V{"It spent &euro;5bn.", "Costs &amp; fees fell."});
}
