// Runs tests/data/segmentation.jsonl: input -> expected sentences.
#include <catch2/catch.hpp>

#include <fstream>
#include <iostream>

#include <nlohmann/json.hpp>

#include "baseline.h"
#include "text_fixture.h"

TEST_CASE("segmentation corpus") {
  std::ifstream in(std::string(CLAIMCHECK_SOURCE_DIR) + "/tests/data/segmentation.jsonl");
  REQUIRE(in);
  int total = 0, passed = 0, shown = 0;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    auto j = nlohmann::json::parse(line);
    std::string input = j["input"];
    cc::InputType type = j.value("type", "text") == "markdown" ? cc::InputType::Markdown : cc::InputType::Text;
    std::vector<std::string> want = j["sentences"];
    std::vector<std::string> got = cc::test::sentences(input, type);
    // Bullet markers are not part of a sentence's span; compare trimmed text.
    ++total;
    if (got == want) {
      ++passed;
    } else if (shown++ < 15) {
      std::cerr << "segmentation " << j["id"].get<std::string>() << ":\n";
      for (auto& s : got) std::cerr << "  got:  " << s << "\n";
      for (auto& s : want) std::cerr << "  want: " << s << "\n";
    }
  }
  std::cerr << "segmentation corpus: " << passed << " of " << total << " cases pass\n";
  CHECK(total >= 300);
  CHECK(passed >= cc::test::baseline("segmentation"));
}
