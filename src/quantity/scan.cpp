#include "quantity/scan.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace cc {

constexpr std::array<std::string_view, 24> kMonths = {
    "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"};

bool is_month(const std::string& w) {
  for (auto m : kMonths) {
    if (w == m) return true;
  }
  return false;
}

std::vector<Mention> SentenceScan::run() {
  std::vector<Mention> out;
  for (size_t i = 0; i < toks_.size(); ++i) {
    // Only a number or one of a few words can begin a figure.
    if (!is(i, TokenKind::Number) &&
        !(is(i, TokenKind::Word) && lex_.may_start_mention(text(i)) && lex_.mention_starts.count(low(i)))) {
      continue;
    }
    std::optional<Mention> m = fraction_at(i);
    if (!m) m = multiplier_at(i);
    if (!m) m = at(i);
    if (!m) continue;
    i = m->last;
    out.push_back(*m);
  }
  merge_restated(out);
  drop_number_runs(out);
  merge_ranges(out);
  return out;
}

std::optional<Mention> SentenceScan::at(size_t i) const {
  Mention m;
  m.first = m.fig_first = i;
  Decimal fn, fd;
  if (slash_fraction(i, &fn, &fd)) {
    m.num.value = divide(fn, fd);  // "3/4"
    m.num.exponent = -12;
    m.kind = QuantityKind::Ratio;
    m.fig_last = i + 2;
  } else if (is(i, TokenKind::Number)) {
    std::optional<Numeral> n = parse_numeral(text(i));
    if (!n) return std::nullopt;
    m.num = *n;
    m.fig_last = i;
    if (size_t g = money_space_groups(i)) {
      // "€1 250 000": digit groups set apart by plain spaces, after a currency.
      std::string joined;
      for (size_t k = i; k <= i + g; ++k) joined += text(k);
      if (std::optional<Numeral> all = parse_numeral(joined)) {
        m.num = *all;
        m.num.grouped = true;
        m.num.int_digits = static_cast<int>(joined.size());
        int zeros = 0;
        for (size_t z = joined.size(); z > 1 && joined[z - 1] == '0'; --z) ++zeros;
        m.num.exponent = zeros;
        m.fig_last = i + g;
      }
    } else if (n->exponent >= 0 && !n->grouped && !glued(i + 1) && slash_fraction(i + 1, &fn, &fd)) {
      m.num.value = n->value + divide(fn, fd);  // "2 1/4", "101 1/4"
      m.num.exponent = -12;
      m.fig_last = i + 3;
    }
  } else if (is(i, TokenKind::Word)) {
    std::optional<WordNumber> w = number_words(i);
    if (w) {
      m.num = w->num;
      m.fig_last = w->last;
      if (w->fraction) m.kind = QuantityKind::Ratio;
      if (w->loose) m.hedge = Hedge::Approx;
    } else if (size_t n = (low(i) == "a" || low(i) == "an") && is(i + 1, TokenKind::Word)
                              ? lex_.currency_after.match_at(t_, toks_, i + 1, nullptr)
                              : 0;
               n && !is(i + 1 + n, TokenKind::Number)) {
      m.num.value = 1;  // "a dollar", "a euro"; not "a US$4.7bn"
      m.fig_last = i;
    } else {
      return std::nullopt;
    }
    m.number_word = true;
  } else {
    return std::nullopt;
  }
  size_t j = m.fig_last + 1;
  // Scale: "bn", "billion", glued "m"; "lakh crore".
  Decimal scale;
  if (size_t n = lex_.scale_phrases.match_at(t_, toks_, j, &scale)) {
    m.scale = scale;
    m.scale_word = std::string(t_.substr(toks_[j].begin, toks_[j + n - 1].end - toks_[j].begin));
    j += n;
  } else if (is(j, TokenKind::Word)) {
    const std::string& w = low(j);
    auto full = lex_.scales.find(w);
    auto short_scale = lex_.glued_scales.find(w);
    if (full != lex_.scales.end()) {
      m.scale = full->second;
      m.scale_word = std::string(text(j));
      ++j;
    } else if (short_scale != lex_.glued_scales.end() && glued(j) && !m.number_word) {
      m.scale = short_scale->second;
      m.scale_word = std::string(text(j));
      ++j;
    }
  }
  // "3x", "1.5x": a multiplier written against the digits.
  if (!m.number_word && m.scale_word.empty() && is(j, TokenKind::Word) && glued(j) && low(j) == "x" &&
      !(is(j + 1, TokenKind::Number) && glued(j + 1))) {
    m.kind = QuantityKind::Multiplier;
    m.fig_last = m.last = j;
    return finish(m, i, j + 1);
  }
  // "2.5 times", "five times": a multiplier; "higher" after it makes a rise.
  if (m.scale_word.empty() && is(j, TokenKind::Word) && low(j) == "times") {
    m.kind = QuantityKind::Multiplier;
    m.fig_last = m.last = j;
    std::optional<Mention> r = finish(m, i, j + 1);
    if (r && lex_.times_up.match_at(t_, toks_, j + 1, nullptr)) r->change = Change::Up;
    return r;
  }
  // A word glued to the digits that is not a scale: "20th", "4G", "737s".
  if (!m.number_word && m.scale_word.empty() && is(j, TokenKind::Word) && glued(j)) {
    QuantityKind k;
    std::string code;
    if (!lex_.unit_words.match_at(t_, toks_, j, &k) && !lex_.currency_after.match_at(t_, toks_, j, &code) &&
        !lex_.minor_after.match_at(t_, toks_, j, &code)) {
      return std::nullopt;
    }
  }
  // "18-point", "5-percent", "a 12-cent dividend", "a 5-dollar bill": a unit
  // joined to the digits by a hyphen.
  if (!m.number_word && m.scale_word.empty() && punct(j, '-') && glued(j) && glued(j + 1) &&
      (lex_.unit_words.match_at(t_, toks_, j + 1, nullptr) || lex_.minor_after.match_at(t_, toks_, j + 1, nullptr) ||
       (is(j + 1, TokenKind::Word) && lex_.currency_after.match_at(t_, toks_, j + 1, nullptr)))) {
    ++j;
  }
  // Unit after: currency name, percent or points.
  std::string code;
  QuantityKind unit_kind;
  std::string minor;
  if (size_t n = lex_.currency_after.match_at(t_, toks_, j, &code)) {
    m.kind = QuantityKind::Money;
    m.unit = code;
    j += n;
  } else if (size_t nm = m.scale_word.empty() ? lex_.minor_after.match_at(t_, toks_, j, &minor) : 0;
             nm && (lex_.minor_glued_only.count(low(j)) == 0 || glued(j))) {
    // "45 cents", "470 pence", "197p": hundredths of the currency.
    m.kind = QuantityKind::Money;
    m.unit = minor;
    m.scale = Decimal::from_parts(1, -2);
    m.scale_word = std::string(text(j));
    j += nm;
  } else if (is(j, TokenKind::Symbol) && t_[toks_[j].begin] == '%') {
    m.kind = QuantityKind::Percent;
    m.unit = "%";
    ++j;
  } else if (size_t n2 = lex_.unit_words.match_at(t_, toks_, j, &unit_kind)) {
    m.kind = unit_kind;
    if (unit_kind == QuantityKind::Percent) {
      m.unit = "%";
    } else {
      const std::string& first = low(j);
      std::string all = lower(t_.substr(toks_[j].begin, toks_[j + n2 - 1].end - toks_[j].begin));
      m.unit = lex_.basis_points.count(all) || lex_.basis_points.count(first) ? "bp" : "pp";
    }
    j += n2;
  }
  m.fig_last = j - 1;
  m.last = j - 1;
  // Currency before: "$", "US$", "Rmb" (glued or spaced).
  size_t start = i;
  if (m.kind != QuantityKind::Percent && m.kind != QuantityKind::Points) {
    if (size_t n = lex_.currency_before.match_before(t_, toks_, start, &code)) {
      bool word_code = toks_[start - 1].kind == TokenKind::Word;
      // A currency word ("yuan 5") only counts glued or as a code in capitals.
      if (!(word_code && m.kind == QuantityKind::Money)) {
        m.kind = QuantityKind::Money;
        m.unit = code;
        start -= n;
        m.fig_first = start;
      }
    }
  }
  // "3 dollars 50 cents", "$20 and 43c": the hundredths join the amount.
  if (m.kind == QuantityKind::Money && m.scale_word.empty() && m.num.exponent >= 0) {
    Decimal cents;
    if (size_t n = minor_part(j, &cents)) {
      m.num.value = m.num.value + cents * Decimal::from_parts(1, -2);
      m.num.exponent = -2;
      j += n;
      m.fig_last = m.last = j - 1;
    }
  }
  // Not a figure: a model or product name ("H20", "GPT-4", "A100", "Covid-19").
  if (start == i && i > 0 && glued(i) && (is(i - 1, TokenKind::Word) || punct(i - 1, '-')) && !m.number_word) {
    if (is(i - 1, TokenKind::Word)) return std::nullopt;
    if (punct(i - 1, '-') && i >= 2 && is(i - 2, TokenKind::Word) && glued(i - 1)) return std::nullopt;
  }
  if (m.kind == QuantityKind::Number && (m.scale_word.empty() || m.scale_word.size() == 1) &&
      !lex_.hedges.match_before(t_, toks_, start, nullptr) && names_a_thing(i, j)) {
    return std::nullopt;
  }
  if (!m.number_word && m.kind == QuantityKind::Number && m.scale_word.empty()) {
    // Times, dates, years, codes and references are not figures.
    if (punct(m.fig_last + 1, ':') && glued(m.fig_last + 1) && is(m.fig_last + 2, TokenKind::Number)) return std::nullopt;
    if (i > 0 && punct(i - 1, ':') && glued(i) && is(i - 2, TokenKind::Number)) return std::nullopt;
    if (m.num.leading_zero) return std::nullopt;
    bool integer = m.num.exponent >= 0 && !m.num.grouped;
    if (integer && m.num.int_digits == 4 && m.num.value >= Decimal(1800) && m.num.value <= Decimal(2100)) {
      return std::nullopt;
    }
    if (i > 0 && is(i - 1, TokenKind::Word) && is_month(low(i - 1))) return std::nullopt;
    if (is(j, TokenKind::Word) && is_month(low(j))) return std::nullopt;
    if (i > 0 && (punct(i - 1, '#') || punct(i - 1, '[') || punct(i - 1, '/'))) return std::nullopt;
    if (punct(j, '/') || punct(j, ']')) return std::nullopt;

    if (punct(j, '-') && glued(j) && is(j + 1, TokenKind::Number)) {
      // "5-7%" is a range; "3-1" a score and "555-0123" a phone number.
      std::optional<Mention> next = at(j + 1);
      if (!next || next->kind == QuantityKind::Number) return std::nullopt;
    }
    if (i > 0 && punct(i - 1, '-') && glued(i) && i >= 2 && is(i - 2, TokenKind::Number) && glued(i - 1)) {
      return std::nullopt;
    }
  }
  // "10-year bonds", "a two-year gilt", "a 30-day window": a tenor, not a figure.
  if (m.kind == QuantityKind::Number && m.scale_word.empty() && punct(j, '-') && glued(j) && glued(j + 1) &&
      is(j + 1, TokenKind::Word) && lex_.tenor_words.count(low(j + 1))) {
    return std::nullopt;
  }
  if (m.number_word && m.kind == QuantityKind::Number && m.scale_word.empty() && m.num.value < Decimal(2)) {
    return std::nullopt;
  }
  // "-504", "minus 5%": written below zero.
  if (size_t sign = sign_before(start)) {
    m.num.value = -m.num.value;
    start -= sign;
    m.fig_first = start;
  }
  return finish(m, start, j);
}

// Hedge, change and counted noun: the words around a figure that spans
// tokens [start, j).
std::optional<Mention> SentenceScan::finish(Mention& m, size_t start, size_t j) const {
  // Hedge words before: "about", "more than", "at least".
  Hedge hedge;
  if (size_t n = lex_.hedges.match_before(t_, toks_, start, &hedge)) {
    m.hedge = hedge;
    start -= n;
  }
  m.first = start;
  // Stated change: "rose 20%", "fell by $2bn", "up 3 points", "a 12% drop".
  size_t before = start;
  if (before > 0 && is(before - 1, TokenKind::Word) && low(before - 1) == "by") --before;
  if (before > 0 && is(before - 1, TokenKind::Word)) {
    const std::string& w = low(before - 1);
    if (lex_.change_up_before.count(w)) m.change = Change::Up;
    if (lex_.change_down_before.count(w)) m.change = Change::Down;
    if (lex_.not_change.match_before(t_, toks_, before, nullptr)) m.change = Change::None;
  }
  // "fell -3.2%": the verb says the direction; the sign only repeats it.
  if (m.change != Change::None && m.num.value.negative()) m.num.value = -m.num.value;
  if (m.kind == QuantityKind::Multiplier && m.change == Change::None && start > 0 &&
      is(start - 1, TokenKind::Word) && lex_.multiplier_rise_before.count(low(start - 1))) {
    m.change = Change::Up;  // "capacity will triple"
  }
  if (m.change == Change::None && is(j, TokenKind::Word) && start > 0 && is(start - 1, TokenKind::Word) &&
      (low(start - 1) == "a" || low(start - 1) == "an")) {
    const std::string& w = low(j);
    if (lex_.change_up_after.count(w)) m.change = Change::Up;
    if (lex_.change_down_after.count(w)) m.change = Change::Down;
  }
  // A count: the noun right after a bare number ("230,000 Nvidia chips").
  if (m.kind == QuantityKind::Number) {
    if (auto noun = counted_noun(j)) {
      m.kind = QuantityKind::Count;
      m.unit = *noun;
    }
  }
  return m;
}

// The counted noun after a number: the first word, or a plural within the
// next two ("230,000 Nvidia chips", "71 million monthly active users").
std::optional<std::string> SentenceScan::counted_noun(size_t j) const {
  std::optional<std::string> head;
  bool acronym = false;
  // "a couple of analysts": past the "of" after a number in words.
  if (is(j, TokenKind::Word) && low(j) == "of" && j > 0 && is(j - 1, TokenKind::Word) &&
      lex_.article_numbers.count(low(j - 1))) {
    ++j;
  }
  for (size_t k = j; k < j + 3 && is(k, TokenKind::Word); ++k) {
    const std::string& w = low(k);
    if (lex_.not_nouns.count(w) || is_month(w)) break;
    if (k > j && !glued(k) && punct(k - 1, '-')) break;
    std::string_view raw = text(k);
    bool capital = std::isupper(static_cast<unsigned char>(raw[0])) != 0;
    // "MPs", "GPUs", "CEOs": the plural of an abbreviation.
    bool acronym_plural = raw.size() >= 3 && raw.back() == 's' &&
                          std::all_of(raw.begin(), raw.end() - 1, [](char c) { return std::isupper(static_cast<unsigned char>(c)); });
    bool plural = (!capital && w.size() > 3 && w.back() == 's' && w[w.size() - 2] != 's') || acronym_plural;
    if (k == j || plural) {
      head = w;
      acronym = acronym_plural;
    }
    if (plural) break;
  }
  if (!head) return std::nullopt;
  std::string w = *head;
  if (acronym) {
    w.pop_back();  // "mps" -> "mp"
  } else if (w.size() > 4 && w.compare(w.size() - 3, 3, "ies") == 0) {
    w = w.substr(0, w.size() - 3) + "y";
  } else if (w.size() > 3 && w.back() == 's' && w[w.size() - 2] != 's' && w[w.size() - 2] != 'u') {
    w.pop_back();
  }
  if (w == "people") w = "person";
  return w;
}

// "between 5 and 7%", "5-7%", "$10bn-$12bn": one quantity with a range.
void SentenceScan::merge_ranges(std::vector<Mention>& ms) const {
  // One pass: ms[out - 1] is the last kept mention, ms[k] the next one.
  size_t out = ms.empty() ? 0 : 1;
  for (size_t k = 1; k < ms.size(); ++k) {
    auto keep = [&]() {
      if (out != k) ms[out] = std::move(ms[k]);
      ++out;
    };
    if (ms[out - 1].range) {  // a range is not merged again
      keep();
      continue;
    }
    Mention& a = ms[out - 1];
    Mention& b = ms[k];
    bool between = a.first > 0 && is(a.first - 1, TokenKind::Word) && low(a.first - 1) == "between" &&
                   b.first == a.last + 2 && is(a.last + 1, TokenKind::Word) && low(a.last + 1) == "and";
    bool dash = b.first == a.last + 2 && punct(a.last + 1, '-') && glued(a.last + 1) && glued(b.first);
    bool to = b.first == a.last + 2 && is(a.last + 1, TokenKind::Word) && low(a.last + 1) == "to" &&
              a.change == Change::None && b.change == Change::None && a.hedge == Hedge::Exact &&
              (a.kind == QuantityKind::Number || a.kind == b.kind) && !(a.first > 0 && is(a.first - 1, TokenKind::Word) &&
              (low(a.first - 1) == "from" || lex_.change_up_before.count(low(a.first - 1)) ||
               lex_.change_down_before.count(low(a.first - 1))));
    if (!(between || dash || to) || (a.kind != QuantityKind::Number && a.kind != b.kind) ||
        (a.kind == QuantityKind::Number && b.kind == QuantityKind::Number && !between)) {
      keep();
      continue;
    }
    Mention r = b;
    r.first = between ? a.first - 1 : a.first;
    r.fig_first = a.fig_first;
    r.hedge = a.hedge;
    r.range = true;
    r.range_low = a.num.value * (a.scale_word.empty() ? b.scale : a.scale);
    r.range_high = b.num.value * b.scale;
    r.range_exponent = std::min(a.num.exponent, b.num.exponent);
    a = std::move(r);
  }
  ms.resize(out);
}

}  // namespace cc
