// Loading a TOML data file with errors in compiler form (file:line:col).
#pragma once

#include <string>
#include <vector>

#include <toml++/toml.h>

namespace cc {

// Parses the TOML file at `path`; a missing file or a syntax error throws
// UserError "path:line:col: error: ...".
toml::table load_toml(const std::string& path);

// Throws UserError at the source position of `node` inside file `path`.
[[noreturn]] void toml_error(const std::string& path, const toml::node& node, const std::string& message);

// Throws at the first key of `table` not in `allowed`: "<what> 'key'" and a
// "did you mean" ("unknown key 'exmaple' (did you mean 'example'?)").
void toml_check_keys(const std::string& path, const toml::table& table, const std::vector<std::string>& allowed,
                     const std::string& what);

// Reads table[key] as a list of strings; a missing key gives an empty list,
// anything but an array of strings is an error at its position.
std::vector<std::string> toml_strings(const std::string& path, const toml::table& table, std::string_view key);

}  // namespace cc
