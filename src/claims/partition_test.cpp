#include <catch2/catch.hpp>

#include "pipeline_fixture.h"

namespace {

std::vector<std::string> relations(const std::string& text) { return cc::test::relations(text, "partition"); }

}  // namespace
using V = std::vector<std::string>;
using cc::test::check;

TEST_CASE("shares with 'the rest' partition 100%") {
  CHECK(relations("Sixty per cent goes to Huawei, the rest, 30 per cent, to Nvidia.") ==
        V{"partition(part=Sixty per cent, rest=30 per cent)"});
  CHECK(relations("About 60 percent goes to local suppliers. The rest goes to Nvidia.") ==
        V{"partition(part=About 60 percent)"});
}

TEST_CASE("amounts after 'of that' are parts of the figure before") {
  CHECK(relations("It will spend $10bn. Of that, $5.5bn is for chips and $3bn for land.") ==
        V{"partition(total=$10bn, part=$5.5bn, part=$3bn)"});
  CHECK(relations("A budget of £4.2bn, of which £1.6bn is for schools.") ==
        V{"partition(total=£4.2bn, part=£1.6bn)"});
}

TEST_CASE("a converted amount is used in the total's currency") {
  CHECK(relations("It will spend $10bn. Of that, Rmb40bn ($5.5bn) is for chips.") ==
        V{"partition(total=$10bn, part=$5.5bn)"});
}

TEST_CASE("comparisons and changes are not parts") {
  CHECK(relations("Sales rose 12 percent, while the rest of the market grew 3 percent.").empty());
  CHECK(relations("It will spend $10bn. Of that, $5bn is for chips, up from $3bn last year.") ==
        V{"partition(total=$10bn, part=$5bn)"});
}

TEST_CASE("a rest with no figure of its own leaves the parts at most the total") {
  // "the rest were sold by existing shareholders": 30mn of 40mn is fine
  CHECK(check("The company sold 40mn shares in its IPO. Of those, 30mn were new shares and the rest were sold by "
              "existing shareholders.")
            .findings.empty());
  // but the parts may not exceed it
  CHECK(check("The company sold 40mn shares in its IPO. Of those, 45mn were new shares and the rest were sold by "
              "existing shareholders.")
            .findings.size() == 1);
  // a bare number split off a count is of the count's unit
  CHECK(check("Halvorsen delivered 148,000 vehicles. Of those, 81,000 went to Europe and 39,000 to China, with the "
              "rest, 38,000, sold in North America.")
            .findings.size() == 1);
}
