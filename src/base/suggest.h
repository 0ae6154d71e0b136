// "Did you mean": the closest known word to a misspelt one.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace cc {

// Levenshtein distance between a and b.
size_t edit_distance(std::string_view a, std::string_view b);

// " (did you mean 'x'?)" for the known word closest to `word`, when it is
// close enough to be a likely typo; "" otherwise.
std::string did_you_mean(std::string_view word, const std::vector<std::string>& known);

}  // namespace cc
