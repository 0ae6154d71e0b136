// Figures outside prose never become claims: code, link targets, front
// matter, HTML comments, scripts. Each input plants a contradiction there.
#include <catch2/catch.hpp>

#include "pipeline_fixture.h"

namespace {

size_t claims_in(const std::string& text, const std::string& path = "t.md") {
  cc::SourceFile f(path, text);
  return cc::test::pipeline().claims(cc::test::pipeline().read(f)).claims.size();
}

const char* kProse = "It will spend $9bn this year.\n\n";

}  // namespace

TEST_CASE("a contradiction planted outside prose is not reported") {
  const std::vector<std::string> planted = {
      "```\nOf that, $5.5bn is for chips and $6.8bn for land.\n```\n",
      "    Of that, $5.5bn is for chips and $6.8bn for land.\n",
      "<!-- Of that, $5.5bn is for chips and $6.8bn for land. -->\n",
      "Of that, `$5.5bn` is for chips and `$6.8bn` for land.\n",
      "Of that, see [the plan](https://example.com/$5.5bn/$6.8bn).\n",
  };
  for (const std::string& p : planted) {
    INFO(p);
    auto r = cc::test::check(kProse + p);
    CHECK(r.findings.empty());
  }
  std::string front = "---\nbudget: $9bn\nchips: $5.5bn\nland: $6.8bn\n---\nIt will spend $9bn this year.\n";
  CHECK(claims_in(front) == 1);
  std::string html =
      "<p>It will spend $9bn this year.</p><script>var t = 'Of that, $5.5bn and $6.8bn';</script>"
      "<!-- Of that, $5.5bn is for chips and $6.8bn for land. -->";
  CHECK(claims_in(html, "t.html") == 1);
}

TEST_CASE("the same text in prose is reported, so the test above can fail") {
  auto r = cc::test::check(std::string(kProse) + "Of that, $5.5bn is for chips and $6.8bn for land.\n");
  CHECK(r.findings.size() == 1);
}
