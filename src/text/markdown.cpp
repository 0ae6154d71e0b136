#include <string>

#include "text/blocks.h"

namespace cc {
namespace {

struct Line {
  size_t start, end;  // without the line ending
  size_t next;        // start of the following line
};

std::vector<Line> split_lines(std::string_view s, size_t from) {
  std::vector<Line> lines;
  size_t i = from;
  while (i < s.size()) {
    size_t nl = s.find('\n', i);
    size_t end = nl == std::string_view::npos ? s.size() : nl;
    size_t next = nl == std::string_view::npos ? s.size() : nl + 1;
    size_t e = end;
    if (e > i && s[e - 1] == '\r') --e;
    lines.push_back({i, e, next});
    i = next;
  }
  return lines;
}

size_t indent_of(std::string_view s, const Line& l) {
  size_t n = 0;
  for (size_t i = l.start; i < l.end; ++i) {
    if (s[i] == ' ') ++n;
    else if (s[i] == '\t') n += 4;
    else break;
  }
  return n;
}

size_t skip_spaces(std::string_view s, size_t i, size_t end) {
  while (i < end && (s[i] == ' ' || s[i] == '\t')) ++i;
  return i;
}

bool is_blank(std::string_view s, const Line& l) { return skip_spaces(s, l.start, l.end) == l.end; }

bool is_fence(std::string_view t) { return t.substr(0, 3) == "```" || t.substr(0, 3) == "~~~"; }

bool is_rule_line(std::string_view t, char c) {  // "---", "===", "***"
  size_t n = 0;
  for (char x : t) {
    if (x == c) ++n;
    else if (x != ' ') return false;
  }
  return n >= 3;
}

bool is_table_separator(std::string_view t) {
  if (t.find('-') == std::string_view::npos || t.find('|') == std::string_view::npos) return false;
  for (char x : t) {
    if (x != '|' && x != '-' && x != ':' && x != ' ' && x != '\t') return false;
  }
  return true;
}

class MarkdownReader {
 public:
  MarkdownReader(std::string_view s, size_t from) : s_(s), lines_(split_lines(s, from)) {}

  std::vector<Block> run() {
    size_t i = 0;
    if (!lines_.empty() && text(lines_[0]) == "---") i = skip_front_matter();
    for (; i < lines_.size(); ++i) {
      const Line& l = lines_[i];
      std::string_view t = text(l).substr(skip_spaces(s_, l.start, l.end) - l.start);
      if (in_comment_) {
        if (t.find("-->") != std::string_view::npos) in_comment_ = false;
        continue;
      }
      if (is_blank(s_, l)) {
        close();
        continue;
      }
      size_t indent = indent_of(s_, l);
      if (indent >= 4 && !open_ && !in_list_) continue;  // indented code
      if (is_fence(t)) {
        close();
        i = skip_fence(i, t.substr(0, 3));
        continue;
      }
      if (t.substr(0, 4) == "<!--") {
        close();
        if (t.find("-->") == std::string_view::npos) in_comment_ = true;
        continue;
      }
      size_t at = l.end - t.size();
      if (t[0] == '#') {
        size_t h = 0;
        while (h < t.size() && t[h] == '#') ++h;
        if (h <= 6 && (h == t.size() || t[h] == ' ')) {
          close();
          size_t b = skip_spaces(s_, at + h, l.end), e = l.end;
          while (e > b && (s_[e - 1] == '#' || s_[e - 1] == ' ')) --e;  // closing #'s
          add_block(BlockKind::Heading, {b, e});
          blocks_.back().heading_level = static_cast<int>(h);
          in_list_ = false;
          continue;
        }
      }
      if (open_ && (is_rule_line(t, '=') || is_rule_line(t, '-')) && open_lines_ == 1) {
        blocks_.back().kind = BlockKind::Heading;  // setext heading
        blocks_.back().heading_level = is_rule_line(t, '=') ? 1 : 2;
        close();
        continue;
      }
      if (is_rule_line(t, '-') || is_rule_line(t, '*') || is_rule_line(t, '_')) {
        close();
        continue;
      }
      if (t[0] == '|' || (t.find('|') != std::string_view::npos && i + 1 < lines_.size() &&
                          is_table_separator(text(lines_[i + 1])))) {
        close();
        in_list_ = false;
        bool continues = last_table_line_ + 1 == i;
        last_table_line_ = i;
        if (!is_table_separator(t)) {
          // A row right after a non-table line starts a table; it is the
          // header row when a separator line follows it.
          if (!continues) {
            ++table_;
            row_ = 0;
          }
          bool header = row_ == 0 && i + 1 < lines_.size() && is_table_separator(text(lines_[i + 1]));
          table_row(l, header);
          ++row_;
        }
        continue;
      }
      if (t[0] == '>') {  // blockquote: read the rest as ordinary prose
        size_t b = skip_spaces(s_, at + 1, l.end);
        paragraph_line({b, l.end}, l);
        continue;
      }
      if (size_t m = list_marker_length(t)) {
        close();
        in_list_ = true;
        add_block(BlockKind::ListItem, {at + m, l.end}, l);
        blocks_.back().depth = static_cast<int>(indent / 2);
        blocks_.back().numbered = t[0] >= '0' && t[0] <= '9';
        open_ = true;
        open_lines_ = 1;
        continue;
      }
      paragraph_line({at, l.end}, l);
    }
    close();
    return std::move(blocks_);
  }

 private:
  std::string_view text(const Line& l) const { return s_.substr(l.start, l.end - l.start); }

  size_t skip_front_matter() {
    for (size_t i = 1; i < lines_.size(); ++i) {
      std::string_view t = text(lines_[i]);
      if (t == "---" || t == "...") return i + 1;
    }
    return 0;  // no closing line: not front matter
  }

  size_t skip_fence(size_t i, std::string_view fence) {
    for (size_t j = i + 1; j < lines_.size(); ++j) {
      const Line& l = lines_[j];
      std::string_view t = text(l).substr(skip_spaces(s_, l.start, l.end) - l.start);
      if (t.substr(0, 3) == fence) return j;
    }
    return lines_.size();
  }

  void table_row(const Line& l, bool header) {
    int column = 0;
    size_t i = l.start;
    size_t end = l.end;
    i = skip_spaces(s_, i, end);
    if (i < end && s_[i] == '|') ++i;
    while (i < end) {
      size_t bar = i;
      while (bar < end && !(s_[bar] == '|' && s_[bar - 1] != '\\')) ++bar;
      size_t b = skip_spaces(s_, i, bar), e = bar;
      while (e > b && (s_[e - 1] == ' ' || s_[e - 1] == '\t')) --e;
      if (e > b) {
        Block block;
        block.kind = BlockKind::TableCell;
        block.cell = {table_, row_, column, header};
        inline_spans(s_, {b, e}, true, block.spans);
        block.cover(b, e);
        blocks_.push_back(std::move(block));
      }
      i = bar + 1;
      ++column;
    }
  }

  void paragraph_line(Span span, const Line& l) {
    if (!open_) {
      add_block(BlockKind::Paragraph, span, l);
      open_ = true;
      open_lines_ = 1;
      return;
    }
    // Join to the open block; the previous line's ending reads as a space.
    Block& b = blocks_.back();
    inline_spans(s_, span, true, b.spans);
    b.cover(span.start, span.end);
    if (l.next > l.end) b.spans.push_back({l.end, l.next});
    ++open_lines_;
  }

  void add_block(BlockKind kind, Span span, const Line& l) {
    Block block;
    block.kind = kind;
    inline_spans(s_, span, true, block.spans);
    block.cover(span.start, span.end);
    if (l.next > l.end) block.spans.push_back({l.end, l.next});
    blocks_.push_back(std::move(block));
  }

  void add_block(BlockKind kind, Span span) {
    Block block;
    block.kind = kind;
    inline_spans(s_, span, true, block.spans);
    block.cover(span.start, span.end);
    blocks_.push_back(std::move(block));
  }

  void close() {
    open_ = false;
    open_lines_ = 0;
  }

  std::string_view s_;
  std::vector<Line> lines_;
  std::vector<Block> blocks_;
  bool open_ = false;
  int open_lines_ = 0;
  bool in_list_ = false;
  int table_ = -1, row_ = 0;                       // the current table and row
  size_t last_table_line_ = static_cast<size_t>(-2);  // index of the last table line
  bool in_comment_ = false;
};

}  // namespace

std::vector<Block> markdown_blocks(std::string_view bytes, size_t content_start) {
  return MarkdownReader(bytes, content_start).run();
}

}  // namespace cc
