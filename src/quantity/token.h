// Tokens of normalized sentence text, as the quantity grammar sees them.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace cc {

enum class TokenKind : uint8_t {
  Word,    // letters: "bn", "Rmb", "percent", "Zürich"
  Number,  // digits with inner separators: "230,000", "5.5", "27,50"
  Symbol,  // currency and percent signs: "$", "€", "%"
  Punct,   // anything else, one character
};

// One token: a half-open byte range of the sentence text.
struct Token {
  uint32_t begin = 0, end = 0;
  TokenKind kind = TokenKind::Punct;
  bool space_before = false;  // whitespace separates it from the previous token
};

// Splits text into tokens; whitespace separates tokens and is not kept.
std::vector<Token> tokenize(std::string_view text);

// Lower-cased ASCII copy of a token's text.
std::string lower(std::string_view s);
// The same into `out`, reusing its buffer (for loops over every token).
void lower_into(std::string_view s, std::string& out);
// `text` equals `lower_literal` (already lower-case) in any ASCII case.
bool iequals(std::string_view text, std::string_view lower_literal);

}  // namespace cc
