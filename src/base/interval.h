// Intervals of real values: what a rounded or hedged figure allows.
#pragma once

#include <string>

#include "base/decimal.h"

namespace cc {

// One end of an interval; `infinite` means unbounded on that side.
struct Bound {
  Decimal value;
  bool open = false;
  bool infinite = false;
};

// A real interval with open, closed or unbounded ends.
struct Interval {
  Bound lo, hi;

  static Interval closed(Decimal lo, Decimal hi) { return {{lo, false, false}, {hi, false, false}}; }
  static Interval point(Decimal v) { return closed(v, v); }
  bool bounded() const { return !lo.infinite && !hi.infinite; }
  bool contains(const Decimal& v) const {
    if (!lo.infinite && (lo.open ? v <= lo.value : v < lo.value)) return false;
    return hi.infinite || (hi.open ? v < hi.value : v <= hi.value);
  }
  // "[5.45, 5.55]", "(12, inf)": the canonical text form used in dumps and tests.
  std::string str() const;
};

}  // namespace cc
