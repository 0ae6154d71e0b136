// claimcheck rules test [DIR...] | rules list: the rule files and their examples.
#include <filesystem>
#include <iostream>
#include <memory>

#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/pipeline.h"
#include "cli/rule_check.h"

namespace cc {
namespace {

struct RulesArgs {
  std::vector<std::string> dirs;
  std::string rules_dir;
  bool test = false, list = false;
};

int run_rules(const RulesArgs& a) {
  PipelineOptions po;
  po.rules_dir = a.rules_dir.empty() ? default_rules_dir() : a.rules_dir;
  // Folders named that are not inside the shipped ones are a user's own rules.
  namespace fs = std::filesystem;
  std::error_code ec;
  std::string shipped = fs::weakly_canonical(po.rules_dir, ec).string();
  for (const std::string& d : a.dirs) {
    std::string path = fs::weakly_canonical(d, ec).string();
    bool inside = path == shipped || path.compare(0, shipped.size() + 1, shipped + "/") == 0;
    if (!inside) po.extra_rule_dirs.push_back(d);
  }
  Pipeline pipeline(po);
  if (a.list) {
    for (const RelationRule& r : pipeline.rules()) {
      std::string how = r.patterns.empty() ? "code" : fmt::format("{} pattern{}", r.patterns.size(),
                                                                  r.patterns.size() == 1 ? "" : "s");
      std::cout << fmt::format("{:<24} {:<12} {:<11} {}\n", r.id, r.kind, how, r.description);
    }
    return 0;
  }
  RuleCheckResult r = check_rules(pipeline, a.dirs);
  for (const RuleFailure& f : r.failures) std::cout << fmt::format("FAIL {}: {}\n", f.where, f.message);
  size_t failed = r.examples - r.passed;
  std::cout << fmt::format("{} rules, {} examples\n{} passed, {} failed\n", r.rules, r.examples, r.passed, failed);
  return r.failures.empty() ? 0 : 1;
}

}  // namespace

std::function<int()> setup_rules(CLI::App& app) {
  auto a = std::make_shared<RulesArgs>();
  app.require_subcommand(1);
  CLI::App* test = app.add_subcommand("test", "run every rule's examples and counter-examples");
  test->add_option("dirs", a->dirs, "rule folders to test (default: all loaded rules)");
  test->add_option("--rules-dir", a->rules_dir, "rules directory (default: the built-in one)");
  test->callback([a] { a->test = true; });
  CLI::App* list = app.add_subcommand("list", "list every rule with its kind and description");
  list->add_option("--rules-dir", a->rules_dir, "rules directory (default: the built-in one)");
  list->callback([a] { a->list = true; });
  return [a] { return run_rules(*a); };
}

}  // namespace cc
