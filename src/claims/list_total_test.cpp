#include <catch2/catch.hpp>

#include "pipeline_fixture.h"

TEST_CASE("a list that no longer adds up to its lead-in's total is a conflict naming each item") {
  std::string md = "The $9.5bn package breaks down as follows:\n\n- Chips: $5.5bn\n- Land: $4bn\n- Other: $1.1bn\n";
  auto r = cc::test::check(md);
  REQUIRE(r.findings.size() == 1);
  CHECK(r.findings[0].relation == "list_total");
  CHECK(r.findings[0].message == "the list's items do not add up to the total stated before it");
  CHECK(r.findings[0].details.at(0) == "$5.5bn + $4bn + $1.1bn = $10.6bn, not $9.5bn");
  CHECK(r.findings[0].statements.size() == 4);  // the lead-in and each item
  std::string fixed = md;
  fixed.replace(fixed.find("$1.1bn"), 6, "$0bn");
  CHECK(cc::test::check(fixed).findings.empty());
}

TEST_CASE("a partial list may add up to less than its total, never more") {
  std::string md = "The £1.2bn programme includes:\n\n- A new bypass, £430m\n- Bus lanes, £215m\n";
  CHECK(cc::test::check(md).findings.empty());
  std::string over = md;
  over.replace(over.find("£215m"), std::string("£215m").size(), "£915m");
  auto r = cc::test::check(over);
  REQUIRE(r.findings.size() == 1);
  CHECK(r.findings[0].message == "the list's items add up to more than the total stated before it");
}
