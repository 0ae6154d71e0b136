#include "cli/rule_check.h"

#include <algorithm>
#include <filesystem>

#include <fmt/format.h>

namespace cc {
namespace {

bool below(const std::string& path, const std::vector<std::string>& dirs) {
  if (dirs.empty()) return true;
  namespace fs = std::filesystem;
  std::error_code ec;
  std::string file = fs::weakly_canonical(path, ec).string();
  for (const std::string& d : dirs) {
    std::string dir = fs::weakly_canonical(d, ec).string();
    if (file.compare(0, dir.size(), dir) == 0) return true;
  }
  return false;
}

std::string list(const std::vector<std::string>& v) {
  std::string out = "[";
  for (size_t i = 0; i < v.size(); ++i) out += (i ? ", " : "") + v[i];
  return out + "]";
}

}  // namespace

RuleCheckResult check_rules(const Pipeline& pipeline, const std::vector<std::string>& dirs) {
  RuleCheckResult result;
  for (const RelationRule& rule : pipeline.rules()) {
    if (!below(rule.path, dirs)) continue;
    ++result.rules;
    bool example = std::any_of(rule.examples.begin(), rule.examples.end(), [](auto& e) { return !e.counter; });
    bool counter = std::any_of(rule.examples.begin(), rule.examples.end(), [](auto& e) { return e.counter; });
    if (!example) result.failures.push_back({rule.path + ":1", "rule has no [[example]]"});
    if (!counter) result.failures.push_back({rule.path + ":1", "rule has no [[counter_example]]"});
    for (const RuleExample& ex : rule.examples) {
      ++result.examples;
      SourceFile file("example.md", ex.text);
      ClaimSet set = pipeline.claims(pipeline.read(file));
      std::vector<std::string> got;
      for (const Relation& r : set.relations) {
        if (r.rule == rule.id) got.push_back(canonical(r, set));
      }
      if (got == ex.expect) {
        ++result.passed;
        continue;
      }
      result.failures.push_back({fmt::format("{}:{}", rule.path, ex.line),
                                 fmt::format("{}: expected {}, got {}\n    text: {}",
                                             ex.counter ? "counter-example" : "example", list(ex.expect), list(got),
                                             ex.text)});
    }
  }
  return result;
}

}  // namespace cc
