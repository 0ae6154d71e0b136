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

// Each cell's header: the header cell above it in the same column.
std::vector<std::string> headers(const std::string& text, InputType type) {
  cc::SourceFile f("t", text);
  cc::Document d = cc::read_document(f, type, cc::test::segmenter());
  std::vector<std::string> out;
  for (size_t s = 0; s < d.sentences.size(); ++s) {
    const cc::Sentence& sent = d.sentences[s];
    if (sent.cell.table < 0 || sent.cell.header) continue;
    int h = cc::header_of(d, s);
    out.push_back(std::to_string(sent.cell.table) + ":" + std::to_string(sent.cell.row) + ":" +
                  std::to_string(sent.cell.column) + " " + sent.text + " <- " + (h < 0 ? "none" : d.sentences[static_cast<size_t>(h)].text));
  }
  return out;
}

TEST_CASE("a table cell knows its table, row, column and header") {
  std::string md =
      "| Unit | Spend | Share |\n|---|---:|---|\n| Chips | $5.5bn | 60% |\n| Land | $4bn | 40% |\n\n"
      "Between the tables.\n\n| a | b |\n| 1 | 2 |\n";
  CHECK(headers(md, InputType::Markdown) == V{"0:1:0 Chips <- Unit", "0:1:1 $5.5bn <- Spend", "0:1:2 60% <- Share",
                                              "0:2:0 Land <- Unit", "0:2:1 $4bn <- Spend", "0:2:2 40% <- Share",
                                              "1:0:0 a <- none", "1:0:1 b <- none", "1:1:0 1 <- none",
                                              "1:1:1 2 <- none"});
  std::string html =
      "<table><tr><th>Unit</th><th>Spend</th></tr><tr><td>Chips</td><td>$5.5bn</td></tr></table>"
      "<p>Text.</p><table><tr><td>x</td></tr></table>";
  CHECK(headers(html, InputType::Html) == V{"0:1:0 Chips <- Unit", "0:1:1 $5.5bn <- Spend", "1:0:0 x <- none"});
}

TEST_CASE("HTML drops tags, scripts and styles and decodes entities") {
  std::string html =
      "<html><head><title>Budget</title><style>p{}</style></head><body>"
      "<script>var x = 5;</script><p>It spent &euro;5bn.</p><p>Costs &amp; fees fell.</p></body></html>";
  V got = sentences(html, InputType::Html);
  CHECK(got == V{"It spent &euro;5bn.", "Costs &amp; fees fell."});
}

TEST_CASE("a plain-text table aligned with spaces is read as cells with headers") {
  std::string txt =
      "Revenue by segment\n\n"
      "Segment        2024 ($m)   2025 ($m)\n"
      "-------------  ---------   ---------\n"
      "Freight          1,240.5     1,318.2\n"
      "Total            1,240.5     1,318.2\n\n"
      "Years head columns too:\n\n"
      "Region    2024    2025\n"
      "North      120     135\n"
      "South       80      95\n";
  CHECK(headers(txt, InputType::Text) == V{"0:1:0 Freight <- Segment", "0:1:1 1,240.5 <- 2024 ($m)",
                                           "0:1:2 1,318.2 <- 2025 ($m)", "0:2:0 Total <- Segment",
                                           "0:2:1 1,240.5 <- 2024 ($m)", "0:2:2 1,318.2 <- 2025 ($m)",
                                           "1:1:0 North <- Region", "1:1:1 120 <- 2024", "1:1:2 135 <- 2025",
                                           "1:2:0 South <- Region", "1:2:1 80 <- 2024", "1:2:2 95 <- 2025"});
}

TEST_CASE("prose with double spaces is not a table") {
  std::string txt =
      "The council met on Tuesday.  It agreed a budget of $1.4bn for transport.\n"
      "Spending rose 6.9%.  Councillors said the rise was needed.\n"
      "Bus fares stay at $2.50.  Rail fares rise by 3%.\n";
  CHECK(headers(txt, InputType::Text).empty());
}
