#include <catch2/catch.hpp>

#include "text/offset_map.h"
#include "text/source.h"

using cc::SourceFile;

TEST_CASE("positions count lines from 1 and columns in characters") {
  SourceFile f("a.md", "ab\ncd €5bn\n");
  CHECK(f.position(0).line == 1);
  CHECK(f.position(0).column == 1);
  CHECK(f.position(3).line == 2);
  CHECK(f.position(6).column == 4);   // the euro sign
  CHECK(f.position(9).column == 5);   // after a three-byte character
  CHECK(f.line(2) == "cd €5bn");
}

TEST_CASE("CRLF and a byte order mark do not shift columns") {
  SourceFile f("a.md", "\xEF\xBB\xBFHi\r\nthere\r\n");
  CHECK(f.position(3).column == 1);
  CHECK(f.line(1) == "Hi");
  CHECK(f.line(2) == "there");
  CHECK(f.position(7).line == 2);
  CHECK(f.position(7).column == 1);
}

TEST_CASE("a cursor gives the same positions as a fresh lookup, in any order") {
  SourceFile f("a.md", "\xEF\xBB\xBF\xE2\x82\xAC" "5bn and \xC3\xA9\r\nx\n\ny \xE2\x82\xAC 7");
  SourceFile::Cursor cursor;
  std::string_view b = f.bytes();
  auto boundary = [&](size_t i) { return i == b.size() || (static_cast<unsigned char>(b[i]) & 0xC0) != 0x80; };
  for (size_t i = 0; i <= b.size(); ++i) {  // forwards, then a jump back
    if (!boundary(i)) continue;
    CHECK(f.position(i, cursor).column == f.position(i).column);
    CHECK(cursor.at.line == f.position(i).line);
  }
  for (size_t i : {size_t{5}, size_t{3}, b.size(), size_t{0}, size_t{9}}) {
    cc::Position p = f.position(i, cursor);
    CHECK(p.line == f.position(i).line);
    CHECK(p.column == f.position(i).column);
  }
}

TEST_CASE("offset maps send text positions back to file bytes") {
  cc::OffsetMap m;
  m.add(0, 3, 10, 3, true);   // "abc" from bytes 10..13
  m.add(3, 1, 13, 2, false);  // a non-breaking space (2 bytes) became ' '
  m.add(4, 2, 15, 2, true);
  CHECK(m.start_of(0) == 10);
  CHECK(m.start_of(3) == 13);
  CHECK(m.end_of(4) == 15);
  CHECK(m.start_of(4) == 15);
  CHECK(m.end_of(6) == 17);
  cc::OffsetMap s = m.slice(2, 5);
  CHECK(s.start_of(0) == 12);
  CHECK(s.end_of(3) == 16);
}
