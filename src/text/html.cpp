#include <algorithm>
#include <cctype>
#include <string>

#include "text/blocks.h"

namespace cc {
namespace {

std::string tag_name(std::string_view s, size_t i, size_t end, bool& closing) {
  closing = false;
  ++i;  // '<'
  if (i < end && s[i] == '/') {
    closing = true;
    ++i;
  }
  std::string name;
  while (i < end && (std::isalnum(static_cast<unsigned char>(s[i])))) {
    name += static_cast<char>(std::tolower(static_cast<unsigned char>(s[i])));
    ++i;
  }
  return name;
}

bool one_of(const std::string& n, std::initializer_list<const char*> names) {
  for (const char* x : names) {
    if (n == x) return true;
  }
  return false;
}

}  // namespace

std::vector<Block> html_blocks(std::string_view s, size_t from) {
  std::vector<Block> blocks;
  bool open = false;
  int table = -1, row = -1, column = 0;  // where the next <td> or <th> sits
  auto start_block = [&](BlockKind kind) {
    Block b;
    b.kind = kind;
    b.entities = true;
    blocks.push_back(std::move(b));
    open = true;
  };
  size_t i = from;
  size_t text_from = i;
  auto flush_text = [&](size_t upto) {
    if (upto <= text_from) return;
    bool blank = true;
    for (size_t k = text_from; k < upto && blank; ++k) blank = std::isspace(static_cast<unsigned char>(s[k])) != 0;
    if (!blank) {
      if (!open) start_block(BlockKind::Paragraph);
      inline_spans(s, {text_from, upto}, false, blocks.back().spans);
    } else if (open && !blocks.back().spans.empty()) {
      blocks.back().spans.push_back({text_from, upto});
    }
  };
  while (i < s.size()) {
    if (s[i] != '<') {
      ++i;
      continue;
    }
    flush_text(i);
    if (s.compare(i, 4, "<!--") == 0) {
      size_t close = s.find("-->", i + 4);
      i = close == std::string_view::npos ? s.size() : close + 3;
      text_from = i;
      continue;
    }
    size_t gt = s.find('>', i);
    if (gt == std::string_view::npos) {  // a lone '<' in text
      ++i;
      continue;
    }
    bool closing = false;
    std::string name = tag_name(s, i, gt, closing);
    i = gt + 1;
    text_from = i;
    if (name.empty()) continue;
    if (!closing && one_of(name, {"script", "style", "head", "nav", "footer", "noscript", "svg", "iframe",
                                  "template", "button", "form", "select", "aside"})) {
      std::string close_tag = "</" + name;
      size_t k = i;
      while (true) {
        size_t at = s.find("</", k);
        if (at == std::string_view::npos) {
          k = s.size();
          break;
        }
        bool c2 = false;
        if (tag_name(s, at, s.size(), c2) == name) {
          size_t g = s.find('>', at);
          k = g == std::string_view::npos ? s.size() : g + 1;
          break;
        }
        k = at + 2;
      }
      i = text_from = k;
      continue;
    }
    if (one_of(name, {"h1", "h2", "h3", "h4", "h5", "h6", "title"})) {
      open = false;
      if (!closing) {
        start_block(BlockKind::Heading);
        blocks.back().heading_level = name == "title" ? 1 : name[1] - '0';
      }
    } else if (name == "li") {
      open = false;
      if (!closing) start_block(BlockKind::ListItem);
    } else if (name == "td" || name == "th") {
      open = false;
      if (!closing) {
        start_block(BlockKind::TableCell);
        blocks.back().cell = {std::max(table, 0), std::max(row, 0), column++, name == "th"};
      }
    } else if (name == "table" && !closing) {
      open = false;
      ++table;
      row = -1;
      column = 0;
    } else if (name == "tr" && !closing) {
      open = false;
      ++row;
      column = 0;
    } else if (one_of(name, {"p", "div", "br", "tr", "table", "ul", "ol", "blockquote", "section", "article",
                             "header", "main", "figure", "figcaption", "dd", "dt", "hr", "pre", "body", "html"})) {
      open = false;
    }
  }
  flush_text(s.size());
  return blocks;
}

}  // namespace cc
