#include "claims/cues.h"

#include <algorithm>
#include <filesystem>
#include <fstream>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "base/error.h"
#include "base/suggest.h"
#include "base/toml_file.h"
#include "claims/extract.h"

namespace cc {
namespace {

// The column of byte `offset` of a one-line string value whose opening quote
// is at `line`:`column`: escapes in a "basic" string take more than one
// column per byte of the value.
int value_column(const std::string& path, int line, int column, size_t offset) {
  std::ifstream in(path, std::ios::binary);
  std::string raw;
  for (int l = 1; l <= line && std::getline(in, raw); ++l) {
  }
  size_t at = static_cast<size_t>(column > 0 ? column - 1 : 0);
  if (at >= raw.size() || raw[at] != '"') return column + 1 + static_cast<int>(offset);
  size_t i = at + 1;
  for (size_t got = 0; got < offset && i < raw.size(); ++got) {
    if (raw[i] == '\\') {
      ++i;
      if (i < raw.size() && raw[i] == 'u') i += 4;
      else if (i < raw.size() && raw[i] == 'U') i += 8;
    }
    ++i;
  }
  return static_cast<int>(i) + 1;
}

WordClasses read_word_classes(const std::string& path, const toml::table& t) {
  WordClasses out;
  for (auto&& [name, list] : t) {
    std::vector<std::string> phrases = toml_strings(path, t, name.str());
    if (phrases.empty()) toml_error(path, list, "word class '" + std::string(name.str()) + "' is empty");
    out[std::string(name.str())] = std::move(phrases);
  }
  return out;
}

// The [[pattern]] tables of a rule, each compiled once to check it and its
// roles against the kind.
void read_patterns(RelationRule& rule, const toml::node& node, const PatternKind& kind, const WordClasses& shared) {
  const std::string& path = rule.path;
  const toml::array* arr = node.as_array();
  if (!arr) toml_error(path, node, "'pattern' must be an array of tables ([[pattern]])");
  std::vector<std::string> keys = {"match", "confidence"};
  for (const OptionSpec& o : kind.options) keys.push_back(o.name);
  for (const toml::node& item : *arr) {
    const toml::table* t = item.as_table();
    if (!t) toml_error(path, item, "each pattern must be a table");
    toml_check_keys(path, *t, keys, "kind " + rule.kind + " reads no pattern option");
    const toml::node* match = t->get("match");
    if (!match || !match->as_string()) toml_error(path, item, "pattern needs match = \"...\"");
    RulePattern p;
    p.match = match->as_string()->get();
    p.line = static_cast<int>(match->source().begin.line);
    p.column = static_cast<int>(match->source().begin.column);
    if (const toml::node* c = t->get("confidence")) {
      std::optional<Decimal> v = c->as_string() ? Decimal::parse(c->as_string()->get()) : std::nullopt;
      double d = v ? v->to_double() : -1;
      if (d <= 0 || d > 1) toml_error(path, *c, "'confidence' must be a number above 0 and at most 1, as a string: \"0.8\"");
      p.confidence = d;
    }
    for (const OptionSpec& o : kind.options) {
      const toml::node* v = t->get(o.name);
      if (!v) {
        if (o.required) toml_error(path, item, "kind " + rule.kind + " needs " + o.name + " = \"...\" in each pattern");
        continue;
      }
      if (!v->as_string()) toml_error(path, *v, "'" + o.name + "' must be a string");
      std::string value = v->as_string()->get();
      if (o.values.empty() ? !Decimal::parse(value).has_value()
                           : std::find(o.values.begin(), o.values.end(), value) == o.values.end()) {
        std::string allowed = o.values.empty() ? "a number" : "one of";
        for (const std::string& a : o.values) allowed += " '" + a + "'";
        toml_error(path, *v, "'" + o.name + "' must be " + allowed);
      }
      p.options[o.name] = value;
    }
    PatternSet check;
    int id = 0;
    try {
      id = check.add(p.match, rule.words, shared);
    } catch (const PatternError& e) {
      throw UserError::at(path, p.line, value_column(path, p.line, p.column, e.offset), e.message);
    }
    std::map<std::string, int, std::less<>> bound;
    std::vector<std::string> role_names;
    for (const RoleSpec& r : kind.roles) role_names.push_back(r.name);
    for (const CaptureInfo& c : check.captures(id)) {
      if (c.role.empty()) continue;
      auto spec = std::find_if(kind.roles.begin(), kind.roles.end(), [&](const RoleSpec& r) { return r.name == c.role; });
      int col = value_column(path, p.line, p.column, c.offset);
      if (spec == kind.roles.end()) {
        throw UserError::at(path, p.line, col,
                            "capture '" + c.role + "' is no role of kind " + rule.kind + ", so nothing uses it" +
                                did_you_mean(c.role, role_names));
      }
      if (++bound[c.role] > spec->max) {
        throw UserError::at(path, p.line, col,
                            fmt::format("kind {} takes at most {} '{}'", rule.kind, spec->max, c.role));
      }
    }
    for (const RoleSpec& r : kind.roles) {
      if (r.min > 0 && !bound.contains(r.name)) {
        throw UserError::at(path, p.line, p.column,
                            "role '" + r.name + "' is unbound: kind " + rule.kind + " needs a {" + r.name + ":...} capture");
      }
    }
    rule.patterns.push_back(std::move(p));
  }
}

RelationRule load_one(const std::string& path, const std::string& id, const WordClasses& shared) {
  toml::table root = load_toml(path);
  RelationRule rule;
  rule.id = id;
  rule.path = path;
  const toml::node* kind = root.get("kind");
  if (!kind || !kind->as_string()) throw UserError::at(path, 1, 1, "rule needs kind = \"<relation kind>\"");
  rule.kind = kind->as_string()->get();
  const PatternKind* pattern_kind = find_pattern_kind(rule.kind);
  bool coded = find_relation_kind(rule.kind) != nullptr;
  if (!coded && !pattern_kind) {
    std::vector<std::string> names = relation_kind_names();
    for (const std::string& n : pattern_kind_names()) names.push_back(n);
    toml_error(path, *kind, "unknown relation kind '" + rule.kind + "'" + did_you_mean(rule.kind, names));
  }
  static const std::vector<std::string> kTopKeys = {"kind", "description", "cues", "words", "pattern", "example",
                                                    "counter_example"};
  toml_check_keys(path, root, kTopKeys, "unknown key");
  if (const toml::node* d = root.get("description")) {
    if (!d->as_string()) toml_error(path, *d, "'description' must be a string");
    rule.description = d->as_string()->get();
  }
  if (const toml::node* words = root.get("words")) {
    const toml::table* t = words->as_table();
    if (!t) toml_error(path, *words, "'words' must be a table of name = [phrases]");
    rule.words = read_word_classes(path, *t);
  }
  if (const toml::node* patterns = root.get("pattern")) {
    if (!pattern_kind) {
      toml_error(path, *patterns, "kind " + rule.kind + " takes no [[pattern]]; pattern kinds: " +
                                      fmt::format("{}", fmt::join(pattern_kind_names(), ", ")));
    }
    read_patterns(rule, *patterns, *pattern_kind, shared);
  } else if (!coded) {
    toml_error(path, *kind, "kind " + rule.kind + " needs at least one [[pattern]]");
  }
  if (const toml::node* cues = root.get("cues")) {
    if (!coded || !rule.patterns.empty()) toml_error(path, *cues, "a rule with [[pattern]] reads no cue lists; use [words]");
    const toml::table* t = cues->as_table();
    if (!t) toml_error(path, *cues, "'cues' must be a table of name = [phrases]");
    toml_check_keys(path, *t, *relation_kind_cues(rule.kind), "kind " + rule.kind + " reads no cue list");
    for (auto&& [name, list] : *t) {
      PhraseTable<int>& table = rule.cues[std::string(name.str())];
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

WordClasses load_word_classes(const std::string& path) { return read_word_classes(path, load_toml(path)); }

std::vector<RelationRule> load_relation_rules(const std::string& dir, const WordClasses& shared) {
  namespace fs = std::filesystem;
  std::vector<std::string> files;
  std::error_code ec;
  if (fs::is_regular_file(dir, ec)) {  // one rule file: its id is its name
    return {load_one(dir, fs::path(dir).stem().string(), shared)};
  }
  for (auto it = fs::recursive_directory_iterator(dir, ec); !ec && it != fs::recursive_directory_iterator(); ++it) {
    if (it->is_regular_file() && it->path().extension() == ".toml") files.push_back(it->path().string());
  }
  if (ec) throw UserError(dir + ": error: cannot read rules directory: " + ec.message());
  std::sort(files.begin(), files.end());
  std::vector<RelationRule> rules;
  for (const std::string& f : files) {
    std::string id = fs::relative(f, dir).replace_extension("").generic_string();
    rules.push_back(load_one(f, id, shared));
  }
  return rules;
}

}  // namespace cc
