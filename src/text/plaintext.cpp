#include <cctype>

#include "text/aligned_table.h"
#include "text/blocks.h"

namespace cc {
namespace {

bool ends_like_sentence(std::string_view t) {
  while (!t.empty() && (t.back() == ' ' || t.back() == '\t' || t.back() == '"' || t.back() == '\'' || t.back() == ')')) {
    t.remove_suffix(1);
  }
  if (t.empty()) return true;
  char c = t.back();
  return c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == ',' ||
         (t.size() >= 3 && t.substr(t.size() - 3) == "\xE2\x80\xA6");
}

bool starts_upper(std::string_view t) {
  size_t i = 0;
  while (i < t.size() && (t[i] == ' ' || t[i] == '\t' || t[i] == '"' || t[i] == '\'')) ++i;
  if (i >= t.size()) return false;
  unsigned char c = static_cast<unsigned char>(t[i]);
  return std::isupper(c) || std::isdigit(c) || c >= 0x80 || c == '$' || c == '(';
}

}  // namespace

std::vector<Block> text_blocks(std::string_view s, size_t from) {
  std::vector<Block> blocks;
  bool open = false;
  int tables = 0;
  size_t i = from;
  while (i < s.size()) {
    size_t nl = s.find('\n', i);
    size_t end = nl == std::string_view::npos ? s.size() : nl;
    size_t next = nl == std::string_view::npos ? s.size() : nl + 1;
    size_t e = end;
    if (e > i && s[e - 1] == '\r') --e;
    size_t b = i;
    while (b < e && (s[b] == ' ' || s[b] == '\t')) ++b;
    std::string_view t = s.substr(b, e - b);
    if (t.empty()) {
      open = false;
      i = next;
      continue;
    }
    // A table aligned with spaces, at the start of a block.
    if (!open) {
      if (size_t after = aligned_table(s, i, tables, blocks)) {
        ++tables;
        i = after;
        continue;
      }
    }
    size_t marker = list_marker_length(t);
    if (marker || !open) {
      Block block;
      block.kind = marker ? BlockKind::ListItem : BlockKind::Paragraph;
      block.numbered = marker && t[0] >= '0' && t[0] <= '9';
      blocks.push_back(std::move(block));
      b += marker;
    }
    Block& block = blocks.back();
    inline_spans(s, {b, e}, false, block.spans);
    size_t raw_end = e;
    while (raw_end > b && (s[raw_end - 1] == ' ' || s[raw_end - 1] == '\t')) --raw_end;
    block.cover(b, raw_end);
    if (next > e) block.spans.push_back({e, next});
    // A line that does not end like a sentence, followed by one that starts
    // like a new one, is a heading or a dateline: it stands alone.
    size_t peek = next;
    std::string_view following;
    if (peek < s.size()) {
      size_t nl2 = s.find('\n', peek);
      following = s.substr(peek, (nl2 == std::string_view::npos ? s.size() : nl2) - peek);
    }
    open = !(!ends_like_sentence(t) && (starts_upper(following) || list_marker_length(following) > 0));
    if (list_marker_length(following) > 0) open = false;
    i = next;
  }
  return blocks;
}

}  // namespace cc
