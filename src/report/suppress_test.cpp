#include <catch2/catch.hpp>

#include "pipeline_fixture.h"

using cc::test::check;

namespace {

const char* kConflict = "It will spend $9bn.\nOf that, $5.5bn is for chips and $6.8bn for land.\n";

}  // namespace

TEST_CASE("a conflict is reported without a suppression comment") {
  CHECK(check(kConflict).findings.size() == 1);
}

TEST_CASE("disable-next-line silences a conflict that a statement on that line is part of") {
  auto r = check(std::string("<!-- claimcheck-disable-next-line partition -->\n") + kConflict);
  CHECK(r.findings.empty());
  CHECK(r.suppressed == 1);
  // Another rule named: not silenced.
  CHECK(check(std::string("<!-- claimcheck-disable-next-line conversion -->\n") + kConflict).findings.size() == 1);
}

TEST_CASE("disable and enable bracket a region") {
  CHECK(check(std::string("<!-- claimcheck-disable -->\n") + kConflict + "<!-- claimcheck-enable -->\n").findings.empty());
  auto after = check(std::string("<!-- claimcheck-disable -->\nNothing here.\n<!-- claimcheck-enable -->\n") + kConflict);
  CHECK(after.findings.size() == 1);
}
