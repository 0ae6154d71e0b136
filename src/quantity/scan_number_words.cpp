// Numbers written in words: the grammar of "two hundred and five",
// "twenty-one thousand and twelve", "three crore twelve lakh", "two point
// five", "five and a quarter", "three fifths", "a couple of", "half a million".
#include <string>

#include "quantity/scan.h"

namespace cc {

std::optional<Decimal> SentenceScan::small_number(size_t j, size_t* last) const {
  if (!is(j, TokenKind::Word)) return std::nullopt;
  const std::string& w = low(j);
  if (auto u = lex_.number_units.find(w); u != lex_.number_units.end()) {
    *last = j;
    return u->second;
  }
  if (auto t = lex_.number_tens.find(w); t != lex_.number_tens.end()) {
    *last = j;
    // "seventy-one"
    if (punct(j + 1, '-') && glued(j + 1) && glued(j + 2) && is(j + 2, TokenKind::Word)) {
      auto u = lex_.number_units.find(low(j + 2));
      if (u != lex_.number_units.end() && u->second < Decimal(10) && !u->second.is_zero()) {
        *last = j + 2;
        return t->second + u->second;
      }
    }
    return t->second;
  }
  return std::nullopt;
}

bool SentenceScan::fraction_words(size_t j, Decimal* num, Decimal* den, size_t* last) const {
  if (!is(j, TokenKind::Word)) return false;
  size_t k;
  if (low(j) == "a" || low(j) == "an") {
    *num = 1;
    k = j;
  } else if (auto n = small_number(j, &k)) {
    *num = *n;
  } else {
    return false;
  }
  ++k;
  if (punct(k, '-') && glued(k) && glued(k + 1)) ++k;  // "two-thirds"
  if (!is(k, TokenKind::Word)) return false;
  auto d = lex_.denominators.find(low(k));
  if (d == lex_.denominators.end()) return false;
  *den = d->second;
  *last = k;
  return true;
}

std::optional<SentenceScan::WordNumber> SentenceScan::number_words(size_t i) const {
  Decimal total = 0, group = 0;
  Decimal tail = 0;  // what was added since the last "and" or multiplier: "and two dozen"
  bool any = false, loose = false;
  int exponent = 0;
  enum class Prev { None, Small, Tens, Hundred, Multiplier, And } prev = Prev::None;
  size_t j = i;
  auto word = [&](size_t k, std::string_view w) { return is(k, TokenKind::Word) && low(k) == w; };
  // After "and", a fraction whose numerator is below twenty ends the whole
  // number: "five and a quarter", "twenty and three fifths"; "a hundred and
  // thirty-two fifths" is 132 fifths.
  auto and_fraction = [&](size_t k, Decimal* num, Decimal* den, size_t* last) {
    return fraction_words(k, num, den, last) && *num < Decimal(20);
  };
  auto is_multiplier = [&](size_t k) {
    return is(k, TokenKind::Word) && (low(k) == "hundred" || lex_.number_multipliers.count(low(k)) ||
                                      lex_.tail_multipliers.count(low(k)));
  };
  // "a hundred", "a dozen", "a couple of", "half a million".
  auto article = is(j + 1, TokenKind::Word) ? lex_.article_numbers.find(low(j + 1)) : lex_.article_numbers.end();
  if (word(j, "a") || word(j, "an")) {
    if (article != lex_.article_numbers.end()) {
      group = tail = article->second;
      loose = lex_.loose_numbers.count(article->first) > 0;
      j += 2;
      any = true;
      prev = Prev::Small;
      // "a couple of hundred": the next word scales it; "a couple of
      // analysts": the figure is "a couple" and "of" leads to the noun.
      size_t after_of = word(j, "of") ? j + 1 : j;
      if (is_multiplier(after_of) || (is(after_of, TokenKind::Word) && lex_.scales.count(low(after_of)))) {
        j = after_of;
      } else {
        Numeral n;
        n.value = group;
        return WordNumber{n, j - 1, false, loose};
      }
    } else if (is_multiplier(j + 1)) {
      group = tail = 1;
      ++j;
      any = true;
      prev = Prev::Small;
    }
  } else if (word(j, "half") && word(j + 1, "a") &&
             (is_multiplier(j + 2) || (is(j + 2, TokenKind::Word) && lex_.scales.count(low(j + 2))))) {
    group = tail = Decimal::from_parts(5, -1);
    exponent = -1;
    j += 2;
    any = true;
    prev = Prev::Small;
  }
  while (is(j, TokenKind::Word)) {
    const std::string& w = low(j);
    size_t last = j;
    if (std::optional<Decimal> v = small_number(j, &last)) {
      // "twenty one" and "hundred and five" join; "five six" does not.
      bool tens_word = lex_.number_tens.count(w) > 0;
      bool joins = prev == Prev::None || prev == Prev::Hundred || prev == Prev::Multiplier || prev == Prev::And ||
                   (prev == Prev::Tens && !tens_word && last == j && *v < Decimal(10));
      if (!joins) break;
      group += *v;
      tail += *v;
      prev = tens_word && last == j ? Prev::Tens : Prev::Small;
      j = last + 1;
      any = true;
      continue;
    }
    if (!any) break;
    if (w == "hundred" && (prev == Prev::Small || prev == Prev::Tens)) {
      group = group * Decimal(100);
      tail = group;
      prev = Prev::Hundred;
      ++j;
      continue;
    }
    if (auto tm = lex_.tail_multipliers.find(w); tm != lex_.tail_multipliers.end()) {
      // "three dozen", "three hundred and two dozen" (324): the last part only.
      group = group - tail + tail * tm->second;
      tail = 0;
      ++j;
      break;
    }
    if (auto mu = lex_.number_multipliers.find(w); mu != lex_.number_multipliers.end() && prev != Prev::And) {
      size_t k = word(j + 1, "and") ? j + 2 : j + 1;
      size_t dummy;
      Decimal fn, fd;
      bool continues = small_number(k, &dummy).has_value() && !(k > j + 1 && and_fraction(k, &fn, &fd, &dummy));
      bool scale_next = is(j + 1, TokenKind::Word) &&
                        (lex_.scales.count(low(j + 1)) || lex_.number_multipliers.count(low(j + 1)));
      if (continues) {
        // "twenty-one thousand eleven", "three crore twelve lakh"
        total += group * mu->second;
        group = tail = 0;
        prev = Prev::Multiplier;
        j = k;
        continue;
      }
      if (scale_next && total.is_zero()) {
        // "three thousand million(s)": the outer word is the scale.
        group = group * mu->second;
        tail = group;
        prev = Prev::Multiplier;
        ++j;
        break;
      }
      if (!total.is_zero()) {
        // "two million three hundred thousand": the last multiplier closes it.
        total += group * mu->second;
        group = tail = 0;
        ++j;
      }
      break;  // "two million": left as the scale word
    }
    if (w == "and" && (prev == Prev::Hundred || prev == Prev::Multiplier)) {
      size_t dummy;
      Decimal fn, fd;
      if (!small_number(j + 1, &dummy) || and_fraction(j + 1, &fn, &fd, &dummy)) break;
      tail = 0;
      prev = Prev::And;
      ++j;
      continue;
    }
    break;
  }
  if (!any) return std::nullopt;
  Decimal whole = total + group;
  Numeral n;
  n.value = whole;
  n.exponent = exponent;
  // "two point five", "nine point nought four", "two hundred point seventy-one"
  if (word(j, "point")) {
    std::string digits;
    size_t k = j + 1, last = j;
    while (std::optional<Decimal> v = small_number(k, &last)) {
      digits += std::to_string(static_cast<long long>(v->to_double()));
      k = last + 1;
    }
    if (!digits.empty()) {
      std::optional<Decimal> frac = Decimal::parse("0." + digits);
      if (frac) {
        n.value = whole + *frac;
        n.exponent = -static_cast<int>(digits.size());
        return WordNumber{n, k - 1, false, loose};
      }
    }
  }
  // "five and a quarter", "two and a half", "twenty and three fifths"
  Decimal num, den;
  size_t flast;
  if (word(j, "and") && and_fraction(j + 1, &num, &den, &flast)) {
    n.value = whole + divide(num, den);
    n.exponent = -2;
    return WordNumber{n, flast, false, loose};
  }
  // "three fifths", "twenty-three fifths": the number is the numerator. A
  // plural that also names periods ("three quarters in a row") needs "of".
  if (is(j, TokenKind::Word) && whole >= Decimal(2) && !loose) {
    const std::string& d = low(j);
    auto dn = lex_.denominators.find(d);
    if (dn != lex_.denominators.end() && d.back() == 's' &&
        (!lex_.ambiguous_plurals.count(d) || word(j + 1, "of"))) {
      n.value = divide(whole, dn->second);
      n.exponent = -12;
      return WordNumber{n, j, true, false};
    }
  }
  return WordNumber{n, j - 1, false, loose};
}

size_t SentenceScan::sign_before(size_t i) const {
  if (i == 0) return 0;
  // "-504", "(-3.2%)": a minus sign against the figure, not joining two
  // words or numbers ("3-1", "COVID-19").
  if (punct(i - 1, '-') && glued(i) && (i == 1 || !glued(i - 1) || punct(i - 2, '(') || punct(i - 2, '|'))) {
    return 1;
  }
  if (is(i - 1, TokenKind::Word) && lex_.sign_words.count(low(i - 1))) {
    // "plus or minus 3%" is a margin, not a negative figure.
    if (i >= 3 && low(i - 2) == "or" && low(i - 3) == "plus") return 0;
    return 1;
  }
  return 0;
}

}  // namespace cc
