#include <catch2/catch.hpp>

#include "pipeline_fixture.h"

using cc::test::check;
using cc::test::relations;
using V = std::vector<std::string>;

TEST_CASE("a count at a price per unit makes the stated total") {
  CHECK(check("It raised $952 million in its offering. It sold 28 million shares at $34 each.").findings.empty());
  auto r = check("It raised $952 million in its offering. It sold 48 million shares at $34 each.");
  REQUIRE(r.findings.size() == 1);
  CHECK(r.findings[0].relation == "product");
  CHECK(r.findings[0].details[0] == "48 million shares x $34 = $1,632 million, not $952 million");
  CHECK(r.findings[0].claims.size() == 3);  // the count and the price are marked too
}

TEST_CASE("'per dose' picks the count of doses, not another count") {
  CHECK(relations("It bought 5 million doses from two makers at €19.50 per dose, a bill of €97.5m.", "product") ==
        V{"product(count=5 million, unit=€19.50, total=€97.5m)"});
}

TEST_CASE("a price with no total in reach states no product") {
  CHECK(relations("It sold 28 million shares at $34 each.", "product").empty());
}
