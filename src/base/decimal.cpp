#include "base/decimal.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace cc {
namespace {

__int128 pow10(int n) {
  __int128 r = 1;
  for (int i = 0; i < n; ++i) r *= 10;
  return r;
}

std::string int128_str(__int128 v) {
  if (v == 0) return "0";
  bool neg = v < 0;
  unsigned __int128 u = neg ? static_cast<unsigned __int128>(-(v + 1)) + 1 : static_cast<unsigned __int128>(v);
  std::string s;
  while (u > 0) {
    s.push_back(static_cast<char>('0' + static_cast<int>(u % 10)));
    u /= 10;
  }
  if (neg) s.push_back('-');
  std::reverse(s.begin(), s.end());
  return s;
}

// Brings both to the smaller exponent; throws if that would overflow.
void align(__int128& a, int& ea, __int128& b, int& eb) {
  constexpr __int128 kLimit = static_cast<__int128>(1) << 120;
  while (ea > eb) {
    if (a > kLimit / 10 || a < -kLimit / 10) throw std::overflow_error("decimal overflow");
    a *= 10;
    --ea;
  }
  while (eb > ea) {
    if (b > kLimit / 10 || b < -kLimit / 10) throw std::overflow_error("decimal overflow");
    b *= 10;
    --eb;
  }
}

}  // namespace

Decimal Decimal::from_parts(__int128 mantissa, int exponent) {
  Decimal d;
  d.m_ = mantissa;
  d.e_ = exponent;
  d.normalize();
  return d;
}

void Decimal::normalize() {
  if (m_ == 0) {
    e_ = 0;
    return;
  }
  while (m_ % 10 == 0) {
    m_ /= 10;
    ++e_;
  }
}

std::optional<Decimal> Decimal::parse(std::string_view s) {
  if (s.empty()) return std::nullopt;
  bool neg = false;
  size_t i = 0;
  if (s[0] == '-' || s[0] == '+') {
    neg = s[0] == '-';
    ++i;
  }
  __int128 m = 0;
  int e = 0;
  bool seen_digit = false, seen_point = false;
  int digits = 0;
  for (; i < s.size(); ++i) {
    char c = s[i];
    if (c >= '0' && c <= '9') {
      if (++digits > 36) return std::nullopt;
      m = m * 10 + (c - '0');
      if (seen_point) --e;
      seen_digit = true;
    } else if (c == '.' && !seen_point) {
      seen_point = true;
    } else {
      return std::nullopt;
    }
  }
  if (!seen_digit) return std::nullopt;
  return from_parts(neg ? -m : m, e);
}

Decimal Decimal::half_unit(int exponent) { return from_parts(5, exponent - 1); }

Decimal Decimal::operator+(const Decimal& o) const {
  __int128 a = m_, b = o.m_;
  int ea = e_, eb = o.e_;
  align(a, ea, b, eb);
  return from_parts(a + b, ea);
}

Decimal Decimal::operator-(const Decimal& o) const { return *this + (-o); }

Decimal Decimal::operator*(const Decimal& o) const {
  constexpr __int128 kLimit = static_cast<__int128>(1) << 62;
  __int128 a = m_, b = o.m_;
  if ((a > kLimit || a < -kLimit) && (b > kLimit || b < -kLimit)) throw std::overflow_error("decimal overflow");
  return from_parts(a * b, e_ + o.e_);
}

std::strong_ordering Decimal::operator<=>(const Decimal& o) const {
  __int128 a = m_, b = o.m_;
  int ea = e_, eb = o.e_;
  if ((a < 0) != (b < 0)) return a < 0 ? std::strong_ordering::less : std::strong_ordering::greater;
  try {
    align(a, ea, b, eb);
  } catch (const std::overflow_error&) {
    // Magnitudes differ by a huge factor: compare by double, which is then exact enough.
    double x = to_double(), y = o.to_double();
    return x < y ? std::strong_ordering::less : (x > y ? std::strong_ordering::greater : std::strong_ordering::equal);
  }
  if (a < b) return std::strong_ordering::less;
  if (a > b) return std::strong_ordering::greater;
  return std::strong_ordering::equal;
}

double Decimal::to_double() const { return static_cast<double>(m_) * std::pow(10.0, e_); }

std::string Decimal::str() const {
  std::string digits = int128_str(m_ < 0 ? -m_ : m_);
  std::string sign = m_ < 0 ? "-" : "";
  if (e_ >= 0) return sign + digits + std::string(static_cast<size_t>(e_), '0');
  size_t frac = static_cast<size_t>(-e_);
  if (digits.size() <= frac) digits.insert(0, frac - digits.size() + 1, '0');
  return sign + digits.substr(0, digits.size() - frac) + "." + digits.substr(digits.size() - frac);
}

std::string Decimal::rational() const {
  if (e_ >= 0) return int128_str(m_ * pow10(e_));
  __int128 num = m_, den = pow10(-e_);
  __int128 a = num < 0 ? -num : num, b = den;
  while (b != 0) {
    __int128 t = a % b;
    a = b;
    b = t;
  }
  if (a > 1) {
    num /= a;
    den /= a;
  }
  if (den == 1) return int128_str(num);
  return int128_str(num) + "/" + int128_str(den);
}

}  // namespace cc
