// Writing amounts the way the article writes them: "$12.3bn", "13.5%".
#pragma once

#include <string>

#include "base/decimal.h"
#include "quantity/lexicon.h"
#include "quantity/quantity.h"

namespace cc {

// Decimals that show one place finer than `q` was written: "$10bn" -> 1
// ("$11.6bn"), "$5.5bn" -> 2, "13 per cent" -> 1.
int display_decimals(const Quantity& q);

// `value` (base units) written in the currency, scale and unit of `like`,
// with at most `decimals` decimals (default: display_decimals(like)):
// format_like(12.3e9, "$5.5bn") -> "$12.3bn".
std::string format_like(const Decimal& value, const Quantity& like, const QuantityLexicon& lex, int decimals = -1);

// A plain number with thousands separators and at most `decimals` decimals.
std::string format_number(double value, int decimals);

// Canonical one-line form for dumps and tests:
// "money 6800000000 USD ~ [6120000000, 7480000000]".
std::string canonical(const Quantity& q);

}  // namespace cc
