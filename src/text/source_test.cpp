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
