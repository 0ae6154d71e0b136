#include "text/source.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <sys/stat.h>

#include <fmt/format.h>

#include "base/error.h"
#include "base/huge_pages.h"
#include "base/utf8.h"

namespace cc {

SourceFile::SourceFile(std::string path, std::string bytes) : path_(std::move(path)), bytes_(std::move(bytes)) {
  bom_ = bytes_.size() >= 3 && bytes_.compare(0, 3, "\xEF\xBB\xBF") == 0;
  line_starts_.push_back(0);
  for (size_t i = 0; i < bytes_.size(); ++i) {
    if (bytes_[i] == '\n') line_starts_.push_back(i + 1);
  }
}

Position SourceFile::position(size_t offset) const {
  offset = std::min(offset, bytes_.size());
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  size_t line_index = static_cast<size_t>(it - line_starts_.begin()) - 1;
  size_t start = line_starts_[line_index];
  if (line_index == 0 && bom_) start = std::min<size_t>(3, offset);
  size_t chars = utf8::count_chars(std::string_view(bytes_).substr(start, offset - start));
  return {static_cast<int>(line_index) + 1, static_cast<int>(chars) + 1};
}

Position SourceFile::position(size_t offset, Cursor& cursor) const {
  offset = std::min(offset, bytes_.size());
  Position p;
  size_t from = cursor.offset;
  if (from != static_cast<size_t>(-1) && from >= content_start() && from <= offset && cursor.at.line > 0 &&
      (static_cast<size_t>(cursor.at.line) == line_starts_.size() ||
       offset < line_starts_[static_cast<size_t>(cursor.at.line)])) {
    p = {cursor.at.line,
         cursor.at.column + static_cast<int>(utf8::count_chars(std::string_view(bytes_).substr(from, offset - from)))};
  } else {
    p = position(offset);
  }
  cursor = {offset, p};
  return p;
}

std::string_view SourceFile::line(int n) const {
  if (n < 1 || n > line_count()) return {};
  size_t start = line_starts_[static_cast<size_t>(n - 1)];
  if (n == 1 && bom_) start = 3;
  size_t end = n < line_count() ? line_starts_[static_cast<size_t>(n)] - 1 : bytes_.size();
  if (end > start && bytes_[end - 1] == '\r') --end;
  if (end < start) end = start;
  return std::string_view(bytes_).substr(start, end - start);
}

SourceFile read_source(const std::string& path) {
  std::string bytes;
  if (path == "-") {
    bytes.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
  } else {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) {
      throw UserError(fmt::format("{}: error: cannot read file: {}", path, std::strerror(errno)));
    }
    if (S_ISDIR(st.st_mode)) throw UserError(fmt::format("{}: error: is a directory", path));
    std::ifstream in(path, std::ios::binary);
    if (!in) throw UserError(fmt::format("{}: error: cannot read file: {}", path, std::strerror(errno)));
    // Read straight into the string; the size is a hint (a file may grow or
    // shrink meanwhile, and pipes and /proc files report 0).
    bytes.reserve(static_cast<size_t>(st.st_size));
    advise_huge_pages(bytes.data(), bytes.capacity());
    bytes.resize(static_cast<size_t>(st.st_size));
    in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    bytes.resize(static_cast<size_t>(in.gcount()));
    if (in.good()) {
      char chunk[65536];
      while (in.read(chunk, sizeof chunk) || in.gcount() > 0) bytes.append(chunk, static_cast<size_t>(in.gcount()));
    }
    if (in.bad()) throw UserError(fmt::format("{}: error: cannot read file", path));
  }
  if (bytes.find('\0') != std::string::npos) {
    throw NotText(fmt::format("{}: warning: binary file (contains NUL bytes), skipped", path));
  }
  SourceFile file(path, std::move(bytes));
  size_t bad = utf8::first_invalid(file.bytes());
  if (bad != std::string_view::npos) {
    file.warnings.push_back({bad, "invalid UTF-8 byte; read as U+FFFD"});
  }
  return file;
}

}  // namespace cc
