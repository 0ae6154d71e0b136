// Amounts written in two units: "3 dollars 50 cents", "$20 and 43c",
// "thirteen dollars and forty-five cents", "3 UAH 4 kopiykas".
#include "quantity/scan.h"

namespace cc {

size_t SentenceScan::minor_part(size_t j, Decimal* value) const {
  size_t k = j;
  if (is(k, TokenKind::Word) && low(k) == "and") ++k;
  Decimal v;
  size_t last = k;
  if (is(k, TokenKind::Number)) {
    std::optional<Numeral> n = parse_numeral(text(k));
    if (!n || n->exponent < 0 || n->int_digits > 2) return 0;
    v = n->value;
  } else if (std::optional<Decimal> w = small_number(k, &last)) {
    v = *w;
  } else {
    return 0;
  }
  size_t u = last + 1;
  std::string code;
  size_t n = lex_.minor_after.match_at(t_, toks_, u, &code);
  if (n && lex_.minor_glued_only.count(low(u)) && !glued(u)) n = 0;
  // "43c", "43¢": cents written against the digits.
  if (!n && glued(u) && is(k, TokenKind::Number) &&
      ((is(u, TokenKind::Word) && text(u) == "c") || (is(u, TokenKind::Symbol) && text(u) == "\u00a2"))) {
    n = 1;
  }
  if (!n) return 0;
  *value = v;
  return u + n - j;
}

size_t SentenceScan::money_space_groups(size_t i) const {
  auto plain_digits = [&](size_t k, size_t max) {
    if (!is(k, TokenKind::Number)) return false;
    std::string_view d = text(k);
    if (d.empty() || d.size() > max) return false;
    for (char c : d) {
      if (c < '0' || c > '9') return false;
    }
    return true;
  };
  // Cheapest test first: most figures have no spaced 3-digit group after them.
  if (glued(i + 1) || !plain_digits(i + 1, 3) || text(i + 1).size() != 3) return 0;
  if (!plain_digits(i, 3) || text(i)[0] == '0' || !lex_.currency_before.match_before(t_, toks_, i, nullptr)) return 0;
  size_t g = 0;
  while (!glued(i + g + 1) && plain_digits(i + g + 1, 3) && text(i + g + 1).size() == 3) ++g;
  // "€1 250 000" but not "$5 100-metre" or "$5 100m".
  if (g && glued(i + g + 1) && (is(i + g + 1, TokenKind::Word) || punct(i + g + 1, '-'))) return 0;
  return g;
}

}  // namespace cc
