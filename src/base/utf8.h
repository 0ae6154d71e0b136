// Small UTF-8 helpers: decoding one code point and counting characters.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace cc::utf8 {

// One decoded code point and the number of bytes it took; `valid` is false for
// a malformed or truncated sequence (then `length` is 1 and `cp` is U+FFFD).
struct Decoded {
  char32_t cp;
  int length;
  bool valid;
};

// Decodes the code point starting at s[i] (i < s.size()).
Decoded decode(std::string_view s, size_t i);

// Number of characters (code points; a malformed byte counts as one) in s.
size_t count_chars(std::string_view s);

// Appends the UTF-8 encoding of cp to out.
void append(std::string& out, char32_t cp);

// Offset of the first malformed byte in s, or npos when s is valid UTF-8.
size_t first_invalid(std::string_view s);

inline bool is_continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

}  // namespace cc::utf8
