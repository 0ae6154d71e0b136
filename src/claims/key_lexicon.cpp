#include <algorithm>
#include <filesystem>
#include <memory>
#include <unordered_set>

#include <libstemmer.h>

#include "base/error.h"
#include "base/toml_file.h"
#include "claims/key.h"

namespace cc {

namespace {

struct StemmerFree {
  void operator()(sb_stemmer* s) const { sb_stemmer_delete(s); }
};

void add_all(PhraseTable<int>& table, const std::vector<std::string>& phrases, int value = 1) {
  for (const std::string& p : phrases) table.add(p, value);
}

// A table of phrase = integer; each phrase is also appended to `phrases`.
void add_numbers(PhraseTable<int>& table, const std::string& path, const toml::table& root, std::string_view key,
                 std::vector<std::string>* phrases = nullptr) {
  const toml::node* node = root.get(key);
  if (!node) return;
  const toml::table* t = node->as_table();
  if (!t) toml_error(path, *node, "'" + std::string(key) + "' must be a table of phrase = number");
  for (const auto& [phrase, value] : *t) {
    std::optional<int64_t> v = value.value<int64_t>();
    if (!v) toml_error(path, value, "'" + std::string(phrase.str()) + "' must be a whole number");
    table.add(phrase.str(), static_cast<int>(*v));
    if (phrases) phrases->emplace_back(phrase.str());
  }
}

// Words too common to say a sentence names a time.
// The words of a phrase, lower-cased, split at spaces (and at hyphens when
// `hyphens`: "first-half" holds "half").
std::vector<std::string> phrase_words(std::string_view phrase, bool hyphens) {
  std::vector<std::string> out;
  size_t start = 0;
  for (size_t i = 0; i <= phrase.size(); ++i) {
    if (i < phrase.size() && phrase[i] != ' ' && !(hyphens && phrase[i] == '-')) continue;
    if (i > start) out.push_back(lower(phrase.substr(start, i - start)));
    start = i + 1;
  }
  return out;
}

bool common_word(const std::string& w) {
  static const std::unordered_set<std::string> kCommon = {
      "the", "a", "an", "of", "to", "this", "last", "next", "same", "so", "far", "first", "second", "third",
      "fourth", "final", "in", "that", "two", "three", "four", "six", "before", "after", "previous", "prior",
      "preceding", "following", "current", "earlier", "later", "ago", "ended", "ending"};
  return kCommon.count(w) > 0;
}

// Picks a trigger word for each time phrase (its first word that is not
// common); leaves the triggers empty when a phrase has none.
void pick_time_triggers(KeyLexicon& lex, const std::vector<std::string>& phrases) {
  std::unordered_set<std::string> triggers;
  for (const std::string& p : phrases) {
    std::vector<std::string> words = phrase_words(p, true);
    auto it = std::find_if(words.begin(), words.end(), [](const std::string& w) { return !common_word(w); });
    if (it == words.end()) return;  // no prefilter
    triggers.insert(*it);
  }
  lex.time_trigger_prefixes.assign(27 * 27 * 27, false);
  for (const std::string& t : triggers) lex.time_trigger_prefixes[QuantityLexicon::prefix_key(t)] = true;
  lex.time_triggers = std::move(triggers);
}

bool lower_case(std::string_view s) { return lower(s) == s; }

void load_measures(KeyLexicon& lex, const std::string& path) {
  toml::table root = load_toml(path);
  toml_check_keys(path, root, {"measure"}, "unknown key");
  const toml::array* list = root["measure"].as_array();
  if (!list) return;
  std::vector<std::vector<std::string>> compatible;
  for (const toml::node& node : *list) {
    const toml::table* t = node.as_table();
    if (!t) toml_error(path, node, "each [[measure]] must be a table");
    toml_check_keys(path, *t, {"name", "words", "money_words", "compatible"}, "unknown key");
    std::optional<std::string> name = (*t)["name"].value<std::string>();
    if (!name || name->empty()) toml_error(path, node, "a [[measure]] needs a name");
    int index = static_cast<int>(lex.measures.size());
    lex.measures.push_back({*name, {}});
    compatible.push_back(toml_strings(path, *t, "compatible"));
    for (bool money : {false, true}) {
      for (const std::string& w : toml_strings(path, *t, money ? "money_words" : "words")) {
        std::vector<std::string> words = phrase_words(w, false);
        if (words.empty()) continue;
        std::string s;
        for (const std::string& word : words) {
          s += (s.empty() ? "" : " ") + stem(word);
          lex.measure_prefixes[QuantityLexicon::prefix_key(word)] = true;  // each word's first letters
        }
        lex.measure_stems[s] = money ? -(index + 1) : index;
        lex.longest_measure = std::max(lex.longest_measure, words.size());
      }
    }
  }
  for (size_t m = 0; m < compatible.size(); ++m) {
    for (const std::string& other : compatible[m]) {
      auto it = std::find_if(lex.measures.begin(), lex.measures.end(),
                             [&](const KeyLexicon::Measure& x) { return x.name == other; });
      if (it == lex.measures.end()) {
        throw UserError(path + ":1:1: error: measure '" + lex.measures[m].name + "' lists unknown compatible measure '" +
                        other + "'");
      }
      lex.measures[m].compatible.push_back(static_cast<int>(it - lex.measures.begin()));
    }
  }
}

void load_places(KeyLexicon& lex, const std::string& path) {
  toml::table root = load_toml(path);
  toml_check_keys(path, root, {"places", "open"}, "unknown key");
  if (const toml::node* node = root.get("places")) {
    const toml::table* t = node->as_table();
    if (!t) toml_error(path, *node, "'places' must be a table of place = [words]");
    for (const auto& [name, words] : *t) {
      int index = static_cast<int>(lex.place_names.size());
      lex.place_names.emplace_back(name.str());
      for (const std::string& w : toml_strings(path, *t, name.str())) {
        lex.places.add(w, index | (lower_case(w) ? KeyLexicon::kLowerCase : 0));
      }
    }
  }
  lex.open_place.assign(lex.place_names.size(), false);
  for (const std::string& name : toml_strings(path, root, "open")) {
    auto it = std::find(lex.place_names.begin(), lex.place_names.end(), name);
    if (it == lex.place_names.end()) throw UserError(path + ":1:1: error: 'open' names unknown place '" + name + "'");
    lex.open_place[static_cast<size_t>(it - lex.place_names.begin())] = true;
  }
}

}  // namespace

std::string stem(const std::string& lower_word) {
  thread_local std::unique_ptr<sb_stemmer, StemmerFree> stemmer(sb_stemmer_new("english", nullptr));
  if (!stemmer) return lower_word;
  const sb_symbol* out =
      sb_stemmer_stem(stemmer.get(), reinterpret_cast<const sb_symbol*>(lower_word.data()), static_cast<int>(lower_word.size()));
  if (!out) return lower_word;
  return std::string(reinterpret_cast<const char*>(out), static_cast<size_t>(sb_stemmer_length(stemmer.get())));
}

KeyLexicon KeyLexicon::load(const std::string& dir) {
  KeyLexicon lex;
  if (!std::filesystem::is_directory(dir)) return lex;
  std::string path = dir + "/entities.toml";
  if (std::filesystem::exists(path)) {
    toml::table root = load_toml(path);
    toml_check_keys(path, root, {"reference_nouns", "pronouns", "not_names", "suffixes", "not_subject_after"}, "unknown key");
    add_all(lex.reference_nouns, toml_strings(path, root, "reference_nouns"));
    add_all(lex.pronouns, toml_strings(path, root, "pronouns"));
    add_all(lex.not_names, toml_strings(path, root, "not_names"));
    add_all(lex.suffixes, toml_strings(path, root, "suffixes"));
    add_all(lex.not_subject_after, toml_strings(path, root, "not_subject_after"));
  }
  path = dir + "/places.toml";
  if (std::filesystem::exists(path)) load_places(lex, path);
  path = dir + "/time.toml";
  if (std::filesystem::exists(path)) {
    toml::table root = load_toml(path);
    toml_check_keys(path, root, {"relative_year", "earlier_period", "earlier_year", "quarter", "half", "fiscal", "not_time_after"},
                    "unknown key");
    std::vector<std::string> phrases;
    for (std::string_view table : {"relative_year", "earlier_period", "earlier_year", "quarter", "half"}) {
      add_numbers(table == "relative_year"    ? lex.relative_year
                  : table == "earlier_period" ? lex.earlier_period
                  : table == "earlier_year"   ? lex.earlier_year
                  : table == "quarter"        ? lex.quarter
                                              : lex.half,
                  path, root, table, &phrases);
      add_numbers(lex.time_starts, path, root, table);
    }
    std::vector<std::string> fiscal = toml_strings(path, root, "fiscal");
    add_all(lex.fiscal, fiscal);
    add_all(lex.time_starts, fiscal);
    phrases.insert(phrases.end(), fiscal.begin(), fiscal.end());
    pick_time_triggers(lex, phrases);
    add_all(lex.not_time_after, toml_strings(path, root, "not_time_after"));
  }
  path = dir + "/measures.toml";
  if (std::filesystem::exists(path)) load_measures(lex, path);
  return lex;
}

int KeyLexicon::measure_of_stem(const std::string& s, bool* money_only) const {
  auto it = measure_stems.find(s);
  if (it == measure_stems.end()) return -1;
  *money_only = it->second < 0;
  return it->second < 0 ? -it->second - 1 : it->second;
}

bool KeyLexicon::measures_agree(int a, int b) const {
  if (a < 0 || b < 0 || a == b) return true;
  const std::vector<int>& c = measures[static_cast<size_t>(a)].compatible;
  return std::find(c.begin(), c.end(), b) != c.end();
}

bool KeyLexicon::places_agree(int a, int b) const {
  if (a < 0 || b < 0 || a == b) return true;
  bool open_a = open_place[static_cast<size_t>(a)], open_b = open_place[static_cast<size_t>(b)];
  if (open_a && open_b) return false;  // abroad vs domestic
  if (open_a || open_b) {
    // abroad or domestic against a country: either may hold; against "global": no.
    const std::string& other = place_names[static_cast<size_t>(open_a ? b : a)];
    return other != "global";
  }
  return false;
}

bool KeyLexicon::may_name_time(std::string_view word) const {
  if (time_triggers.empty()) return true;
  if (!time_trigger_prefixes[QuantityLexicon::prefix_key(word)]) return false;
  return time_triggers.count(lower(word)) > 0;
}

std::string TimeScope::str() const {
  if (!known()) return "";
  std::string y;
  if (year) y = std::to_string(year);
  else if (offset == 0) y = "this year";
  else if (offset == -1) y = "last year";
  else if (offset == 1) y = "next year";
  else if (offset != kNoOffset) y = "year " + std::to_string(offset);
  switch (period) {
    case 'F': return "FY" + (y.empty() ? std::string("?") : y);
    case 'Q': return (y.empty() ? "" : y + "-") + "Q" + std::to_string(n);
    case 'H': return (y.empty() ? "" : y + "-") + "H" + std::to_string(n);
    default: return y;
  }
}

}  // namespace cc
