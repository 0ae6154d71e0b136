#include <catch2/catch.hpp>

#include "pipeline_fixture.h"

TEST_CASE("a figure referred back to with 'the' must be the one stated first") {
  std::string md =
      "Operating profit fell to €13.1bn ($14.2bn) from €18.2bn in 2023, while revenue slipped 2 per cent to €320bn.\n\n"
      "Analysts said the €13.1bn operating profit flattered the underlying performance.\n";
  CHECK(cc::test::check(md).findings.empty());
  REQUIRE(cc::test::relations(md, "restatement").size() == 1);
  std::string wrong = md;
  wrong.replace(wrong.find("the €13.1bn operating"), 13, "the €9.1bn");
  auto r = cc::test::check(wrong);
  REQUIRE(r.findings.size() == 1);
  CHECK(r.findings[0].relation == "restatement");
  CHECK(r.findings[0].message == "the operating profit is €9.1bn here but €13.1bn where it was first stated");
  CHECK(r.findings[0].statements.size() == 2);
}

TEST_CASE("look-alike figures are not restatements") {
  // The past level ("from"), a qualified measure, and words that may
  // describe two figures are not linked.
  CHECK(cc::test::relations("Profit fell to €13.1bn from €18.2bn.\n\nThe €18.2bn profit of 2023 was a record.\n",
                            "restatement")
            .empty());
  CHECK(cc::test::relations("Profit fell to €13.1bn.\n\nThe €11.9bn profit excluding gains was weaker.\n",
                            "restatement")
            .empty());
  CHECK(cc::test::relations("Revenue was $4bn in Europe and $3bn in Asia.\n\nThe $3bn revenue was a record.\n",
                            "restatement")
            .empty());
}
