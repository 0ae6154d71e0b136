#include "quantity/scan.h"

#include <cctype>

namespace cc {

// The numerator of a fraction at token i: "a", "one", "two", "3".
std::optional<Decimal> SentenceScan::numerator(size_t i) const {
  if (!is(i, TokenKind::Word) && !is(i, TokenKind::Number)) return std::nullopt;
  const std::string& w = low(i);
  if (w == "a" || w == "an") return Decimal(1);
  if (is(i, TokenKind::Number)) return Decimal::parse(text(i));
  if (auto u = lex_.number_units.find(w); u != lex_.number_units.end()) return u->second;
  if (auto t = lex_.number_tens.find(w); t != lex_.number_tens.end()) return t->second;
  return std::nullopt;
}

// "half", "a third", "two-thirds", "one in five", "nine out of ten".
std::optional<Mention> SentenceScan::fraction_at(size_t i) const {
  Mention m;
  m.kind = QuantityKind::Ratio;
  m.fig_first = i;
  Decimal num, den;
  size_t last = 0;
  std::string w = is(i, TokenKind::Word) ? low(i) : "";
  if (w == "half" && !(i > 0 && lex_.period_words.count(low(i - 1)))) {
    if (is(i + 1, TokenKind::Word) && low(i + 1) == "a" && is(i + 2, TokenKind::Word) &&
        lex_.scales.count(low(i + 2))) {
      return std::nullopt;  // "half a million" is read as a number elsewhere
    }
    num = 1;
    den = 2;
    last = i;
  } else if (auto n = numerator(i)) {
    size_t k = i + 1;
    if (punct(k, '-') && glued(k)) ++k;
    if (is(k, TokenKind::Word) && lex_.denominators.count(low(k)) && low(k) != "half") {
      if (i > 0 && lex_.period_words.count(low(i - 1))) return std::nullopt;
      if (is(k + 1, TokenKind::Word) && (low(k + 1) == "century" || low(k + 1) == "quarter")) return std::nullopt;
      // "a quarter" names a period unless "of" follows ("a quarter of sales").
      bool of = is(k + 1, TokenKind::Word) && low(k + 1) == "of";
      if (!of && !(i > 0 && (low(i - 1) == "by" || lex_.change_up_before.count(low(i - 1)) ||
                              lex_.change_down_before.count(low(i - 1))))) {
        return std::nullopt;
      }
      num = *n;
      den = lex_.denominators.at(low(k));
      last = k;
      // "a quarter of a million", "two-thirds of a billion": the fraction
      // scales the word after it.
      if (of && is(k + 2, TokenKind::Word) && (low(k + 2) == "a" || low(k + 2) == "an") && is(k + 3, TokenKind::Word)) {
        if (auto sc = lex_.scales.find(low(k + 3)); sc != lex_.scales.end()) {
          m.kind = QuantityKind::Number;
          m.scale = sc->second;
          m.scale_word = std::string(text(k + 3));
          last = k + 3;
        }
      }
    } else {
      size_t d = k;
      if (is(k, TokenKind::Word) && low(k) == "in") d = k + 1;
      else if (is(k, TokenKind::Word) && low(k) == "out" && is(k + 1, TokenKind::Word) && low(k + 1) == "of") d = k + 2;
      else return std::nullopt;
      std::optional<Decimal> dn = numerator(d);
      if (!dn || low(d) == "a" || low(d) == "an" || *dn <= *n || *dn > Decimal(1000)) return std::nullopt;
      if (is(i, TokenKind::Number) && is(d, TokenKind::Number) && d + 1 < toks_.size() && is_month(low(d + 1))) {
        return std::nullopt;
      }
      num = *n;
      den = *dn;
      last = d;
    }
  } else {
    return std::nullopt;
  }
  m.num.value = divide(num, den);
  m.num.exponent = -12;
  m.fig_last = m.last = last;
  return finish(m, i, last + 1);
}

// "double", "twice", "threefold"; "doubled", "halved" as stated changes.
std::optional<Mention> SentenceScan::multiplier_at(size_t i) const {
  if (!is(i, TokenKind::Word)) return std::nullopt;
  const std::string& w = low(i);
  Mention m;
  m.kind = QuantityKind::Multiplier;
  m.fig_first = m.fig_last = m.last = i;
  if (auto it = lex_.multipliers.find(w); it != lex_.multipliers.end()) {
    m.num.value = it->second;
  } else if (auto up = lex_.multiplier_verbs_up.find(w); up != lex_.multiplier_verbs_up.end()) {
    m.num.value = up->second;
    m.change = Change::Up;
  } else if (auto down = lex_.multiplier_verbs_down.find(w); down != lex_.multiplier_verbs_down.end()) {
    m.num.value = down->second;
    m.change = Change::Down;
  } else {
    return std::nullopt;
  }
  m.num.exponent = -12;
  Change stated = m.change;
  std::optional<Mention> r = finish(m, i, i + 1);
  if (r && stated != Change::None) r->change = stated;
  return r;
}

// "3/4", "20/100": a fraction in digits at token i. Not a date ("3/4/2020",
// "on 3/4"), not "24/7" (the numerator is smaller), not "2019/20".
bool SentenceScan::slash_fraction(size_t i, Decimal* num, Decimal* den) const {
  if (!is(i, TokenKind::Number) || !punct(i + 1, '/') || !glued(i + 1) || !glued(i + 2) ||
      !is(i + 2, TokenKind::Number)) {
    return false;
  }
  if (punct(i + 3, '/') || (i > 0 && (punct(i - 1, '/') || (glued(i) && !punct(i - 1, '-') && !punct(i - 1, '('))))) {
    return false;
  }
  if (i > 0 && is(i - 1, TokenKind::Word) && lex_.date_words_before.count(low(i - 1))) return false;
  std::optional<Numeral> a = parse_numeral(text(i));
  std::optional<Numeral> b = parse_numeral(text(i + 2));
  if (!a || !b || a->exponent < 0 || b->exponent < 0 || a->grouped || b->grouped || a->leading_zero ||
      b->leading_zero || a->value.is_zero() || !(a->value < b->value) || Decimal(1000) < b->value) {
    return false;
  }
  *num = a->value;
  *den = b->value;
  return true;
}

// num / den to twelve decimal places (exact when it terminates sooner).
Decimal SentenceScan::divide(const Decimal& num, const Decimal& den) {
  double q = num.to_double() / den.to_double();
  __int128 m = static_cast<__int128>(q * 1e12 + (q >= 0 ? 0.5 : -0.5));
  return Decimal::from_parts(m, -12);
}

}  // namespace cc
