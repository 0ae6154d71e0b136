#include "quantity/format.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

namespace cc {

std::string format_number(double value, int decimals) {
  std::string s = fmt::format("{:.{}f}", std::fabs(value), decimals);
  if (s.find('.') != std::string::npos) {
    while (s.back() == '0') s.pop_back();
    if (s.back() == '.') s.pop_back();
  }
  size_t point = s.find('.');
  std::string int_part = s.substr(0, point);
  std::string rest = point == std::string::npos ? "" : s.substr(point);
  std::string grouped;
  for (size_t i = 0; i < int_part.size(); ++i) {
    if (i > 0 && (int_part.size() - i) % 3 == 0 && int_part.size() > 3) grouped += ',';
    grouped += int_part[i];
  }
  if (grouped == "0" && rest.empty()) return "0";
  return (value < 0 ? "-" : "") + grouped + rest;
}

namespace {

// Power of ten of a decimal's last non-zero digit.
int last_digit_exponent(const Decimal& d) {
  int e = d.exponent();
  for (__int128 m = d.mantissa(); m != 0 && m % 10 == 0; m /= 10) ++e;
  return e;
}

}  // namespace

int display_decimals(const Quantity& q) {
  if (q.scale.is_zero() || q.half_unit.is_zero()) return 2;
  int step = last_digit_exponent(q.half_unit * Decimal(2));
  int decimals = last_digit_exponent(q.scale) - step + 1;
  return std::clamp(decimals, 0, 3);
}

std::string format_like(const Decimal& value, const Quantity& like, const QuantityLexicon& lex, int decimals) {
  if (decimals < 0) decimals = display_decimals(like);
  double scale = like.scale.to_double();
  double v = value.to_double() / (scale == 0 ? 1 : scale);
  std::string number = format_number(v, decimals);
  std::string scale_word = like.scale_word;
  if (!scale_word.empty() && scale_word.size() > 2 && scale_word != "mln" && scale_word != "bln") {
    scale_word = " " + scale_word;
  }
  switch (like.kind) {
    case QuantityKind::Money: {
      if (like.scale < Decimal(1)) return number + (like.scale_word == "p" ? "p" : " " + like.scale_word);
      auto it = lex.currency_print.find(like.unit);
      std::string sym = it == lex.currency_print.end() ? like.unit + " " : it->second;
      std::string sign = number[0] == '-' ? "-" : "";
      if (!sign.empty()) number.erase(0, 1);
      return sign + sym + number + scale_word;
    }
    case QuantityKind::Percent:
      return number + scale_word + "%";
    case QuantityKind::Points:
      return number + (like.unit == "bp" ? " basis points" : " points");
    case QuantityKind::Count:
      return number + scale_word + " " + like.unit + (v == 1 ? "" : "s");
    default:
      return number + scale_word;
  }
}

std::string canonical(const Quantity& q) {
  std::string s = fmt::format("{} {}", kind_name(q.kind), q.value.str());
  if (!q.unit.empty()) s += " " + q.unit;
  s += fmt::format(" {} {}", hedge_symbol(q.hedge), q.strict.str());
  if (q.change != Change::None) s += fmt::format(" change={}", change_name(q.change));
  return s;
}

}  // namespace cc
