// Subcommands of the claimcheck command line, one file each.
#pragma once

#include <CLI/CLI.hpp>

#include <functional>
#include <string>
#include <vector>

namespace cc {

// A subcommand: registers its options on `app` and returns the function
// that runs it (returning the process exit code).
struct Command {
  const char* name;
  const char* help;
  std::function<std::function<int()>(CLI::App&)> setup;
};

// The table of every subcommand.
const std::vector<Command>& commands();

std::function<int()> setup_check(CLI::App& app);
std::function<int()> setup_extract(CLI::App& app);
std::function<int()> setup_rules(CLI::App& app);
std::function<int()> setup_explain(CLI::App& app);

}  // namespace cc
