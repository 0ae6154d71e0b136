#include "text/blocks.h"

#include <cctype>

namespace cc {
namespace {

bool starts_with(std::string_view s, size_t i, std::string_view p) { return s.substr(i, p.size()) == p; }

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// The bytes that can start something that is not prose: an address, code,
// a link or image, a comment or a tag.
struct Openers {
  bool at[256] = {};
  constexpr Openers() {
    for (char c : {'h', 'w', '`', '[', '!', '<'}) at[static_cast<unsigned char>(c)] = true;
  }
};
constexpr Openers kOpeners;

// Length of a bare URL or www address at i, or 0.
size_t url_length(std::string_view s, size_t i, size_t end) {
  if (i > 0 && !is_space(s[i - 1]) && s[i - 1] != '(' && s[i - 1] != '<' && s[i - 1] != '"') return 0;
  if (!(starts_with(s, i, "http://") || starts_with(s, i, "https://") || starts_with(s, i, "www."))) return 0;
  size_t j = i;
  while (j < end && !is_space(s[j]) && s[j] != '>' && s[j] != ')') ++j;
  // A sentence's closing punctuation after the address stays prose.
  while (j > i && (s[j - 1] == '.' || s[j - 1] == ',' || s[j - 1] == ';')) --j;
  return j - i;
}

// For a Markdown link or image starting at '[' (or '!['), the end of the
// link text and the end of the whole construct; false when it is not a link.
bool parse_link(std::string_view s, size_t open, size_t end, size_t& text_end, size_t& link_end) {
  int depth = 0;
  size_t j = open;
  for (; j < end; ++j) {
    if (s[j] == '[') ++depth;
    if (s[j] == ']' && --depth == 0) break;
  }
  if (j >= end || j + 1 >= end || s[j + 1] != '(') return false;
  size_t k = j + 2;
  int parens = 1;
  for (; k < end; ++k) {
    if (s[k] == '(') ++parens;
    if (s[k] == ')' && --parens == 0) break;
  }
  if (k >= end) return false;
  text_end = j;
  link_end = k + 1;
  return true;
}

}  // namespace

void inline_spans(std::string_view s, Span line, bool markdown, std::vector<Span>& out) {
  size_t from = line.start;
  auto emit = [&](size_t upto) {
    if (upto > from) out.push_back({from, upto});
  };
  size_t i = line.start;
  while (i < line.end) {
    char c = s[i];
    if (!kOpeners.at[static_cast<unsigned char>(c)]) {
      ++i;
      continue;
    }
    if (size_t n = (c == 'h' || c == 'w') ? url_length(s, i, line.end) : 0) {
      emit(i);
      i += n;
      from = i;
      continue;
    }
    if (markdown && c == '`') {
      size_t ticks = 0;
      while (i + ticks < line.end && s[i + ticks] == '`') ++ticks;
      size_t close = s.find(std::string(ticks, '`'), i + ticks);
      if (close != std::string_view::npos && close < line.end) {
        emit(i);
        i = close + ticks;
        from = i;
        continue;
      }
      i += ticks;
      continue;
    }
    if (markdown && (c == '[' || (c == '!' && i + 1 < line.end && s[i + 1] == '['))) {
      size_t open = c == '!' ? i + 1 : i;
      size_t text_end = 0, link_end = 0;
      if (parse_link(s, open, line.end, text_end, link_end)) {
        emit(i);
        if (c == '[') out.push_back({open + 1, text_end});
        i = link_end;
        from = i;
        continue;
      }
      if (c == '[' && i + 1 < line.end && s[i + 1] == '^') {  // footnote marker [^1]
        size_t close = s.find(']', i);
        if (close != std::string_view::npos && close < line.end) {
          emit(i);
          i = close + 1;
          from = i;
          continue;
        }
      }
    }
    if (markdown && starts_with(s, i, "<!--")) {
      size_t close = s.find("-->", i + 4);
      if (close != std::string_view::npos && close < line.end) {
        emit(i);
        i = close + 3;
        from = i;
        continue;
      }
    }
    if (markdown && c == '<' && i + 1 < line.end &&
        (std::isalpha(static_cast<unsigned char>(s[i + 1])) || s[i + 1] == '/')) {
      size_t close = s.find('>', i);
      if (close != std::string_view::npos && close < line.end) {  // inline HTML tag or autolink
        emit(i);
        i = close + 1;
        from = i;
        continue;
      }
    }
    ++i;
  }
  emit(line.end);
}

size_t list_marker_length(std::string_view line) {
  if (line.size() >= 2 && (line[0] == '-' || line[0] == '*' || line[0] == '+') && line[1] == ' ') return 2;
  if (line.size() >= 4 && line.substr(0, 3) == "\xE2\x80\xA2" && line[3] == ' ') return 4;  // •
  size_t d = 0;
  while (d < line.size() && d < 3 && std::isdigit(static_cast<unsigned char>(line[d]))) ++d;
  if (d > 0 && d + 1 < line.size() && (line[d] == '.' || line[d] == ')') && line[d + 1] == ' ') return d + 2;
  return 0;
}

}  // namespace cc
