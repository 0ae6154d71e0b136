#include "text/normalize.h"

#include <cctype>
#include <utility>

#include "base/utf8.h"

namespace cc {
namespace {

// What a code point becomes: "" drops it, nullptr keeps it as it is.
const char* replacement(char32_t cp) {
  switch (cp) {
    case '\r':
    case 0x00AD: case 0x200B: case 0x200C: case 0x200D: case 0x2060: case 0xFEFF:
      return "";
    case '\n': case '\t': case 0x00A0: case 0x2000: case 0x2001: case 0x2002: case 0x2003:
    case 0x2004: case 0x2005: case 0x2006: case 0x2007: case 0x2008: case 0x2009: case 0x200A:
    case 0x202F: case 0x205F: case 0x3000:
      return " ";
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2212: case 0xFE63: case 0xFF0D:
      return "-";
    case 0x2018: case 0x2019: case 0x201B: case 0x2032: case 0xFF07:
      return "'";
    case 0x201C: case 0x201D: case 0x201E: case 0x2033: case 0xFF02:
      return "\"";
    case 0x2026:
      return "...";
    case 0xFF05: return "%";
    case 0xFF0C: return ",";
    case 0xFF0E: return ".";
    case 0xFF04: return "$";
    default:
      return nullptr;
  }
}

// A thin or no-break space between digits groups them ("1 234 567"); it
// becomes '_' so that the quantity stage reads one number, where a plain
// space would leave two figures side by side.
bool digit_group_space(char32_t cp, std::string_view s, size_t at, size_t after) {
  if (cp != 0x2009 && cp != 0x202F && cp != 0x00A0) return false;
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  return at > 0 && digit(s[at - 1]) && after < s.size() && digit(s[after]);
}

// Decodes an HTML character reference at s[i] ('&'); returns its length
// (0 when it is not one) and the code point.
size_t entity(std::string_view s, size_t i, size_t end, char32_t& cp) {
  size_t semi = s.find(';', i);
  if (semi == std::string_view::npos || semi >= end || semi - i > 10) return 0;
  std::string_view name = s.substr(i + 1, semi - i - 1);
  if (!name.empty() && name[0] == '#') {
    char32_t v = 0;
    bool hex = name.size() > 1 && (name[1] == 'x' || name[1] == 'X');
    size_t k = hex ? 2 : 1;
    if (k >= name.size()) return 0;
    for (; k < name.size(); ++k) {
      char c = name[k];
      int d = c >= '0' && c <= '9' ? c - '0' : (hex && std::isxdigit(static_cast<unsigned char>(c)) ? (std::tolower(c) - 'a' + 10) : -1);
      if (d < 0 || v > 0x10FFFF) return 0;
      v = v * (hex ? 16 : 10) + static_cast<char32_t>(d);
    }
    cp = v;
    return semi - i + 1;
  }
  static const std::pair<std::string_view, char32_t> kNamed[] = {
      {"amp", '&'}, {"lt", '<'}, {"gt", '>'}, {"quot", '"'}, {"apos", '\''}, {"nbsp", 0xA0},
      {"euro", 0x20AC}, {"pound", 0xA3}, {"yen", 0xA5}, {"cent", 0xA2}, {"ndash", 0x2013},
      {"mdash", 0x2014}, {"minus", 0x2212}, {"rsquo", 0x2019}, {"lsquo", 0x2018}, {"rdquo", 0x201D},
      {"ldquo", 0x201C}, {"hellip", 0x2026}, {"thinsp", 0x2009}, {"nnbsp", 0x202F}, {"percnt", '%'},
      {"dollar", '$'}, {"copy", 0xA9}, {"reg", 0xAE}, {"shy", 0xAD}, {"times", 0xD7}, {"deg", 0xB0}};
  for (auto& [n, v] : kNamed) {
    if (name == n) {
      cp = v;
      return semi - i + 1;
    }
  }
  return 0;
}

}  // namespace

NormalizedText normalize(std::string_view file, const std::vector<Span>& spans, bool entities) {
  NormalizedText out;
  normalize_into(out, file, spans, entities);
  return out;
}

void normalize_into(NormalizedText& out, std::string_view file, const std::vector<Span>& spans, bool entities) {
  out.text.clear();
  out.map.clear();
  for (const Span& span : spans) {
    size_t i = span.start;
    size_t verbatim_from = i;
    auto flush = [&](size_t upto) {
      if (upto > verbatim_from) {
        out.map.add(out.text.size(), upto - verbatim_from, verbatim_from, upto - verbatim_from, true);
        out.text.append(file.substr(verbatim_from, upto - verbatim_from));
      }
    };
    while (i < span.end) {
      unsigned char c = static_cast<unsigned char>(file[i]);
      if (c >= 0x20 && c < 0x80 && c != '&') {  // plain ASCII: copied as it is
        ++i;
        continue;
      }
      char32_t ent = 0;
      size_t ent_len = entities && c == '&' ? entity(file, i, span.end, ent) : 0;
      if (ent_len) {
        flush(i);
        const char* rep = digit_group_space(ent, file, i, i + ent_len) ? "_" : replacement(ent);
        std::string enc;
        if (rep) {
          enc = rep;
        } else {
          utf8::append(enc, ent);
        }
        out.map.add(out.text.size(), enc.size(), i, ent_len, false);
        out.text.append(enc);
        i += ent_len;
        verbatim_from = i;
        continue;
      }
      if (c >= 0x80 || c == '\r' || c == '\n' || c == '\t') {
        utf8::Decoded d = utf8::decode(file, i);
        const char* rep = digit_group_space(d.cp, file, i, i + static_cast<size_t>(d.length)) ? "_" : replacement(d.cp);
        std::string full_width;
        if (!rep && d.cp >= 0xFF10 && d.cp <= 0xFF19) {
          full_width = std::string(1, static_cast<char>('0' + (d.cp - 0xFF10)));
          rep = full_width.c_str();
        }
        if (!rep && !d.valid) rep = "\xEF\xBF\xBD";
        if (rep) {
          flush(i);
          std::string_view r(rep);
          out.map.add(out.text.size(), r.size(), i, static_cast<size_t>(d.length), false);
          out.text.append(r);
          i += static_cast<size_t>(d.length);
          verbatim_from = i;
          continue;
        }
        i += static_cast<size_t>(d.length);
        continue;
      }
      ++i;
    }
    flush(span.end);
  }
}

}  // namespace cc
