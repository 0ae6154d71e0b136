// Reading the digits of one number token: value and written precision.
#pragma once

#include <optional>
#include <string_view>

#include "base/decimal.h"

namespace cc {

// A numeral as written: its value and the place of its last significant
// digit (10^exponent), so "5.5" has exponent -1 and "230,000" exponent 4.
struct Numeral {
  Decimal value;
  int exponent = 0;
  bool grouped = false;       // had thousands separators
  bool leading_zero = false;  // "02124": a code, not an amount
  int int_digits = 0;         // digits before the decimal separator
};

// Parses "230,000", "1,700,000", "5.5", "27,50" (decimal comma), "1.700.000",
// "1,20,000" (Indian grouping). Returns nullopt for malformed grouping.
std::optional<Numeral> parse_numeral(std::string_view s);

}  // namespace cc
