#include "quantity/token.h"

#include <cctype>

#include "base/utf8.h"

namespace cc {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_ascii_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

bool is_symbol(char32_t cp) {
  if (cp >= 0x20A0 && cp <= 0x20CF) return true;  // the Currency Symbols block: € ₹ ₩ ₽ ₡ ₭ ₾ ...
  switch (cp) {
    case '$': case '%': case 0x00A3: case 0x00A5: case 0x0E3F: case 0x00A2: case 0x2030:
      return true;
    default:
      return false;
  }
}

// Letters outside ASCII (é, ü, Chinese characters) are word characters;
// punctuation and symbols outside ASCII are not.
bool is_word_cp(char32_t cp) {
  if (cp < 0x80) return is_ascii_alpha(static_cast<char>(cp));
  if (is_symbol(cp)) return false;
  if (cp >= 0x2000 && cp <= 0x2BFF) return false;  // punctuation, arrows, math
  if (cp == 0x00B7 || cp == 0x00D7 || cp == 0x00F7 || cp == 0xFFFD || (cp >= 0xA0 && cp <= 0xBF)) return false;
  return true;
}

}  // namespace

std::string lower(std::string_view s) {
  std::string out;
  lower_into(s, out);
  return out;
}

void lower_into(std::string_view s, std::string& out) {
  out.assign(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
}

bool iequals(std::string_view text, std::string_view lower_literal) {
  if (text.size() != lower_literal.size()) return false;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != lower_literal[i]) return false;
  }
  return true;
}

std::vector<Token> tokenize(std::string_view t) {
  std::vector<Token> out;
  out.reserve(t.size() / 4 + 1);
  size_t i = 0;
  bool space = false;
  while (i < t.size()) {
    char c = t[i];
    if (c == ' ') {
      space = true;
      ++i;
      continue;
    }
    Token tok;
    tok.begin = static_cast<uint32_t>(i);
    tok.space_before = space;
    space = false;
    // ".77": a decimal without its leading zero, after a space or a sign.
    bool leading_dot = c == '.' && i + 1 < t.size() && is_digit(t[i + 1]) &&
                       (i == 0 || t[i - 1] == ' ' || t[i - 1] == '(' || t[i - 1] == '-' || t[i - 1] == '$');
    if (is_digit(c) || leading_dot) {
      size_t j = i + 1;
      while (j < t.size()) {
        if (is_digit(t[j])) {
          ++j;
        } else if ((t[j] == ',' || t[j] == '.') && j + 1 < t.size() && is_digit(t[j + 1])) {
          j += 2;
        } else if (t[j] == '_' && j + 3 < t.size() && is_digit(t[j + 1]) && is_digit(t[j + 2]) &&
                   is_digit(t[j + 3]) && (j + 4 == t.size() || !is_digit(t[j + 4]))) {
          j += 4;  // "1_234_567": digits grouped by a thin space (see normalize)
        } else {
          break;
        }
      }
      // "1.3e6", "12.32e+14": a power of ten written after the digits.
      if (!leading_dot && j + 1 < t.size() && (t[j] == 'e' || t[j] == 'E')) {
        size_t k = j + 1;
        if ((t[k] == '+' || t[k] == '-') && k + 1 < t.size()) ++k;
        size_t digits = k;
        while (k < t.size() && is_digit(t[k]) && k - digits < 3) ++k;
        if (k > digits && (k == t.size() || !(is_digit(t[k]) || is_ascii_alpha(t[k]) || t[k] == '_'))) j = k;
      }
      tok.kind = TokenKind::Number;
      tok.end = static_cast<uint32_t>(j);
    } else {
      utf8::Decoded d = static_cast<unsigned char>(c) < 0x80 ? utf8::Decoded{static_cast<char32_t>(c), 1, true}
                                                               : utf8::decode(t, i);
      if (is_word_cp(d.cp)) {
        size_t j = i;
        while (j < t.size()) {
          if (is_ascii_alpha(t[j])) {  // the common case, without decoding
            ++j;
            continue;
          }
          if (static_cast<unsigned char>(t[j]) < 0x80) break;
          utf8::Decoded e = utf8::decode(t, j);
          if (!is_word_cp(e.cp)) break;
          j += static_cast<size_t>(e.length);
        }
        tok.kind = TokenKind::Word;
        tok.end = static_cast<uint32_t>(j);
      } else {
        tok.kind = is_symbol(d.cp) ? TokenKind::Symbol : TokenKind::Punct;
        tok.end = static_cast<uint32_t>(i + static_cast<size_t>(d.length));
      }
    }
    i = tok.end;
    out.push_back(tok);
  }
  return out;
}

}  // namespace cc
