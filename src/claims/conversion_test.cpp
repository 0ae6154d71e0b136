#include <catch2/catch.hpp>

#include "pipeline_fixture.h"

using cc::test::check;
using cc::test::relations;
using V = std::vector<std::string>;

TEST_CASE("two conversions of one currency pair share a rate") {
  auto r = check("It set aside Rmb85bn ($11.7bn) for China. Of that, Rmb40bn ($5.5bn) goes on chips.");
  CHECK(r.findings.empty());
}

TEST_CASE("conversions at rates that cannot be the same conflict") {
  auto r = check("It set aside Rmb85bn ($11.7bn) for China.\n\nOf that, Rmb60bn ($5.5bn) goes on chips.");
  REQUIRE(r.findings.size() == 1);
  const auto& f = r.findings[0];
  CHECK(f.relation == "conversion");
  CHECK(f.severity == cc::Severity::Error);
  CHECK(f.statements.size() == 2);
  CHECK(f.claims == V{"c1", "c2", "c3", "c4"});
}

TEST_CASE("a single conversion, or amounts in one currency, state no rate") {
  CHECK(relations("It set aside Rmb85bn ($11.7bn) for China.").empty());
  CHECK(relations("It spent $5bn in 2024 and $7bn in 2025.").empty());
}
