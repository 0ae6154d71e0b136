#include "quantity/lexicon.h"

#include <algorithm>

#include "base/error.h"
#include "base/toml_file.h"

namespace cc {

namespace {

std::vector<std::string> phrase_words(std::string_view phrase, std::vector<bool>* glued = nullptr) {
  std::vector<std::string> words;
  for (const Token& t : tokenize(phrase)) {
    words.push_back(lower(phrase.substr(t.begin, t.end - t.begin)));
    if (glued) glued->push_back(!t.space_before);
  }
  return words;
}

bool word_eq(std::string_view text, const Token& t, const std::string& w) {
  if (t.end - t.begin != w.size()) return false;
  for (size_t k = 0; k < w.size(); ++k) {
    char c = text[t.begin + k];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != w[k]) return false;
  }
  return true;
}

Decimal decimal_value(const std::string& path, const toml::node& node) {
  const auto* s = node.as_string();
  std::optional<Decimal> d = s ? Decimal::parse(s->get()) : std::nullopt;
  if (!d) toml_error(path, node, "expected a decimal number written as a string, e.g. \"1000000\"");
  return *d;
}

void read_decimal_table(const std::string& path, const toml::table& root, std::string_view key,
                        std::unordered_map<std::string, Decimal>& out) {
  const toml::node* node = root.get(key);
  if (!node) return;
  const toml::table* t = node->as_table();
  if (!t) toml_error(path, *node, std::string("'") + std::string(key) + "' must be a table of word = \"value\"");
  for (auto&& [k, v] : *t) out[lower(k.str())] = decimal_value(path, v);
}

}  // namespace

template <typename T>
void PhraseTable<T>::add(std::string_view phrase, T value) {
  std::vector<bool> glued;
  std::vector<std::string> words = phrase_words(phrase, &glued);
  if (words.empty()) return;
  Entry e{words, glued, value};
  auto longest_first = [](const Entry& a, const Entry& b) { return a.words.size() > b.words.size(); };
  first_filter_.add(words.front());
  last_filter_.add(words.back());
  auto& f = by_first_[words.front()];
  f.insert(std::upper_bound(f.begin(), f.end(), e, longest_first), e);
  auto& l = by_last_[words.back()];
  l.insert(std::upper_bound(l.begin(), l.end(), e, longest_first), e);
}

namespace {

unsigned char lower_byte(char c) { return static_cast<unsigned char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c); }

}  // namespace

template <typename T>
void PhraseTable<T>::Filter::add(std::string_view w) {
  if (w.empty()) return;
  unsigned char b = lower_byte(w[0]);
  bytes[b / 64] |= uint64_t{1} << (b % 64);
  lengths |= uint64_t{1} << std::min<size_t>(w.size(), 63);
}


template <typename T>
const std::vector<typename PhraseTable<T>::Entry>* PhraseTable<T>::lookup(const Index& index,
                                                                         std::string_view word) const {
  char buf[64];  // lower-cased without allocating, for words of ordinary length
  if (word.size() > sizeof buf) {
    auto it = index.find(lower(word));
    return it == index.end() ? nullptr : &it->second;
  }
  for (size_t k = 0; k < word.size(); ++k) {
    char c = word[k];
    buf[k] = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  }
  auto it = index.find(std::string_view(buf, word.size()));
  return it == index.end() ? nullptr : &it->second;
}

template <typename T>
size_t PhraseTable<T>::match_from(std::string_view text, std::span<const Token> toks, size_t i,
                                  std::string_view first, T* value) const {
  const std::vector<Entry>* entries = lookup(by_first_, first);
  if (!entries) return 0;
  for (const Entry& e : *entries) {
    if (i + e.words.size() > toks.size()) continue;
    bool ok = true;
    for (size_t k = 1; k < e.words.size() && ok; ++k) {
      ok = word_eq(text, toks[i + k], e.words[k]) && !(e.glued[k] && toks[i + k].space_before);
    }
    if (ok) {
      if (value) *value = e.value;
      return e.words.size();
    }
  }
  return 0;
}

template <typename T>
size_t PhraseTable<T>::match_before(std::string_view text, std::span<const Token> toks, size_t i, T* value) const {
  if (i == 0 || i > toks.size()) return 0;
  std::string_view last = text.substr(toks[i - 1].begin, toks[i - 1].end - toks[i - 1].begin);
  if (!last_filter_.may_hold(last)) return 0;
  const std::vector<Entry>* entries = lookup(by_last_, last);
  if (!entries) return 0;
  for (const Entry& e : *entries) {
    size_t n = e.words.size();
    if (n > i) continue;
    bool ok = true;
    for (size_t k = 0; k + 1 < n && ok; ++k) ok = word_eq(text, toks[i - n + k], e.words[k]);
    for (size_t k = 1; k < n && ok; ++k) ok = !(e.glued[k] && toks[i - n + k].space_before);
    if (ok) {
      if (value) *value = e.value;
      return n;
    }
  }
  return 0;
}

template class PhraseTable<std::string>;
template class PhraseTable<Decimal>;
template class PhraseTable<QuantityKind>;
template class PhraseTable<Hedge>;
template class PhraseTable<int>;

QuantityLexicon QuantityLexicon::load(const std::string& dir) {
  QuantityLexicon lex;
  {
    std::string path = dir + "/currencies.toml";
    toml::table root = load_toml(path);
    const toml::array* list = root["currency"].as_array();
    if (!list) throw UserError::at(path, 1, 1, "expected [[currency]] entries");
    for (const toml::node& n : *list) {
      const toml::table* c = n.as_table();
      if (!c) toml_error(path, n, "each [[currency]] must be a table");
      const auto* code = c->get("code") ? c->get("code")->as_string() : nullptr;
      if (!code || code->get().size() != 3) toml_error(path, n, "currency needs a three-letter 'code'");
      std::string iso = code->get();
      for (auto& w : toml_strings(path, *c, "before")) lex.currency_before.add(w, iso);
      for (auto& w : toml_strings(path, *c, "after")) lex.currency_after.add(w, iso);
      for (auto& w : toml_strings(path, *c, "minor")) lex.minor_after.add(w, iso);
      for (auto& w : toml_strings(path, *c, "minor_glued")) {
        lex.minor_after.add(w, iso);
        lex.minor_glued_only.insert(lower(w));
      }
      const auto* print = c->get("print") ? c->get("print")->as_string() : nullptr;
      lex.currency_print[iso] = print ? print->get() : iso + " ";
    }
  }
  {
    std::string path = dir + "/scales.toml";
    toml::table root = load_toml(path);
    std::unordered_map<std::string, Decimal> words;
    read_decimal_table(path, root, "words", words);
    for (auto& [w, v] : words) {
      if (w.find(' ') != std::string::npos) lex.scale_phrases.add(w, v);
      else lex.scales[w] = v;
    }
    read_decimal_table(path, root, "glued", lex.glued_scales);
  }
  {
    std::string path = dir + "/units.toml";
    toml::table root = load_toml(path);
    for (auto& w : toml_strings(path, root, "percent")) lex.unit_words.add(w, QuantityKind::Percent);
    for (auto& w : toml_strings(path, root, "points")) lex.unit_words.add(w, QuantityKind::Points);
    for (auto& w : toml_strings(path, root, "basis_points")) {
      lex.unit_words.add(w, QuantityKind::Points);
      lex.basis_points.insert(lower(w));
    }
    for (auto& w : toml_strings(path, root, "not_nouns")) lex.not_nouns.insert(lower(w));
    for (auto& w : toml_strings(path, root, "caption_skip")) lex.caption_skip.insert(lower(w));
  }
  {
    std::string path = dir + "/hedges.toml";
    toml::table root = load_toml(path);
    const std::pair<const char*, Hedge> kinds[] = {
        {"approx", Hedge::Approx},   {"below_approx", Hedge::BelowApprox}, {"above_approx", Hedge::AboveApprox},
        {"greater", Hedge::Greater}, {"at_least", Hedge::AtLeast},         {"less", Hedge::Less},
        {"at_most", Hedge::AtMost}};
    for (auto& [key, hedge] : kinds) {
      for (auto& w : toml_strings(path, root, key)) lex.hedges.add(w, hedge);
    }
    for (auto&& [k, v] : root) {
      bool known = false;
      for (auto& [key, hedge] : kinds) known = known || k.str() == key;
      if (!known) toml_error(path, v, "unknown hedge class '" + std::string(k.str()) + "'");
    }
  }
  {
    std::string path = dir + "/changes.toml";
    toml::table root = load_toml(path);
    for (auto& w : toml_strings(path, root, "up_before")) lex.change_up_before.insert(lower(w));
    for (auto& w : toml_strings(path, root, "down_before")) lex.change_down_before.insert(lower(w));
    for (auto& w : toml_strings(path, root, "up_after")) lex.change_up_after.insert(lower(w));
    for (auto& w : toml_strings(path, root, "down_after")) lex.change_down_after.insert(lower(w));
    for (auto& w : toml_strings(path, root, "not_change")) lex.not_change.add(w, 1);
  }
  {
    std::string path = dir + "/fractions.toml";
    toml::table root = load_toml(path);
    read_decimal_table(path, root, "denominators", lex.denominators);
    read_decimal_table(path, root, "multipliers", lex.multipliers);
    read_decimal_table(path, root, "multiplier_verbs_up", lex.multiplier_verbs_up);
    read_decimal_table(path, root, "multiplier_verbs_down", lex.multiplier_verbs_down);
    for (auto& w : toml_strings(path, root, "period_words")) lex.period_words.insert(lower(w));
    for (auto& w : toml_strings(path, root, "ambiguous_plurals")) lex.ambiguous_plurals.insert(lower(w));
    for (auto& w : toml_strings(path, root, "times_up")) lex.times_up.add(w, 1);
    for (auto& w : toml_strings(path, root, "rise_before")) lex.multiplier_rise_before.insert(lower(w));
  }
  {
    std::string path = dir + "/not_figures.toml";
    toml::table root = load_toml(path);
    for (auto& w : toml_strings(path, root, "capitalised_ok")) lex.capitalised_ok.insert(lower(w));
    for (auto& w : toml_strings(path, root, "street_words")) lex.street_words.insert(lower(w));
    for (auto& w : toml_strings(path, root, "time_words")) lex.time_words.insert(lower(w));
    for (auto& w : toml_strings(path, root, "date_words_before")) lex.date_words_before.insert(lower(w));
    for (auto& w : toml_strings(path, root, "tenor_words")) lex.tenor_words.insert(lower(w));
  }
  {
    std::string path = dir + "/numbers.toml";
    toml::table root = load_toml(path);
    read_decimal_table(path, root, "units", lex.number_units);
    read_decimal_table(path, root, "tens", lex.number_tens);
    read_decimal_table(path, root, "multipliers", lex.number_multipliers);
    read_decimal_table(path, root, "tail_multipliers", lex.tail_multipliers);
    read_decimal_table(path, root, "article_numbers", lex.article_numbers);
    for (auto& w : toml_strings(path, root, "loose")) lex.loose_numbers.insert(lower(w));
    for (auto& w : toml_strings(path, root, "sign_words")) lex.sign_words.insert(lower(w));
  }
  // Words a figure can begin with: number words, fraction openers and
  // multipliers. Any other word is passed over without trying the grammar.
  lex.mention_starts = {"a", "an", "half"};
  for (const auto* table : {&lex.number_units, &lex.number_tens, &lex.multipliers, &lex.multiplier_verbs_up,
                            &lex.multiplier_verbs_down}) {
    for (const auto& [word, value] : *table) lex.mention_starts.insert(word);
  }
  for (const std::string& w : lex.mention_starts) lex.start_prefixes[QuantityLexicon::prefix_key(w)] = true;
  return lex;
}

}  // namespace cc
