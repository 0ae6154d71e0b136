// Runs tests/data/quantities.jsonl: sentence -> expected figures.
#include <catch2/catch.hpp>

#include <fstream>
#include <iostream>

#include <nlohmann/json.hpp>

#include "baseline.h"
#include "quantity/recognize.h"
#include "text_fixture.h"

namespace {

const cc::Recognizer& recognizer() {
  static const cc::Recognizer r(cc::QuantityLexicon::load(std::string(CLAIMCHECK_RULES_DIR) + "/quantity"),
                                cc::Decimal::from_parts(1, -1));
  return r;
}

// One expected figure against one recognized one; empty when they agree.
std::string mismatch(const nlohmann::json& want, const cc::Quantity& q) {
  if (want["text"] != q.text) return "text '" + q.text + "'";
  if (want["kind"] != std::string(cc::kind_name(q.kind))) return "kind " + std::string(cc::kind_name(q.kind));
  if (want.contains("value")) {
    auto v = cc::Decimal::parse(want["value"].get<std::string>());
    if (v && !(*v == q.value)) return "value " + q.value.str();
  }
  if (want.contains("low") && q.range) {
    auto lo = cc::Decimal::parse(want["low"].get<std::string>());
    if (lo && !(*lo == q.range_low)) return "low " + q.range_low.str();
  }
  if (want.value("unit", "") != q.unit) return "unit '" + q.unit + "'";
  if (want.value("hedge", "=") != std::string(cc::hedge_symbol(q.hedge))) {
    return "hedge " + std::string(cc::hedge_symbol(q.hedge));
  }
  if (want.value("change", "") != std::string(cc::change_name(q.change))) {
    return "change '" + std::string(cc::change_name(q.change)) + "'";
  }
  return "";
}

}  // namespace

TEST_CASE("quantity corpus") {
  std::ifstream in(std::string(CLAIMCHECK_SOURCE_DIR) + "/tests/data/quantities.jsonl");
  REQUIRE(in);
  int total = 0, passed = 0, negatives = 0, negatives_passed = 0, shown = 0;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    auto j = nlohmann::json::parse(line);
    std::string text = j["text"];
    cc::SourceFile f("t", text);
    cc::Document d = cc::read_document(f, cc::InputType::Text, cc::test::segmenter());
    std::vector<cc::Quantity> got;
    for (const cc::Sentence& s : d.sentences) {
      for (auto& q : recognizer().recognize(s)) got.push_back(q);
    }
    const auto& want = j["expect"];
    std::string why;
    if (got.size() != want.size()) {
      why = "found " + std::to_string(got.size()) + " figures, expected " + std::to_string(want.size());
      for (auto& q : got) why += " ['" + q.text + "']";
    }
    for (size_t k = 0; why.empty() && k < got.size(); ++k) why = mismatch(want[k], got[k]);
    ++total;
    bool negative = want.empty();
    negatives += negative;
    if (why.empty()) {
      ++passed;
      negatives_passed += negative;
    } else if (shown++ < 10) {
      std::cerr << "quantity " << j["id"].get<std::string>() << ": " << why << "\n  " << text << "\n";
    }
  }
  std::cerr << "quantity corpus: " << passed << " of " << total << " cases pass (" << negatives_passed << " of "
            << negatives << " negatives)\n";
  CHECK(total >= 400);
  CHECK(passed >= cc::test::baseline("quantities"));
}
