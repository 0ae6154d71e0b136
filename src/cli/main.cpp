// claimcheck: finds numeric claims in a draft that cannot all be true.
#include <algorithm>
#include <iostream>
#include <string>

#include "base/error.h"
#include "base/suggest.h"
#include "cli/commands.h"

namespace cc {

const std::vector<Command>& commands() {
  static const std::vector<Command> kCommands = {
      {"check", "check files for contradicting figures", setup_check},
      {"extract", "list every figure recognized in files", setup_extract},
      {"explain", "show every claim, relation and constraint, and the verdict", setup_explain},
      {"rules", "test or list the rule files", setup_rules},
  };
  return kCommands;
}

namespace {

int run(int argc, char** argv) {
  CLI::App app{"claimcheck: finds numeric claims in a draft that cannot all be true"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "claimcheck 0.1.0");
  std::function<int()> action;
  for (const Command& c : commands()) {
    CLI::App* sub = app.add_subcommand(c.name, c.help);
    auto run_fn = std::make_shared<std::function<int()>>(c.setup(*sub));
    sub->callback([run_fn, &action] { action = *run_fn; });
  }
  if (argc > 1 && argv[1][0] != '-') {
    std::string given = argv[1];
    std::vector<std::string> names;
    for (const Command& c : commands()) names.emplace_back(c.name);
    if (std::find(names.begin(), names.end(), given) == names.end()) {
      std::cerr << "claimcheck: error: unknown command '" << given << "'" << did_you_mean(given, names) << "\n";
      return 2;
    }
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::Success& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::cerr << "claimcheck: error: " << e.what() << "\n";
    return 2;
  }
  return action ? action() : 2;
}

}  // namespace
}  // namespace cc

int main(int argc, char** argv) {
  try {
    return cc::run(argc, argv);
  } catch (const cc::UserError& e) {
    std::cerr << e.what() << "\n";
    return 2;
  } catch (const std::exception& e) {
    std::cerr << "claimcheck: internal error: " << e.what() << "\n";
    return 3;
  }
}
