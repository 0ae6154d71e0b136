#include "quantity/scan.h"

#include <cctype>

namespace cc {

// A bare number that names a thing or a place, not an amount: after a
// capitalised name ("Boeing 737", "Section 301", "FTSE 100", "Big Four"),
// before a dash and a name ("7-Eleven"), after "+" (phone), before a
// street ("10 Downing Street") or a time zone ("12.45 CET").
bool SentenceScan::names_a_thing(size_t i, size_t j) const {
  if (i > 0 && is(i - 1, TokenKind::Word)) {
    std::string_view w = text(i - 1);
    bool capitalised = false;
    for (char c : w) capitalised = capitalised || std::isupper(static_cast<unsigned char>(c));
    if (capitalised && !lex_.capitalised_ok.count(lower(w))) return true;
  }
  if (i > 0 && punct(i - 1, '+')) return true;
  if (i >= 2 && punct(i - 1, '-') && glued(i - 1) && glued(i) && is(i - 2, TokenKind::Number)) return true;
  if (punct(j, '-') && glued(j) && is(j + 1, TokenKind::Word)) {
    std::string_view w = text(j + 1);
    if (std::isupper(static_cast<unsigned char>(w[0]))) return true;
  }
  for (size_t k = j; k < j + 4 && is(k, TokenKind::Word); ++k) {
    const std::string& w = low(k);
    if (lex_.street_words.count(w) && k > j) return true;
    if (k == j && lex_.time_words.count(w)) return true;
    if (!std::isupper(static_cast<unsigned char>(text(k)[0]))) break;
  }
  return false;
}

// "+44 20 7873 3000", "020 7873 4000": bare numbers side by side are a
// phone number or a code, never figures.
void SentenceScan::drop_number_runs(std::vector<Mention>& ms) const {
  std::vector<bool> drop(ms.size(), false);
  for (size_t k = 0; k + 1 < ms.size(); ++k) {
    const Mention& a = ms[k];
    const Mention& b = ms[k + 1];
    bool bare_a = a.kind == QuantityKind::Number && a.scale_word.empty() && !a.number_word;
    bool bare_b = b.kind == QuantityKind::Number && b.scale_word.empty() && !b.number_word;
    bool adjacent = b.first == a.last + 1 || (b.first == a.last + 2 && punct(a.last + 1, ')'));
    if (bare_a && bare_b && adjacent) drop[k] = drop[k + 1] = true;
  }
  size_t w = 0;
  for (size_t k = 0; k < ms.size(); ++k) {
    if (!drop[k]) ms[w++] = ms[k];
  }
  ms.resize(w);
}

}  // namespace cc

namespace cc {

// "forty-five (45)", "45 (forty five)": a figure restated in parentheses, one
// in words and one in digits, is one figure.
void SentenceScan::merge_restated(std::vector<Mention>& ms) const {
  size_t out = 0;  // one pass, compacting in place (no erase in the loop)
  for (size_t k = 0; k < ms.size(); ++k) {
    if (out > 0) {
      Mention& a = ms[out - 1];
      const Mention& b = ms[k];
      bool restated = b.first == a.last + 2 && punct(a.last + 1, '(') && punct(b.last + 1, ')') &&
                      a.number_word != b.number_word && a.num.value * a.scale == b.num.value * b.scale &&
                      (a.kind == b.kind || a.kind == QuantityKind::Number || b.kind == QuantityKind::Number);
      if (restated) {
        if (a.kind == QuantityKind::Number) {
          a.kind = b.kind;
          a.unit = b.unit;
        }
        a.last = b.last + 1;
        continue;
      }
    }
    if (out != k) ms[out] = std::move(ms[k]);
    ++out;
  }
  ms.resize(out);
}

}  // namespace cc
