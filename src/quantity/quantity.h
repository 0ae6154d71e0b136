// A figure recognized in text: value interval, unit, kind and hedge.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "base/decimal.h"
#include "base/interval.h"

namespace cc {

enum class QuantityKind : uint8_t { Money, Percent, Points, Count, Number, Ratio, Multiplier, Ordinal };
// How a hedge word bounds the stated value.
enum class Hedge : uint8_t { Exact, Approx, BelowApprox, AboveApprox, Greater, AtLeast, Less, AtMost };
enum class Change : uint8_t { None, Up, Down };

// One figure in one sentence. Offsets are bytes of the original file.
struct Quantity {
  size_t start = 0, end = 0;          // whole mention incl. hedge and currency
  size_t figure_start = 0, figure_end = 0;  // the digits and unit, for a caret
  size_t text_begin = 0, text_end = 0;      // the mention in the sentence's normalized text
  std::string text;                   // normalized text of the whole mention
  QuantityKind kind = QuantityKind::Number;
  Hedge hedge = Hedge::Exact;
  Change change = Change::None;
  bool range = false;                 // "between 5 and 7": low..high below
  Decimal value;                      // stated value in base units (range: midpoint)
  Decimal half_unit;                  // rounding radius from the written digits, base units
  Decimal range_low, range_high;
  std::string unit;                   // ISO 4217 code, "%", "pp", "bp" or the counted noun
  Decimal scale = 1;                  // the written scale ("bn" -> 1e9)
  std::string scale_word;             // as written: "bn", "billion", ""
  Interval strict;                    // what the text allows at stated tolerance
  Interval relaxed;                   // the same at doubled tolerance
};

std::string_view kind_name(QuantityKind k);
// "=", "~", ">", ">=", "<", "<=" as in the extract output.
std::string_view hedge_symbol(Hedge h);
std::string_view change_name(Change c);

// Fills q.strict and q.relaxed from value, half_unit, hedge and range, with
// `tolerance` the relative width of "about" (0.1 = 10%).
void compute_intervals(Quantity& q, const Decimal& tolerance);

}  // namespace cc
