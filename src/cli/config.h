// .claimcheck.toml: settings for a repository, found by walking up from the
// checked path. Command-line options override it.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace cc {

struct Config {
  std::string path;                    // the file read; empty when none
  std::optional<std::string> fail_on;  // "error" | "warning"
  std::optional<double> tolerance;
  std::optional<int> max_conflicts;
  std::optional<double> min_confidence;
  std::vector<std::string> rule_dirs;  // extra relation rule folders, relative to the file
  std::vector<std::string> disable;    // rule ids switched off
  std::vector<std::string> include, exclude;
};

// The nearest .claimcheck.toml in `start`'s directory or above, or nullopt.
std::optional<std::string> find_config(const std::string& start);

// Reads a config file; an unknown key or a wrong type throws UserError at
// its line and column.
Config load_config(const std::string& path);

}  // namespace cc
