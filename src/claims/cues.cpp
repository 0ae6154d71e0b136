#include "claims/cues.h"

#include <algorithm>
#include <filesystem>

#include "base/error.h"
#include "base/suggest.h"
#include "base/toml_file.h"
#include "claims/extract.h"

namespace cc {
namespace {

RelationRule load_one(const std::string& path, const std::string& id) {
  toml::table root = load_toml(path);
  RelationRule rule;
  rule.id = id;
  rule.path = path;
  const toml::node* kind = root.get("kind");
  if (!kind || !kind->as_string()) throw UserError::at(path, 1, 1, "rule needs kind = \"<relation kind>\"");
  rule.kind = kind->as_string()->get();
  if (!find_relation_kind(rule.kind)) {
    toml_error(path, *kind, "unknown relation kind '" + rule.kind + "'" + did_you_mean(rule.kind, relation_kind_names()));
  }
  static const std::vector<std::string> kTopKeys = {"kind", "description", "cues", "example", "counter_example"};
  for (auto&& [key, node] : root) {
    std::string k(key.str());
    if (std::find(kTopKeys.begin(), kTopKeys.end(), k) == kTopKeys.end()) {
      const auto& at = key.source().begin;
      throw UserError::at(path, static_cast<int>(at.line), static_cast<int>(at.column),
                          "unknown key '" + k + "'" + did_you_mean(k, kTopKeys));
    }
  }
  if (const toml::node* d = root.get("description")) {
    if (!d->as_string()) toml_error(path, *d, "'description' must be a string");
    rule.description = d->as_string()->get();
  }
  if (const toml::node* cues = root.get("cues")) {
    const toml::table* t = cues->as_table();
    if (!t) toml_error(path, *cues, "'cues' must be a table of name = [phrases]");
    const std::vector<std::string>& allowed = *relation_kind_cues(rule.kind);
    for (auto&& [name, list] : *t) {
      std::string n(name.str());
      if (std::find(allowed.begin(), allowed.end(), n) == allowed.end()) {
        const auto& at = name.source().begin;
        throw UserError::at(path, static_cast<int>(at.line), static_cast<int>(at.column),
                            "kind " + rule.kind + " reads no cue list '" + n + "'" + did_you_mean(n, allowed));
      }
      PhraseTable<int>& table = rule.cues[n];
      for (const std::string& phrase : toml_strings(path, *t, name.str())) table.add(phrase, 1);
      (void)list;
    }
  }
  for (const char* key : {"example", "counter_example"}) {
    const toml::node* node = root.get(key);
    if (!node) continue;
    const toml::array* arr = node->as_array();
    if (!arr) toml_error(path, *node, std::string("'") + key + "' must be an array of tables ([[" + key + "]])");
    for (const toml::node& item : *arr) {
      const toml::table* ex = item.as_table();
      if (!ex) toml_error(path, item, "each example must be a table");
      RuleExample e;
      e.counter = std::string(key) == "counter_example";
      e.line = static_cast<int>(item.source().begin.line);
      const toml::node* text = ex->get("text");
      if (!text || !text->as_string()) toml_error(path, item, "example needs text = \"...\"");
      e.text = text->as_string()->get();
      e.expect = toml_strings(path, *ex, "expect");
      if (!e.counter && e.expect.empty()) toml_error(path, item, "example needs expect = [\"...\"]");
      if (e.counter && !e.expect.empty()) toml_error(path, *ex->get("expect"), "a counter_example expects nothing");
      rule.examples.push_back(std::move(e));
    }
  }
  return rule;
}

}  // namespace

const PhraseTable<int>& RelationRule::cue(std::string_view name) const {
  static const PhraseTable<int> kEmpty;
  auto it = cues.find(name);
  return it == cues.end() ? kEmpty : it->second;
}

std::vector<RelationRule> load_relation_rules(const std::string& dir) {
  namespace fs = std::filesystem;
  std::vector<std::string> files;
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(dir, ec); !ec && it != fs::recursive_directory_iterator(); ++it) {
    if (it->is_regular_file() && it->path().extension() == ".toml") files.push_back(it->path().string());
  }
  if (ec) throw UserError(dir + ": error: cannot read rules directory: " + ec.message());
  std::sort(files.begin(), files.end());
  std::vector<RelationRule> rules;
  for (const std::string& f : files) {
    std::string id = fs::relative(f, dir).replace_extension("").generic_string();
    rules.push_back(load_one(f, id));
  }
  return rules;
}

}  // namespace cc
