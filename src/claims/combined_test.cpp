#include <catch2/catch.hpp>

#include "pipeline_fixture.h"

using cc::test::check;
using V = std::vector<std::string>;

namespace {

std::vector<std::string> relations(const std::string& text) { return cc::test::relations(text, "combined"); }

}  // namespace

TEST_CASE("a combined total of the figures listed before it") {
  CHECK(relations("A ($3bn), B ($2bn) and C ($1bn) have a combined $6bn.") ==
        V{"combined(part=$3bn, part=$2bn, part=$1bn, total=$6bn)"});
  CHECK(check("A ($3bn), B ($2bn) and C ($1bn) have a combined $6bn.").findings.empty());
  auto r = check("A ($3bn), B ($2bn) and C ($1bn) have a combined $9bn.");
  REQUIRE(r.findings.size() == 1);
  CHECK(r.findings[0].details[0] == "$3bn + $2bn + $1bn = $6bn, not the combined $9bn");
}

TEST_CASE("a counted combination reaches back across sentences") {
  std::string text =
      "Saudi Arabia pledged SR150bn ($40bn). The UAE promised $60bn, and Qatar $20bn. "
      "Together, the three governments have committed $150bn.";
  auto r = check(text);
  REQUIRE(r.findings.size() == 1);
  CHECK(r.findings[0].statements.size() == 3);
}

TEST_CASE("no parts, or an uncounted list in other sentences, is no combination") {
  CHECK(relations("Their voters, a combined 31.5 per cent of the vote, broke for him.").empty());
  CHECK(relations("It spent $2bn and $3bn. Together they employ 30,000 people.").empty());
}
