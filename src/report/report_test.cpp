#include <catch2/catch.hpp>

#include <sstream>

#include <nlohmann/json.hpp>

#include "pipeline_fixture.h"
#include "report/report.h"

namespace {

const char* kText = "It will spend $9bn.\nOf that, $5.5bn is for chips and $6.8bn for land.\n";

}  // namespace

TEST_CASE("text report reads like a compiler diagnostic") {
  cc::SourceFile f("d.md", kText);
  auto r = cc::test::pipeline().check(f);
  std::ostringstream out;
  cc::write_text(out, r, f, false);
  std::string s = out.str();
  CHECK(s.rfind("d.md:1:15: error: the parts add up to more than the stated total [partition]\n", 0) == 0);
  CHECK(s.find("1 | It will spend $9bn.\n  |               ^^^^\n") != std::string::npos);
  CHECK(s.find("= $5.5bn + $6.8bn = $12.3bn") != std::string::npos);
  CHECK(s.find("= help: the total would need to be at least $12.2bn") != std::string::npos);
}

TEST_CASE("a very long line is shown as windows around its figures") {
  std::string filler;
  for (int i = 0; i < 20000; ++i) filler += "with more words ";
  std::string text = "It will spend $9bn, of which $5.5bn is for chips " + filler + "and $6.8bn for land.\n";
  cc::SourceFile f("long.md", text);
  auto r = cc::test::pipeline().check(f);
  REQUIRE(r.findings.size() == 1);
  std::ostringstream out;
  cc::write_text(out, r, f, false);
  std::string s = out.str();
  CHECK(s.size() < 2000);  // not the 400 KB line
  // Two windows: the first two figures, then the last, ten characters of context each.
  CHECK(s.find("1 | ... ill spend $9bn, of which $5.5bn is for ch ... words and $6.8bn for land.\n") !=
        std::string::npos);
  // The carets sit under the figures: "$9bn" and "$5.5bn" ... "$6.8bn".
  size_t shown = s.find("1 | "), carets = s.find("\n  | ", shown) + 5;
  std::string line = s.substr(shown + 4, s.find('\n', shown) - shown - 4);
  std::string marks = s.substr(carets, s.find('\n', carets) - carets);
  for (const char* figure : {"$9bn", "$5.5bn", "$6.8bn"}) {
    size_t at = line.find(figure);
    REQUIRE(at != std::string::npos);
    CHECK(marks.substr(at, std::string(figure).size()) == std::string(std::string(figure).size(), '^'));
  }
}

TEST_CASE("JSON follows the output contract") {
  cc::SourceFile f("d.md", kText);
  std::vector<cc::FileResult> results{cc::test::pipeline().check(f)};
  std::ostringstream out;
  cc::write_json(out, results);
  auto j = nlohmann::json::parse(out.str());
  CHECK(j["version"] == 1);
  REQUIRE(j["files"].size() == 1);
  auto& c = j["files"][0]["conflicts"][0];
  CHECK(c["severity"] == "error");
  CHECK(c["relation"] == "partition");
  REQUIRE(c["statements"].size() == 2);
  CHECK(c["statements"][0]["start"] == 0);
  CHECK(c["statements"][0]["end"] == 19);
  CHECK(c["statements"][0]["line"] == 1);
  CHECK(c["statements"][1]["text"] == "Of that, $5.5bn is for chips and $6.8bn for land.");
  CHECK(c["claims"] == nlohmann::json::array({"c1", "c2", "c3"}));
  CHECK(j["summary"]["conflicts"] == 1);
  CHECK(j["summary"]["errors"] == 1);
  CHECK(j["files"][0]["claims"][0]["text"] == "$9bn");
}
