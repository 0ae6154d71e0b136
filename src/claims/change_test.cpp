#include <catch2/catch.hpp>

#include "pipeline_fixture.h"

using cc::test::check;
using V = std::vector<std::string>;

namespace {

std::vector<std::string> relations(const std::string& text) { return cc::test::relations(text, "change"); }

}  // namespace

TEST_CASE("a percentage change between two stated levels") {
  CHECK(relations("Revenue rose 20% to $12bn from $10bn.") == V{"change(before=$10bn, after=$12bn)"});
  CHECK(check("Revenue rose 20% to $12bn from $10bn.").findings.empty());
  auto r = check("Revenue jumped 71% last year to $290 million from $240 million.");
  REQUIRE(r.findings.size() == 1);
  CHECK(r.findings[0].relation == "change");
  CHECK(r.findings[0].details[0] == "$240 million up 71% would be $410.4 million, not $290 million");
}

TEST_CASE("a verb that contradicts the direction of the figures") {
  auto r = check("Group sales fell 4.2% to £12.9bn from £12.4bn.");
  REQUIRE(r.findings.size() == 1);
  CHECK(r.findings[0].severity == cc::Severity::Error);
  CHECK(check("Sales climbed to £13.1bn from £12.4bn.").findings.empty());
  CHECK(check("Sales climbed to £11.1bn from £12.4bn.").findings.size() == 1);
  CHECK(check("Health receives £202bn, up from £192bn.").findings.empty());
  CHECK(check("Health receives £182bn, up from £192bn.").findings.size() == 1);
}

TEST_CASE("an absolute change adds up") {
  CHECK(check("Net debt fell by $2bn to $8bn from $10bn.").findings.empty());
  CHECK(check("Net debt fell by $2bn to $6bn from $10bn.").findings.size() == 1);
}

TEST_CASE("levels far from the change, or in another clause, are not linked") {
  CHECK(relations("Prices rose 3% in March; rents moved from $1,200 to $1,250 a month.").empty());
  CHECK(relations("Revenue rose 20% to $12bn from the sale of 3 million phones.").empty());
}
