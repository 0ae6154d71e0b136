#include <catch2/catch.hpp>

#include "base/decimal.h"
#include "base/interval.h"

using cc::Decimal;

TEST_CASE("decimals parse and print exactly") {
  CHECK(Decimal::parse("5.5")->str() == "5.5");
  CHECK(Decimal::parse("0.001")->str() == "0.001");
  CHECK(Decimal::parse("-12")->str() == "-12");
  CHECK(Decimal::parse("6800000000")->str() == "6800000000");
  CHECK_FALSE(Decimal::parse("1,5"));
  CHECK_FALSE(Decimal::parse(""));
  CHECK(Decimal::parse("2.50")->rational() == "5/2");
}

TEST_CASE("decimal arithmetic is exact") {
  Decimal a = *Decimal::parse("5.45"), b = *Decimal::parse("6.12");
  CHECK((a + b).str() == "11.57");
  CHECK((a - b).str() == "-0.67");
  CHECK((a * Decimal(1000000000)).str() == "5450000000");
  CHECK(Decimal::half_unit(-1).str() == "0.05");
  CHECK(Decimal::half_unit(4).str() == "5000");
  CHECK(Decimal(3) < Decimal(4));
  CHECK(*Decimal::parse("0.1") + *Decimal::parse("0.2") == *Decimal::parse("0.3"));
}

TEST_CASE("intervals print in canonical form") {
  cc::Interval i = cc::Interval::closed(*Decimal::parse("5.45"), *Decimal::parse("5.55"));
  CHECK(i.str() == "[5.45, 5.55]");
  i.hi.infinite = true;
  i.lo.open = true;
  CHECK(i.str() == "(5.45, inf)");
}
