#include <catch2/catch.hpp>

#include "pipeline_fixture.h"

using cc::test::check;
using cc::test::relations;
using V = std::vector<std::string>;

TEST_CASE("a stated share of a named whole") {
  std::string ok = "Revenue rose 11% to £538m. The wage bill was £312m, equivalent to 58% of revenue.";
  CHECK(relations(ok, "share") == V{"share(whole=£538m, part=£312m)"});
  CHECK(check(ok).findings.empty());
  auto r = check("Revenue rose 11% to £538m. The wage bill was £312m, equivalent to 78% of revenue.");
  REQUIRE(r.findings.size() == 1);
  CHECK(r.findings[0].relation == "share");
  CHECK(r.findings[0].details[0] == "£312m is 58% of £538m, not 78%");
}

TEST_CASE("the whole is the figure the sentence is about, not one mentioned in passing") {
  std::string text =
      "Revenue at the clubs rose 4% to £6.3bn. Germany's league was second, with revenue of £3.4bn. "
      "Wages rose 6% to £4.2bn, equivalent to 67% of revenue.";
  CHECK(relations(text, "share") == V{"share(whole=£6.3bn, part=£4.2bn)"});
  CHECK(check(text).findings.empty());
}

TEST_CASE("'of the total' names no whole, so nothing is linked") {
  CHECK(relations("Revenue was $130.5bn. China accounted for $17.2bn, or 31 per cent of the total.", "share").empty());
}

TEST_CASE("most of an amount is more than half of it") {
  CHECK(check("Revenue was £6.3bn. More than half came from broadcasting, which brought in £3.4bn.").findings.empty());
  auto r = check("Revenue was £6.3bn. More than half came from broadcasting, which brought in £2.4bn.");
  REQUIRE(r.findings.size() == 1);
  CHECK(r.findings[0].relation == "majority");
  CHECK(relations("Sales were $130.5bn. Data-centre sales made up the bulk of that, at $45.2bn.", "majority") ==
        V{"majority(whole=$130.5bn, part=$45.2bn)"});
}
