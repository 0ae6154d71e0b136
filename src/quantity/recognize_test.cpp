#include <catch2/catch.hpp>

#include "quantity/format.h"
#include "quantity/recognize.h"
#include "text_fixture.h"

namespace {

const cc::Recognizer& recognizer() {
  static const cc::Recognizer r(cc::QuantityLexicon::load(std::string(CLAIMCHECK_RULES_DIR) + "/quantity"),
                                cc::Decimal::from_parts(1, -1));
  return r;
}

// Canonical dumps of every figure in `text`.
std::vector<std::string> dump(const std::string& text) {
  cc::SourceFile f("t", text);
  cc::Document d = cc::read_document(f, cc::InputType::Text, cc::test::segmenter());
  std::vector<std::string> out;
  for (const auto& s : d.sentences) {
    for (const auto& q : recognizer().recognize(s)) out.push_back(cc::canonical(q) + " \"" + q.text + "\"");
  }
  return out;
}

using V = std::vector<std::string>;

}  // namespace

TEST_CASE("news money with scales and currencies") {
  CHECK(dump("It will invest about $6.8bn.") ==
        V{"money 6800000000 USD ~ [6120000000, 7480000000] \"about $6.8bn\""});
  CHECK(dump("It budgeted Rmb40bn ($5.5bn).") ==
        V{"money 40000000000 CNY = [39500000000, 40500000000] \"Rmb40bn\"",
          "money 5500000000 USD = [5450000000, 5550000000] \"$5.5bn\""});
  CHECK(dump("It raised US$ 12 billion.") == V{"money 12000000000 USD = [11500000000, 12500000000] \"US$ 12 billion\""});
  CHECK(dump("A loan of €3.4mn.") == V{"money 3400000 EUR = [3350000, 3450000] \"€3.4mn\""});
  CHECK(dump("It paid 12bn yuan.") == V{"money 12000000000 CNY = [11500000000, 12500000000] \"12bn yuan\""});
}

TEST_CASE("percentages, points and hedges") {
  CHECK(dump("Its share is 13 per cent.") == V{"percent 13 % = [12.5, 13.5] \"13 per cent\""});
  CHECK(dump("Spending is more than $12bn.") == V{"money 12000000000 USD > (12000000000, inf) \"more than $12bn\""});
  CHECK(dump("Margins widened 1.5 percentage points.") == V{"points 1.5 pp = [1.45, 1.55] \"1.5 percentage points\""});
  CHECK(dump("Sales rose 20% last year.") == V{"percent 20 % = [19.5, 20.5] change=up \"20%\""});
  CHECK(dump("At least 30 percent goes abroad.") == V{"percent 30 % >= [30, inf) \"At least 30 percent\""});
}

TEST_CASE("counts keep their noun and grouped figures their precision") {
  CHECK(dump("It bought 230,000 Nvidia chips, mostly H20s.") ==
        V{"count 230000 chip = [225000, 235000] \"230,000\""});
  CHECK(dump("The app has 71 million monthly active users.") ==
        V{"count 71000000 user = [70500000, 71500000] \"71 million\""});
}

TEST_CASE("years, dates, times, codes and model names are not figures") {
  CHECK(dump("In 2024 it shipped H20 and A100 chips.").empty());
  CHECK(dump("GPT-4 arrived on March 14 at 14:32 GMT.").empty());
  CHECK(dump("Write to Boston, MA 02124.").empty());
}

TEST_CASE("ranges are one figure") {
  CHECK(dump("Guidance is between €13bn and €13.5bn.") ==
        V{"money 13250000000 EUR = [12950000000, 13550000000] \"between €13bn and €13.5bn\""});
  CHECK(dump("Margins of 5-7% are expected.") == V{"percent 6 % = [4.5, 7.5] \"5-7%\""});
}

TEST_CASE("names, codes, addresses and phone numbers are not figures") {
  CHECK(dump("Boeing 737 Max jets were grounded under Section 301.").empty());
  CHECK(dump("The prime minister spoke outside 10 Downing Street.").empty());
  CHECK(dump("For subscriptions call +44 20 7873 3000.").empty());
  CHECK(dump("7-Eleven's parent rejected the bid.").empty());
  // A capitalised word that opens the sentence does not hide the figure.
  CHECK(dump("Some 2,000 staff work there.") == V{"count 2000 staff ~ [1500, 2500] \"Some 2,000\""});
}

TEST_CASE("fractions and multipliers") {
  CHECK(dump("A third of the budget goes to defence.") ==
        V{"ratio 0.333333333333 = [0.3333333333325, 0.3333333333335] \"A third\""});
  CHECK(dump("One in five adults owns crypto.") == V{"ratio 0.2 = [0.1999999999995, 0.2000000000005] \"One in five\""});
  CHECK(dump("In the first quarter of 2025 sales rose.").empty());
  CHECK(dump("Net income doubled.") == V{"multiplier 2 = [1.9999999999995, 2.0000000000005] change=up \"doubled\""});
  CHECK(dump("The stock trades at 3x forward sales.") == V{"multiplier 3 = [2.5, 3.5] \"3x\""});
}

// Values only: the first figure's value in `text`, or "" when there is none.
namespace {
std::string value_of(const std::string& text) {
  cc::SourceFile f("t", text);
  cc::Document d = cc::read_document(f, cc::InputType::Text, cc::test::segmenter());
  for (const auto& s : d.sentences) {
    for (const auto& q : recognizer().recognize(s)) return q.value.str();
  }
  return "";
}
size_t count_of(const std::string& text) { return dump(text).size(); }
}  // namespace

TEST_CASE("number words join across hundreds, thousands, lakhs and crores") {
  CHECK(value_of("They hired twenty-one thousand and twelve people.") == "21012");
  CHECK(value_of("It has seven hundred twenty-one thousand twelve members.") == "721012");
  CHECK(value_of("The fund holds two million three hundred thousand shares.") == "2300000");
  CHECK(value_of("It cost three crore twelve lakh rupees.") == "31200000");
  CHECK(value_of("The state spent three thousand million dollars.") == "3000000000");
  CHECK(value_of("Sales were two point five million units.") == "2500000");
  CHECK(value_of("The ratio was nine point nought four.") == "9.04");
  // "and" joins words only after hundred, thousand...: these stay two figures.
  CHECK(count_of("It sells two and three bedroom flats.") == 2);
}

TEST_CASE("fractions and dozens in words") {
  CHECK(value_of("The trip took two and a half years.") == "2.5");
  CHECK(value_of("It lost half a million customers.") == "500000");
  CHECK(value_of("A quarter of a million jobs were lost.") == "250000");
  CHECK(value_of("Three fifths of voters agreed.") == "0.6");
  CHECK(value_of("They bought three hundred and two dozen eggs.") == "324");
  CHECK(value_of("A couple of analysts downgraded it.") == "2");
  CHECK(dump("A couple of analysts downgraded it.") ==
        V{"count 2 analyst ~ [1.5, 2.5] \"A couple\""});
  // Plural quarters name periods unless "of" follows.
  CHECK(count_of("Sales fell for three quarters in a row.") == 1);
  CHECK(value_of("Sales fell for three quarters in a row.") == "3");
}

TEST_CASE("negatives, bare decimals, exponents and fractions in digits") {
  CHECK(value_of("Margins were -3.2% last year.") == "-3.2");
  CHECK(value_of("The balance was minus 5 points.") == "-5");
  CHECK(value_of("(-12) in the table") == "-12");
  CHECK(count_of("Covid-19 cases and a 3-1 win.") == 0);
  CHECK(value_of("A .300 hitter") == "0.3");
  CHECK(value_of("About 1.3e6 doses") == "1300000");
  CHECK(value_of("Some 3/4 of the budget") == "0.75");
  CHECK(value_of("The bond priced at 101 1/4 today") == "101.25");
  // A date, "24/7" and "2019/20" are not fractions.
  CHECK(count_of("The meeting on 3/4 was short.") == 0);
  CHECK(count_of("The desk runs 24/7.") == 0);
  CHECK(value_of("Plus or minus 3% is the margin.") == "3");
}

TEST_CASE("amounts in two units, thin-space grouping and more currencies") {
  CHECK(value_of("It only cost 3 dollars 50 cents.") == "3.5");
  CHECK(value_of("It cost thirteen dollars and forty-five cents.") == "13.45");
  CHECK(value_of("The fare is $20 and 43c.") == "20.43");
  CHECK(value_of("A 12-cent-a-share dividend") == "0.12");
  CHECK(value_of("The fine was \xe2\x82\xac" "1\xe2\x80\x89" "250\xe2\x80\x89" "000.") == "1250000");
  CHECK(value_of("The fine was \xe2\x82\xac" "1 250 000.") == "1250000");
  CHECK(dump("It paid 42 MYR and RM42.").size() == 2);
  CHECK(dump("Reserves of 100,000 \xe2\x82\xad") == V{"money 100000 LAK = [50000, 150000] \"100,000 \xe2\x82\xad\""});
  CHECK(value_of("It costs a dollar.") == "1");
  CHECK(count_of("It won a $48.2 million contract.") == 1);
  CHECK(value_of("forty-five (45) days") == "45");
  CHECK(count_of("forty-five (45) days") == 1);
  // "10-year bonds" is a tenor; a plain space between figures is not grouping.
  CHECK(count_of("It sold 10-year bonds.") == 0);
  CHECK(count_of("On May 5 200 people marched.") == 1);
}

TEST_CASE("review regressions: double negatives, road numbers, weekday dates") {
  CHECK(value_of("Revenue fell -3.2% last year.") == "3.2");
  CHECK(count_of("Tolls on SR 520 and SR 99 rise in July.") == 0);
  CHECK(count_of("The meeting on Friday 3/4 was short.") == 0);
}
