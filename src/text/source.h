// A source file as given: its bytes, and positions (line, column) in it.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace cc {

// 1-based line and column; the column counts characters, not bytes.
struct Position {
  int line = 0;
  int column = 0;
};

// A problem found while reading the text that does not stop the check.
struct TextWarning {
  size_t offset;
  std::string message;
};

// The bytes of one input exactly as given, plus a line index over them.
class SourceFile {
 public:
  SourceFile(std::string path, std::string bytes);

  const std::string& path() const { return path_; }
  std::string_view bytes() const { return bytes_; }
  // Line and column of a byte offset (CRLF and a leading BOM handled).
  Position position(size_t offset) const;
  // The same, counting on from an earlier answer when `offset` lies later on
  // its line: many positions in document order cost one pass over each line.
  struct Cursor {
    size_t offset = static_cast<size_t>(-1);
    Position at;
  };
  Position position(size_t offset, Cursor& cursor) const;
  // The text of 1-based line n, without its line ending.
  std::string_view line(int n) const;
  int line_count() const { return static_cast<int>(line_starts_.size()); }
  // Offset where the content starts (3 when the file begins with a BOM).
  size_t content_start() const { return bom_ ? 3 : 0; }

  std::vector<TextWarning> warnings;

 private:
  std::string path_;
  std::string bytes_;
  std::vector<size_t> line_starts_;
  bool bom_ = false;
};

// Reads a file from disk; a missing, unreadable or binary file throws
// UserError naming the file. "-" reads standard input.
SourceFile read_source(const std::string& path);

}  // namespace cc
