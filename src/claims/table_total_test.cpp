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
  CHECK(f.message == "Total (row 4) in \"2025 budget\" is £2,010m, but rows 2-3 add up to £2,030m");
  CHECK(f.details.at(0) == "£1,234m + £796m = £2,030m, not £2,010m");
  CHECK(f.statements.size() == 3);  // each cell, named by its place
}

TEST_CASE("a Markdown total that no longer adds up names the column and the cells") {
  std::string md =
      "# Budget\n\n| Unit | Spend ($bn) |\n|---|---:|\n| Chips | 5.5 |\n| Land | 4.0 |\n| Other | 1.5 |\n"
      "| Total | 10.5 |\n";
  auto r = cc::test::check(md);
  REQUIRE(r.findings.size() == 1);
  CHECK(r.findings[0].message == "Total (row 5) in \"Spend ($bn)\" is $10.5bn, but rows 2-4 add up to $11bn");
  CHECK(r.findings[0].details.at(0) == "5.5 + 4.0 + 1.5 = $11bn, not $10.5bn");
  CHECK(r.findings[0].pos.line == 5);  // the first cell of the column
  std::string fixed = md;
  fixed.replace(fixed.find("10.5 |"), 4, "11.0");
  CHECK(cc::test::check(fixed).findings.empty());
}

TEST_CASE("subtotals: a changed cell breaks its group, a changed subtotal the Total too") {
  std::string md =
      "| Line | 2025 ($m) |\n|---|---|\n| Staff | 40 |\n| Energy | 12 |\n| Total operating costs | 52 |\n"
      "| Fleet | 30 |\n| Depots | 8 |\n| Total capital costs | 38 |\n| Total | 90 |\n";
  CHECK(cc::test::check(md).findings.empty());
  std::string cell = md;
  cell.replace(cell.find("| 12 |"), 6, "| 22 |");
  auto r = cc::test::check(cell);
  REQUIRE(r.findings.size() == 1);
  CHECK(r.findings[0].message == "Total operating costs (row 4) in \"2025 ($m)\" is $52m, but rows 2-3 add up to $62m");
  std::string sub = md;
  sub.replace(sub.find("| 38 |"), 6, "| 48 |");
  auto s = cc::test::check(sub);
  CHECK(s.findings.size() == 2);  // the group and the Total: two sets, each naming the subtotal
}

TEST_CASE("a rounding note widens the tolerance but does not silence the check") {
  std::string md = "| Party | Share (%) |\n|---|---|\n| Red | 25.1 |\n| Blue | 25.1 |\n| Green | 25.1 |\n"
                   "| Other | 24.4 |\n| Total | 100.0 |\n";
  // 99.7 at half a unit per figure reaches 99.95 at most: a conflict without the note.
  CHECK(cc::test::check(md).findings.size() == 1);
  std::string noted = md + "\nFigures may not add up because of rounding.\n";
  CHECK(cc::test::check(noted).findings.empty());
  std::string far = noted;
  far.replace(far.find("24.4"), 4, "23.9");  // 99.2: beyond one more unit in the last place
  auto r = cc::test::check(far);
  REQUIRE(r.findings.size() == 1);
  CHECK(r.findings[0].details.at(0).find("allowing for the rounding") != std::string::npos);
}

TEST_CASE("a change column agrees with its two period columns, row by row") {
  std::string md =
      "| Programme | 2024-25 ($m) | 2025-26 ($m) | Change (%) |\n|---|---:|---:|---:|\n"
      "| Bus operations | 412.3 | 438.9 | 6.5 |\n| Road maintenance | 356.1 | 342.7 | -3.8 |\n";
  auto clean = cc::test::check(md);
  CHECK(clean.findings.empty());
  CHECK(clean.claims.relations.size() == 2);
  std::string wrong = md;
  wrong.replace(wrong.find("| 6.5 |"), 7, "| 8.5 |");
  auto r = cc::test::check(wrong);
  REQUIRE(r.findings.size() == 1);
  CHECK(r.findings[0].relation == "table_change");
  CHECK(r.findings[0].message == "the change for Bus operations does not match its two columns");
  CHECK(r.findings[0].details.at(0) == "412.3 to 438.9 is +6.5%, not 8.5%");
}

TEST_CASE("a ranked list out of order names the two items") {
  std::string md = "The five largest buyers last year were:\n\n1. Microsoft: $31bn\n2. Meta: $19bn\n"
                   "3. Amazon: $17bn\n4. Alphabet: $17bn\n5. Oracle: $6bn\n";
  CHECK(cc::test::check(md).findings.empty());
  std::string wrong = md;
  wrong.replace(wrong.find("$17bn\n4."), 5, "$21bn");
  auto r = cc::test::check(wrong);
  REQUIRE(r.findings.size() == 1);
  CHECK(r.findings[0].relation == "list_rank");
  CHECK(r.findings[0].message == "the list is ranked largest first, but item 3 (Amazon) is larger than item 2 (Meta)");
  // In alphabetical order the same figures are no ranking.
  std::string alpha = wrong;
  alpha.replace(alpha.find("last year were"), 14, "in alphabetical order");
  CHECK(cc::test::check(alpha).findings.empty());
}

TEST_CASE("a sentence that restates a table's figure must agree with the cell") {
  std::string md =
      "## Revenue by segment\n\nRevenue rose to $1,973.3m from $1,853.3m, and freight revenue reached "
      "$1,318.2m in 2025.\n\n| Segment | 2024 ($m) | 2025 ($m) |\n|---|---|---|\n| Freight | 1,240.5 | 1,318.2 |\n"
      "| Warehousing | 612.8 | 655.1 |\n| Total | 1,853.3 | 1,973.3 |\n";
  auto clean = cc::test::check(md);
  CHECK(clean.findings.empty());
  std::string wrong = md;
  wrong.replace(wrong.find("reached $1,318.2m"), 17, "reached $1,381.2m");
  auto r = cc::test::check(wrong);
  REQUIRE(r.findings.size() == 1);
  CHECK(r.findings[0].relation == "restatement");
  CHECK(r.findings[0].message == "the text gives $1,381.2m for Freight (2025 ($m)), but the table has $1,318.2m");
  CHECK(r.findings[0].statements.size() == 2);  // the sentence and the cell
}

TEST_CASE("a caption's unit reaches the bare columns, not the counts") {
  std::string md = "## Revenue by segment (in $m)\n\n| Segment | 2025 | Staff |\n|---|---|---|\n"
                   "| Freight | 1,318.2 | 1,200 |\n| Warehousing | 655.1 | 800 |\n| Total | 1,973.3 | 2,000 |\n";
  auto r = cc::test::check(md);
  CHECK(r.findings.empty());
  REQUIRE(r.claims.claims.size() == 6);
  CHECK(r.claims.claims[0].quantity.kind == cc::QuantityKind::Money);
  CHECK(r.claims.claims[0].quantity.value == cc::Decimal(1318200000));
  CHECK(r.claims.claims[1].quantity.kind == cc::QuantityKind::Number);  // "Staff": a count keeps no currency
}

TEST_CASE("a Total column: each row's figures add up to it") {
  std::string md = "| Region | Buses ($m) | Rail ($m) | Total ($m) |\n|---|---|---|---|\n| North | 120 | 80 | 200 |\n"
                   "| South | 90 | 40 | 140 |\n";
  auto r = cc::test::check(md);
  REQUIRE(r.findings.size() == 1);
  CHECK(r.findings[0].message == "the South row's \"Total ($m)\" (column 4) is $140m, but its columns add up to $130m");
}

TEST_CASE("a ranked item's name is cut at a separator, never inside a character") {
  std::string md = "The five largest companies were:\n\n1. Газпром: $100bn\n2. Сбербанк: $50bn\n3. Лукойл: $80bn\n";
  auto r = cc::test::check(md);
  REQUIRE(r.findings.size() == 1);
  CHECK(r.findings[0].message == "the list is ranked largest first, but item 3 (Лукойл) is larger than item 2 (Сбербанк)");
}

TEST_CASE("labelled totals and Total columns that are measures of their own") {
  // "Total assets" under two of the assets: the rows may be a selection.
  CHECK(cc::test::check("| Item | 2024 ($m) |\n|---|---|\n| Cash | 10 |\n| Loans | 80 |\n| Total assets | 100 |\n")
            .findings.empty());
  // ... but not more than it.
  CHECK(cc::test::check("| Item | 2024 ($m) |\n|---|---|\n| Cash | 30 |\n| Loans | 80 |\n| Total assets | 100 |\n")
            .findings.size() == 1);
  // "Total cases" beside new cases is a stock, not the row's sum.
  CHECK(cc::test::check("| Region | New cases | New deaths | Total cases |\n|---|---|---|---|\n| North | 120 | 4 | 9,000 |\n"
                        "| South | 80 | 2 | 7,500 |\n")
            .findings.empty());
  // Figures a thousand orders of magnitude apart do not break the arithmetic.
  CHECK_NOTHROW(cc::test::check("| Item | Value |\n|---|---|\n| A | 1e-99 |\n| B | 9e99 |\n| Total | 8e99 |\n"));
}
