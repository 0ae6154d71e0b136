#include "base/toml_file.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "base/error.h"
#include "base/suggest.h"

namespace cc {

toml::table load_toml(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw UserError::at(path, 0, 0, "cannot open rule file");
  std::stringstream buffer;
  buffer << in.rdbuf();
  std::string text = buffer.str();
  try {
    return toml::parse(text, path);
  } catch (const toml::parse_error& e) {
    const auto& src = e.source();
    throw UserError::at(path, static_cast<int>(src.begin.line), static_cast<int>(src.begin.column),
                        std::string(e.description()));
  }
}

void toml_error(const std::string& path, const toml::node& node, const std::string& message) {
  const auto& src = node.source();
  throw UserError::at(path, static_cast<int>(src.begin.line), static_cast<int>(src.begin.column), message);
}

void toml_check_keys(const std::string& path, const toml::table& table, const std::vector<std::string>& allowed,
                     const std::string& what) {
  for (auto&& [key, node] : table) {
    std::string k(key.str());
    if (std::find(allowed.begin(), allowed.end(), k) != allowed.end()) continue;
    const auto& at = key.source().begin;
    throw UserError::at(path, static_cast<int>(at.line), static_cast<int>(at.column),
                        what + " '" + k + "'" + did_you_mean(k, allowed));
  }
}

std::vector<std::string> toml_strings(const std::string& path, const toml::table& table, std::string_view key) {
  std::vector<std::string> out;
  const toml::node* node = table.get(key);
  if (!node) return out;
  const toml::array* arr = node->as_array();
  if (!arr) toml_error(path, *node, std::string("'") + std::string(key) + "' must be a list of strings");
  for (const toml::node& item : *arr) {
    const auto* s = item.as_string();
    if (!s) toml_error(path, item, std::string("'") + std::string(key) + "' must hold only strings");
    out.push_back(s->get());
  }
  return out;
}

}  // namespace cc
