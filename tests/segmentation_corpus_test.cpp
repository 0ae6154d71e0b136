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

// Every sentence of every case maps back to the exact original bytes: spans
// are in order, on character boundaries, and each byte of normalized text
// that was copied verbatim is the byte at its mapped offset.
TEST_CASE("segmentation spans map back to the original bytes") {
  std::ifstream in(std::string(CLAIMCHECK_SOURCE_DIR) + "/tests/data/segmentation.jsonl");
  REQUIRE(in);
  std::string line;
  int cases = 0;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    auto j = nlohmann::json::parse(line);
    std::string input = j["input"];
    cc::InputType type = j.value("type", "text") == "markdown" ? cc::InputType::Markdown : cc::InputType::Text;
    cc::SourceFile f("t", input);
    cc::Document d = cc::read_document(f, type, cc::test::segmenter());
    INFO(j["id"].get<std::string>());
    size_t previous_end = 0;
    for (const cc::Sentence& s : d.sentences) {
      REQUIRE(s.start < s.end);
      REQUIRE(s.end <= input.size());
      CHECK(s.start >= previous_end);
      CHECK((s.start == input.size() || (static_cast<unsigned char>(input[s.start]) & 0xC0) != 0x80));
      CHECK((s.end == input.size() || (static_cast<unsigned char>(input[s.end]) & 0xC0) != 0x80));
      previous_end = s.end;
      for (size_t i = 0; i < s.text.size(); ++i) {
        size_t at = s.map.start_of(i);
        REQUIRE(at < input.size());
        CHECK(at >= s.start);
        CHECK(at < s.end);
        unsigned char c = static_cast<unsigned char>(s.text[i]);
        if (c < 0x80 && c != ' ' && c != '-' && c != '\'' && c != '"' && c != '.' && c != '%' && c != ',' &&
            c != '$' && !(c >= '0' && c <= '9')) {
          CHECK(input[at] == s.text[i]);  // plain letters are never rewritten
        }
      }
    }
    ++cases;
  }
  CHECK(cases >= 300);
}

// A 10 MB line with no break at all is read in one pass, not refused.
TEST_CASE("a 10 MB single line is segmented") {
  std::string sentence = "Revenue rose 5% to $1.2bn in the quarter, the company said on Monday ";
  std::string text;
  while (text.size() < 10'000'000) text += sentence;
  std::vector<std::string> got = cc::test::sentences(text);
  REQUIRE(got.size() == 1);
  CHECK(got[0].size() == text.size() - 1);  // the trailing space is trimmed
}
