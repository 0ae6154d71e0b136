#include <catch2/catch.hpp>

#include "pipeline_fixture.h"

namespace {

cc::FileResult check_html(const std::string& html) {
  return cc::test::pipeline().check(cc::SourceFile("t.html", html));
}

}  // namespace

TEST_CASE("an HTML table's Total row is checked like a Markdown one") {
  std::string ok =
      "<table><tr><th>Department</th><th>2025 budget</th></tr>"
      "<tr><td>Schools</td><td>£1,234m</td></tr><tr><td>Roads</td><td>£776m</td></tr>"
      "<tr><td>Total</td><td>£2,010m</td></tr></table>";
  auto clean = check_html(ok);
  REQUIRE(clean.claims.relations.size() == 1);
  CHECK(clean.claims.relations[0].family == "table_total");
  CHECK(clean.findings.empty());
  std::string wrong = ok;
  wrong.replace(wrong.find("£776m"), std::string("£776m").size(), "£796m");
  auto r = check_html(wrong);
  REQUIRE(r.findings.size() == 1);
  const cc::Finding& f = r.findings[0];
  CHECK(f.relation == "table_total");
  CHECK(f.message == "the rows of \"2025 budget\" do not add up to the Total row");
  CHECK(f.details.at(0) == "£1,234m + £796m = £2,030m, not £2,010m");
  CHECK(f.statements.size() == 3);  // each cell, named by its place
}

TEST_CASE("a Markdown total that no longer adds up names the column and the cells") {
  std::string md =
      "# Budget\n\n| Unit | Spend ($bn) |\n|---|---:|\n| Chips | 5.5 |\n| Land | 4.0 |\n| Other | 1.5 |\n"
      "| Total | 10.5 |\n";
  auto r = cc::test::check(md);
  REQUIRE(r.findings.size() == 1);
  CHECK(r.findings[0].message == "the rows of \"Spend ($bn)\" do not add up to the Total row");
  CHECK(r.findings[0].details.at(0) == "5.5 + 4.0 + 1.5 = 11, not 10.5");
  CHECK(r.findings[0].pos.line == 5);  // the first cell of the column
  std::string fixed = md;
  fixed.replace(fixed.find("10.5 |"), 4, "11.0");
  CHECK(cc::test::check(fixed).findings.empty());
}
