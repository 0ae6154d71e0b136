#include <catch2/catch.hpp>

#include "pipeline_fixture.h"

using cc::test::check;
using cc::test::relations;
using V = std::vector<std::string>;

TEST_CASE("a lead in points is the difference of two shares") {
  CHECK(check("Brandt leads Keller by 4 points. Brandt has 48 per cent and Keller 44 per cent.").findings.empty());
  auto r = check("Brandt leads Keller by 14 points. Brandt has 48 per cent and Keller 44 per cent.");
  REQUIRE(r.findings.size() == 1);
  CHECK(r.findings[0].relation == "difference");
  CHECK(r.findings[0].details[0] == "48% - 44% = 4 points, not 14 points");
}

TEST_CASE("an amount ahead of a forecast, about the figure before") {
  std::string base = "Profit will be £1.62bn, up from guidance of £1.55bn. That is £{}m ahead of the forecast of £1.54bn.";
  auto with = [&](const char* gap) { return std::string(base).replace(base.find("{}"), 2, gap); };
  CHECK(check(with("80")).findings.empty());
  CHECK(check(with("280")).findings.size() == 1);
}

TEST_CASE("a margin of error is no gap, and three shares name no pair") {
  CHECK(relations("Brandt has 48 per cent and Keller 46 per cent, with a margin of error of 3.1 points.",
                  "difference").empty());
  CHECK(relations("Labour leads by 6 points: it has 34 per cent, the Tories 28 per cent, Reform 19 per cent.",
                  "difference").empty());
}
