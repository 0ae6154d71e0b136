#include "base/interval.h"

namespace cc {

std::string Interval::str() const {
  std::string s;
  s += lo.infinite ? "(-inf" : (lo.open ? "(" : "[") + lo.value.str();
  s += ", ";
  s += hi.infinite ? "inf)" : hi.value.str() + (hi.open ? ")" : "]");
  return s;
}

}  // namespace cc
