#include "text/segment.h"

#include <cctype>

#include "base/huge_pages.h"
#include "base/toml_file.h"
#include "text/normalize.h"

namespace cc {
namespace {

bool is_space(char c) { return c == ' '; }
bool is_upper(char c) { return std::isupper(static_cast<unsigned char>(c)) != 0; }
bool is_lower(char c) { return std::islower(static_cast<unsigned char>(c)) != 0; }
bool is_alpha(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }
bool is_digit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }
bool is_closer(char c) { return c == '"' || c == '\'' || c == ')' || c == ']'; }

// Bytes that can end a sentence, as a table: the scan looks at every byte.
struct EndMarks {
  bool at[256] = {};
  constexpr EndMarks() { at[static_cast<unsigned char>('.')] = at[static_cast<unsigned char>('!')] = at[static_cast<unsigned char>('?')] = true; }
};
constexpr EndMarks kEndMarks;

// The whitespace-delimited token that ends right before position i.
std::string_view token_before(std::string_view t, size_t i) {
  size_t a = i;
  while (a > 0 && !is_space(t[a - 1])) --a;
  std::string_view tok = t.substr(a, i - a);
  while (!tok.empty() && (tok.front() == '(' || tok.front() == '"' || tok.front() == '\'' || tok.front() == '[')) {
    tok.remove_prefix(1);
  }
  return tok;
}

// The word starting at i (letters, digits, apostrophes and hyphens).
std::string_view word_at(std::string_view t, size_t i) {
  size_t b = i;
  while (b < t.size() && (is_alpha(t[b]) || is_digit(t[b]) || t[b] == '\'' || t[b] == '-')) ++b;
  return t.substr(i, b - i);
}

bool all_letters(std::string_view w) {
  if (w.empty()) return false;
  for (char c : w) {
    if (!is_alpha(c)) return false;
  }
  return true;
}

// "U.S", "e.g", "A.B.C": single letters joined by dots.
bool dotted_initials(std::string_view w) {
  if (w.size() < 3) return false;
  for (size_t i = 0; i < w.size(); ++i) {
    if ((i % 2 == 0) != (is_alpha(w[i]) != 0)) return false;
    if (i % 2 == 1 && w[i] != '.') return false;
  }
  return true;
}

}  // namespace

SegmentationLexicon SegmentationLexicon::load(const std::string& path) {
  toml::table t = load_toml(path);
  SegmentationLexicon lex;
  for (auto& w : toml_strings(path, t, "titles")) lex.titles.insert(w);
  for (auto& w : toml_strings(path, t, "abbreviations")) lex.abbreviations.insert(w);
  for (auto& w : toml_strings(path, t, "starters")) lex.starters.insert(w);
  for (auto& w : toml_strings(path, t, "domains")) lex.domains.insert(w);
  return lex;
}

bool Segmenter::boundary_after(std::string_view t, size_t dot, size_t next, bool glued, bool ellipsis) const {
  std::string_view prev = token_before(t, dot);
  std::string_view word = word_at(t, next);
  std::string_view w = word;
  if (!ellipsis && t[dot] == '.') {
    std::string_view p = prev;
    if (lex_.titles.find(p) != lex_.titles.end()) return false;
    bool abbrev = lex_.abbreviations.find(p) != lex_.abbreviations.end() || dotted_initials(p) ||
                  (p.size() == 1 && is_upper(p[0]));
    if (glued) {
      // "Nvidia.chips": a full stop with the space lost. Not an address.
      if (abbrev || prev.size() < 2 || !is_alpha(prev.back())) return false;
      if (prev.find('@') != std::string_view::npos || prev.find('/') != std::string_view::npos) return false;
      if (prev.find('.') != std::string_view::npos) return false;  // www.ft.com, a.b.c
      if (word.size() < 2 || !all_letters(word)) return false;
      if (lex_.domains.find(w) != lex_.domains.end()) return false;
      size_t after = next + word.size();
      if (after < t.size() && (t[after] == '.' || t[after] == '@' || t[after] == '/')) return false;
      return is_lower(word[0]) || (all_letters(prev) && is_lower(prev.back()) && prev.size() >= 3 && word.size() >= 3 && is_lower(word[1]));
    }
    if (abbrev) return lex_.starters.find(w) != lex_.starters.end();
  }
  if (glued) return false;
  char c = t[next];
  if (is_lower(c)) {
    // "Nvidia. chips": garbled text keeps the boundary, "... and" does not.
    if (ellipsis || t[dot] != '.') return false;
    return prev.size() >= 2 && all_letters(prev) && word.size() >= 2 && all_letters(word);
  }
  return is_upper(c) || is_digit(c) || c == '"' || c == '\'' || c == '(' || c == '[' || c == '$' || c == '-' ||
         static_cast<unsigned char>(c) >= 0x80;
}

std::vector<std::pair<size_t, size_t>> Segmenter::split(std::string_view t) const {
  std::vector<std::pair<size_t, size_t>> out;
  size_t n = t.size();
  size_t begin = 0;
  auto push = [&](size_t a, size_t b) {
    while (a < b && is_space(t[a])) ++a;
    while (b > a && is_space(t[b - 1])) --b;
    if (b > a) out.emplace_back(a, b);
  };
  for (size_t i = 0; i < n; ++i) {
    if (!kEndMarks.at[static_cast<unsigned char>(t[i])]) continue;
    char c = t[i];
    bool ellipsis = c == '.' && i + 2 < n && t[i + 1] == '.' && t[i + 2] == '.';
    if (c == '.' && !ellipsis && i > 0 && is_digit(t[i - 1]) && i + 1 < n && is_digit(t[i + 1])) continue;
    size_t j = i + 1;
    while (j < n && (t[j] == '.' || t[j] == '!' || t[j] == '?')) ++j;
    while (j < n && is_closer(t[j])) ++j;
    if (j >= n) break;
    bool glued = !is_space(t[j]);
    if (glued && (j != i + 1 || ellipsis)) continue;
    size_t k = j;
    while (k < n && is_space(t[k])) ++k;
    if (k >= n) break;
    if (boundary_after(t, i, k, glued, ellipsis)) {
      push(begin, j);
      begin = k;
    }
    i = j - 1;
  }
  push(begin, n);
  return out;
}

int header_of(const Document& doc, size_t s) {
  const TableCell& c = doc.sentences[s].cell;
  if (c.table < 0 || c.header) return -1;
  int found = -1;
  for (size_t k = s; k-- > 0;) {
    const TableCell& h = doc.sentences[k].cell;
    if (h.table != c.table) break;
    if (h.header && h.column == c.column) {
      found = static_cast<int>(k);
      // the first sentence of that cell
      while (k > 0 && doc.sentences[k - 1].block == doc.sentences[k].block) found = static_cast<int>(--k);
      break;
    }
  }
  return found;
}

Document segment(const SourceFile& file, const std::vector<Block>& blocks, const Segmenter& segmenter) {
  Document doc;
  doc.sentences.reserve(file.bytes().size() / 120 + 1);
  advise_huge_pages(doc.sentences.data(), doc.sentences.capacity() * sizeof(Sentence));
  NormalizedText norm;
  for (size_t b = 0; b < blocks.size(); ++b) {
    const Block& block = blocks[b];
    normalize_into(norm, file.bytes(), block.spans, block.entities);
    auto parts = segmenter.split(norm.text);
    for (size_t k = 0; k < parts.size(); ++k) {
      auto [a, e] = parts[k];
      Sentence s;
      s.start = norm.map.start_of(a);
      s.end = norm.map.end_of(e);
      // Markup or an address skipped at either end of the block still
      // belongs to the sentence the writer sees there.
      if (block.raw_start != static_cast<size_t>(-1)) {
        if (k == 0 && block.raw_start < s.start) s.start = block.raw_start;
        if (k + 1 == parts.size() && block.raw_end > s.end) s.end = block.raw_end;
      }
      s.block = static_cast<int>(b);
      s.kind = block.kind;
      s.heading_level = block.heading_level;
      s.cell = block.cell;
      s.depth = block.depth;
      s.numbered = block.numbered;
      s.text = norm.text.substr(a, e - a);
      s.map = norm.map.slice(a, e);
      doc.sentences.push_back(std::move(s));
    }
  }
  return doc;
}

}  // namespace cc
