// Plain-text tables aligned with spaces (see aligned_table.cpp).
#pragma once

#include <string_view>
#include <vector>

#include "text/document.h"

namespace cc {

// When the lines from `from` form an aligned table, appends one table-cell
// block per field (table index `table`) and returns where the table ends
// (the start of the line after it); otherwise returns 0 and appends nothing.
size_t aligned_table(std::string_view bytes, size_t from, int table, std::vector<Block>& blocks);

}  // namespace cc
