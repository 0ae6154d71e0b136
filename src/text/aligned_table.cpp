// Plain-text tables: rows of fields set apart by runs of two or more spaces
// (or tabs), as in reports pasted from a spreadsheet or a terminal.
//
//   Segment        2024 ($m)   2025 ($m)
//   -------------  ---------   ---------
//   Freight          1,240.5     1,318.2
//   Warehousing        612.8       655.1
//   Total            1,853.3     1,973.3
//
// Precision first: at least three rows with the same number of fields (two
// or more), short fields after the first, and figures in the body; prose
// that happens to hold double spaces does not look like this.
#include "text/aligned_table.h"

#include <cctype>

#include "text/blocks.h"

namespace cc {
namespace {

struct Field {
  size_t start, end;
};

struct Row {
  size_t start, end, next;  // the line, without its newline; the next line's start
  std::vector<Field> fields;
  bool rule = false;        // "-----  -----": a rule under the header
};

// Splits a line at runs of two or more spaces, or at tabs.
std::vector<Field> fields_of(std::string_view s, size_t start, size_t end) {
  std::vector<Field> out;
  size_t i = start;
  while (i < end) {
    while (i < end && (s[i] == ' ' || s[i] == '\t')) ++i;
    if (i >= end) break;
    size_t b = i;
    while (i < end) {
      if (s[i] == '\t') break;
      if (s[i] == ' ' && i + 1 < end && (s[i + 1] == ' ' || s[i + 1] == '\t')) break;
      ++i;
    }
    size_t e = i;
    while (e > b && s[e - 1] == ' ') --e;
    out.push_back({b, e});
  }
  return out;
}

bool is_rule(std::string_view s, size_t start, size_t end) {
  bool any = false;
  for (size_t i = start; i < end; ++i) {
    char c = s[i];
    if (c == '-' || c == '=' || c == '+' || c == '|') any = true;
    else if (c != ' ' && c != '\t') return false;
  }
  return any;
}

bool has_digit(std::string_view t) {
  for (char c : t) {
    if (std::isdigit(static_cast<unsigned char>(c))) return true;
  }
  return false;
}

// A field that is a figure alone: "1,240.5", "$96m", "-4.8", "12%", "(12)".
bool numeric(std::string_view t) {
  if (!has_digit(t) || t.find(' ') != std::string_view::npos) return false;
  for (char c : t) {
    if (!(std::isdigit(static_cast<unsigned char>(c)) || c == ',' || c == '.' || c == '-' || c == '%' || c == '$' ||
          c == '(' || c == ')' || c == '+' || c == 'm' || c == 'k' || c == 'b' || c == 'n')) {
      return false;
    }
  }
  return true;
}

// "2024": a year heading a column.
bool is_year(std::string_view t) {
  if (t.size() != 4) return false;
  for (char c : t) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  }
  return t >= "1900" && t <= "2100";
}

Row read_row(std::string_view s, size_t i) {
  size_t nl = s.find('\n', i);
  Row r;
  r.start = i;
  r.end = nl == std::string_view::npos ? s.size() : nl;
  r.next = nl == std::string_view::npos ? s.size() : nl + 1;
  if (r.end > r.start && s[r.end - 1] == '\r') --r.end;
  r.rule = is_rule(s, r.start, r.end);
  if (!r.rule) r.fields = fields_of(s, r.start, r.end);
  return r;
}

}  // namespace

size_t aligned_table(std::string_view s, size_t from, int table, std::vector<Block>& blocks) {
  std::vector<Row> rows;
  size_t i = from;
  while (i < s.size()) {
    Row r = read_row(s, i);
    if (r.start == r.end) break;  // a blank line ends the table
    if (!r.rule) {
      if (r.fields.size() < 2) break;
      if (!rows.empty()) {
        const Row* prev = nullptr;
        for (auto it = rows.rbegin(); it != rows.rend() && !prev; ++it) {
          if (!it->rule) prev = &*it;
        }
        if (prev && prev->fields.size() != r.fields.size()) break;
      }
    }
    rows.push_back(r);
    i = r.next;
  }
  // Shape: three rows of fields or more, short fields after the first,
  // figures in at least two rows.
  size_t data_rows = 0, with_figures = 0;
  for (const Row& r : rows) {
    if (r.rule) continue;
    ++data_rows;
    bool figure = false;
    for (size_t k = 1; k < r.fields.size(); ++k) {
      std::string_view t = s.substr(r.fields[k].start, r.fields[k].end - r.fields[k].start);
      if (t.size() > 24) return 0;
      figure = figure || numeric(t);
    }
    with_figures += figure;
  }
  if (data_rows < 3 || with_figures < 2 || rows.front().rule) return 0;
  // The first row is a header when a rule follows it, or when none of its
  // fields is a figure on its own (years head columns).
  bool header = rows.size() > 1 && rows[1].rule;
  if (!header) {
    header = true;
    for (const Field& f : rows.front().fields) {
      std::string_view t = s.substr(f.start, f.end - f.start);
      if (numeric(t) && !is_year(t)) header = false;
    }
  }
  int row = 0;
  for (size_t k = 0; k < rows.size(); ++k) {
    const Row& r = rows[k];
    if (r.rule) continue;
    bool is_header = header && k == 0;
    for (size_t c = 0; c < r.fields.size(); ++c) {
      Block block;
      block.kind = BlockKind::TableCell;
      block.cell = {table, row, static_cast<int>(c), is_header};
      inline_spans(s, {r.fields[c].start, r.fields[c].end}, false, block.spans);
      block.cover(r.fields[c].start, r.fields[c].end);
      blocks.push_back(std::move(block));
    }
    ++row;
  }
  return i;
}

}  // namespace cc
