// Every relation rule file proves itself: each example yields its expected
// relations, each counter-example none, and every rule has both.
#include <catch2/catch.hpp>

#include <algorithm>

#include "pipeline_fixture.h"

TEST_CASE("every relation rule passes its examples") {
  for (const cc::RelationRule& rule : cc::test::pipeline().rules()) {
    INFO("rule " << rule.path);
    bool has_example = std::any_of(rule.examples.begin(), rule.examples.end(), [](auto& e) { return !e.counter; });
    bool has_counter = std::any_of(rule.examples.begin(), rule.examples.end(), [](auto& e) { return e.counter; });
    CHECK(has_example);
    CHECK(has_counter);
    for (const cc::RuleExample& ex : rule.examples) {
      INFO(rule.path << ":" << ex.line << ": " << ex.text);
      cc::SourceFile f("example.md", ex.text);
      cc::ClaimSet set = cc::test::pipeline().claims(cc::test::pipeline().read(f));
      std::vector<std::string> got;
      for (const cc::Relation& r : set.relations) {
        if (r.rule == rule.id) got.push_back(canonical(r, set));
      }
      CHECK(got == ex.expect);
    }
  }
}
