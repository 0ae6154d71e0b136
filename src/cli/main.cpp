// claimcheck: finds numeric claims in a draft that cannot all be true.
#include <iostream>
#include <string>

#include "base/error.h"
#include "cli/commands.h"

namespace cc {

const std::vector<Command>& commands() {
  static const std::vector<Command> kCommands = {
      {"check", "check files for contradicting figures", setup_check},
      {"extract", "list every figure recognized in files", setup_extract},
      {"rules", "test or list the rule files", setup_rules},
  };
  return kCommands;
}

namespace {

size_t edit_distance(const std::string& a, const std::string& b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t prev = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t cur = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] == b[j - 1] ? 0 : 1)});
      prev = cur;
    }
  }
  return row[b.size()];
}

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
    bool known = false;
    std::string best;
    size_t best_d = 3;
    for (const Command& c : commands()) {
      known = known || given == c.name;
      size_t d = edit_distance(given, c.name);
      if (d < best_d) {
        best_d = d;
        best = c.name;
      }
    }
    if (!known) {
      std::cerr << "claimcheck: error: unknown command '" << given << "'"
                << (best.empty() ? "" : " (did you mean '" + best + "'?)") << "\n";
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
