// The text stage's output: a file cut into blocks and sentences.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "text/offset_map.h"
#include "text/source.h"

namespace cc {

// What kind of block a sentence comes from.
enum class BlockKind { Paragraph, Heading, ListItem, TableCell };

// Where a table cell sits: the document's table (counted from 0), its row
// and column (from 0), and whether it is a header cell (a Markdown table's
// first row, an HTML <th>). A cell's header is the header cell above it in
// the same column (header_of below).
struct TableCell {
  int table = -1, row = -1, column = -1;
  bool header = false;
};

// A contiguous piece of original bytes that belongs to a block's prose.
struct Span {
  size_t start, end;
};

// A paragraph, heading, list item or table cell: prose pieces of the file.
struct Block {
  BlockKind kind = BlockKind::Paragraph;
  std::vector<Span> spans;
  int depth = 0;  // nesting of a list item (0 = top level)
  bool numbered = false;  // a list item marked "1." or "2)"
  int heading_level = 0;  // 1-6 for a heading ("#", <h1>, a "===" underline: 1), else 0
  TableCell cell;         // for a table cell: where it sits
  bool entities = false;  // HTML: decode character references
  // The block's own text in the file, markup and skipped links included:
  // its first and last sentence extend to these ends (raw_start == npos: unset).
  size_t raw_start = static_cast<size_t>(-1), raw_end = 0;

  void cover(size_t start, size_t end) {
    if (raw_start == static_cast<size_t>(-1) || start < raw_start) raw_start = start;
    if (end > raw_end) raw_end = end;
  }
};

// One sentence: where it is in the file, and its normalized text.
struct Sentence {
  size_t start = 0, end = 0;  // byte offsets in the file, half-open
  int block = 0;              // index of the block (paragraph) it belongs to
  BlockKind kind = BlockKind::Paragraph;
  int heading_level = 0;      // the block's, when it is a heading
  TableCell cell;             // the block's, when it is a table cell
  int depth = 0;              // the block's list nesting, when it is a list item
  bool numbered = false;      // the block's, when it is a numbered list item
  std::string text;           // normalized text used for recognition
  OffsetMap map;              // text positions -> file offsets
};

// A whole input after the text stage.
struct Document {
  std::vector<Sentence> sentences;
  // When the file says it was published (text/dateline.h); 0: not stated.
  int year = 0, month = 0;
};

// The first sentence of the header cell of the table cell that sentence s
// belongs to (the nearest header row above it, same column), or -1.
int header_of(const Document& doc, size_t s);

}  // namespace cc
