// Every relation rule file proves itself: each example yields its expected
// relations, each counter-example none, and every rule has both.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "cli/rule_check.h"
#include "pipeline_fixture.h"

TEST_CASE("every relation rule passes its examples") {
  cc::RuleCheckResult r = cc::check_rules(cc::test::pipeline());
  for (const cc::RuleFailure& f : r.failures) FAIL_CHECK(f.where << ": " << f.message);
  CHECK(r.rules >= 6);
  CHECK(r.examples >= 2 * r.rules);
  CHECK(r.passed == r.examples);
}

TEST_CASE("a rule without a counter-example fails the check") {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / "claimcheck-rule-check-test";
  fs::remove_all(dir);
  fs::create_directories(dir);
  {
    std::ofstream out(dir / "lonely.toml");
    out << "kind = \"partition\"\n[cues]\nrest = [\"what is left\"]\n[[example]]\n"
           "text = \"A gets 60 per cent; what is left, 40 per cent, goes to B.\"\n"
           "expect = [\"partition(part=60 per cent, rest=40 per cent)\"]\n";
  }
  cc::PipelineOptions o;
  o.rules_dir = CLAIMCHECK_RULES_DIR;
  o.extra_rule_dirs = {dir.string()};
  cc::Pipeline p(o);
  cc::RuleCheckResult r = cc::check_rules(p, {dir.string()});
  CHECK(r.rules == 1);
  CHECK(r.passed == 1);
  REQUIRE(r.failures.size() == 1);
  CHECK(r.failures[0].message == "rule has no [[counter_example]]");
}
