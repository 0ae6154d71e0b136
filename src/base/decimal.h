// Exact decimal numbers: the value a figure states, digit for digit.
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace cc {

// A decimal value m * 10^e held exactly (no binary rounding).
class Decimal {
 public:
  Decimal() = default;
  Decimal(long long v) : m_(v), e_(0) { normalize(); }  // NOLINT: implicit from integers is convenient
  static Decimal from_parts(__int128 mantissa, int exponent);

  // Parses "123", "-4.56", "0.001"; no grouping, no exponent.
  static std::optional<Decimal> parse(std::string_view s);

  // The half of one unit in the last written place: "5.5" -> 0.05, "12" -> 0.5.
  static Decimal half_unit(int exponent);

  Decimal operator+(const Decimal& o) const;
  Decimal operator-(const Decimal& o) const;
  Decimal operator*(const Decimal& o) const;
  Decimal operator-() const { return from_parts(-m_, e_); }
  Decimal& operator+=(const Decimal& o) { return *this = *this + o; }
  std::strong_ordering operator<=>(const Decimal& o) const;
  bool operator==(const Decimal& o) const { return (*this <=> o) == std::strong_ordering::equal; }

  bool is_zero() const { return m_ == 0; }
  bool negative() const { return m_ < 0; }
  double to_double() const;
  // Plain decimal text without exponent: "6800000000", "0.25", "-1.5".
  std::string str() const;
  // The same as a rational "num/den" with an integer numerator and denominator.
  std::string rational() const;

  __int128 mantissa() const { return m_; }
  int exponent() const { return e_; }

 private:
  // The mantissa at 8-byte alignment: a Decimal takes 24 bytes, not 32, and
  // a document's claims hold many of them. (A typedef may lower alignment.)
  using Mantissa = __int128 __attribute__((aligned(8)));
  void normalize();
  Mantissa m_ = 0;
  int e_ = 0;
};

}  // namespace cc
