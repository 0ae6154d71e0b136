#include <algorithm>
#include <map>

#include <fmt/format.h>

#include "base/utf8.h"
#include "report/report.h"

namespace cc {
namespace {

constexpr size_t kMaxWidth = 100;  // characters of a source line shown around the figures

struct Style {
  bool on;
  std::string bold() const { return on ? "\x1b[1m" : ""; }
  std::string red() const { return on ? "\x1b[1;31m" : ""; }
  std::string yellow() const { return on ? "\x1b[1;33m" : ""; }
  std::string blue() const { return on ? "\x1b[1;34m" : ""; }
  std::string reset() const { return on ? "\x1b[0m" : ""; }
};

// Shows a source line with carets under the marked figures (columns are
// 1-based characters, [a, b)). A long line is cut to windows around the
// marks, joined by "...": a 10 MB line costs the windows, not the line.
void write_line(std::ostream& out, const SourceFile& file, int line, const std::vector<std::pair<int, int>>& marks,
                size_t gutter, const Style& st) {
  std::string_view text = file.line(line);
  size_t n = utf8::count_chars(text);
  std::vector<std::pair<size_t, size_t>> windows;  // character ranges [from, to) of the line
  if (n <= kMaxWidth) {
    windows.push_back({0, n});
  } else if (marks.empty()) {
    windows.push_back({0, kMaxWidth});
  } else {
    std::vector<std::pair<int, int>> sorted = marks;
    std::sort(sorted.begin(), sorted.end());
    for (auto [a, b] : sorted) {
      size_t from = static_cast<size_t>(a - 1) > 10 ? static_cast<size_t>(a - 1) - 10 : 0;
      size_t to = std::min(n, static_cast<size_t>(b - 1) + 10);
      if (!windows.empty() && from <= windows.back().second + kMaxWidth / 2) {
        windows.back().second = std::max(windows.back().second, to);
      } else {
        windows.push_back({from, to});
      }
    }
    if (windows.size() == 1 && windows[0].second - windows[0].first < kMaxWidth) {
      // One group of figures: centre it in kMaxWidth characters of context.
      size_t first = n, last = 0;
      for (auto [a, b] : sorted) {
        first = std::min(first, static_cast<size_t>(a - 1));
        last = std::max(last, static_cast<size_t>(b - 1));
      }
      size_t centre = (first + last) / 2;
      size_t from = centre > kMaxWidth / 2 ? centre - kMaxWidth / 2 : 0;
      if (from + 10 > first) from = first > 10 ? first - 10 : 0;
      windows[0] = {from, std::min(n, std::max(from + kMaxWidth, last + 10))};
    }
  }
  // One pass over the line's characters, copying the windows.
  std::string shown;
  std::vector<std::pair<size_t, size_t>> placed;  // per window: its first character and its column in `shown`
  size_t column = 0, byte = 0, ch = 0;
  auto advance = [&](size_t target, std::string* copy) {
    while (ch < target && byte < text.size()) {
      size_t len = static_cast<unsigned char>(text[byte]) < 0x80 ? 1 : static_cast<size_t>(utf8::decode(text, byte).length);
      if (copy) copy->append(text.substr(byte, len));
      byte += len;
      ++ch;
    }
  };
  for (size_t k = 0; k < windows.size(); ++k) {
    auto [from, to] = windows[k];
    if (k > 0 || from > 0) {
      std::string gap = k > 0 ? " ... " : "... ";
      shown += gap;
      column += gap.size();
    }
    advance(from, nullptr);
    placed.push_back({from, column});
    advance(to, &shown);
    column += to - from;
  }
  if (windows.back().second < n) shown += " ...";
  out << fmt::format("{}{:>{}} |{} {}\n", st.blue(), line, gutter, st.reset(), shown);
  if (marks.empty()) return;
  std::string carets(column + 1, ' ');
  for (auto [a, b] : marks) {
    for (int c = a; c < b; ++c) {
      size_t at = static_cast<size_t>(c - 1);
      for (size_t k = 0; k < windows.size(); ++k) {
        if (at >= windows[k].first && at < windows[k].second) carets[placed[k].second + (at - windows[k].first)] = '^';
      }
    }
  }
  while (!carets.empty() && carets.back() == ' ') carets.pop_back();
  out << fmt::format("{}{:>{}} |{} {}{}{}\n", st.blue(), "", gutter, st.reset(), st.red(), carets, st.reset());
}

}  // namespace

void write_text(std::ostream& out, const FileResult& result, const SourceFile& file, bool color) {
  Style st{color};
  for (const TextWarning& w : result.warnings) {
    Position p = file.position(w.offset);
    out << fmt::format("{}{}:{}:{}: warning: {}{}\n", st.bold(), result.path, p.line, p.column, w.message, st.reset());
  }
  for (const Finding& f : result.findings) {
    bool error = f.severity == Severity::Error;
    out << fmt::format("{}{}:{}:{}: {}{}:{} {}{} [{}]{}\n", st.bold(), result.path, f.pos.line, f.pos.column,
                       error ? st.red() : st.yellow(), severity_name(f.severity), st.reset() + st.bold(), f.message,
                       st.reset() + st.bold(), f.rule, st.reset());
    // Source lines of every statement, with carets under each figure.
    std::map<int, std::vector<std::pair<int, int>>> lines;
    for (const Statement& s : f.statements) {
      if (s.marks.empty()) lines[s.pos.line];
      for (const Mark& m : s.marks) {
        Position end = file.position(m.end);
        int end_col = end.line == m.pos.line ? end.column : m.pos.column + 1;
        lines[m.pos.line].push_back({m.pos.column, end_col});
      }
    }
    size_t gutter = std::to_string(lines.empty() ? 0 : lines.rbegin()->first).size();
    for (const auto& [line, marks] : lines) write_line(out, file, line, marks, gutter, st);
    std::string pad(gutter + 1, ' ');
    for (const std::string& d : f.details) out << fmt::format("{}{}={} {}\n", pad, st.blue(), st.reset(), d);
    if (!f.help.empty()) {
      std::string help;
      for (size_t i = 0; i < f.help.size(); ++i) help += (i ? "; or " : "") + f.help[i];
      out << fmt::format("{}{}={} help: {}\n", pad, st.blue(), st.reset(), help);
    }
  }
  for (const Undetermined& u : result.undetermined) {
    out << fmt::format("{}: note: {} claims could not be checked: {}\n", result.path, u.claims.size(), u.reason);
  }
}

void write_text_summary(std::ostream& out, const Summary& s) {
  out << fmt::format("{} file{} checked, {} claim{}, {} conflict{} ({} error{}, {} warning{})\n", s.files,
                     s.files == 1 ? "" : "s", s.claims, s.claims == 1 ? "" : "s", s.conflicts,
                     s.conflicts == 1 ? "" : "s", s.errors, s.errors == 1 ? "" : "s", s.warnings,
                     s.warnings == 1 ? "" : "s");
  if (s.suppressed) out << fmt::format("{} conflict{} silenced by claimcheck-disable comments\n", s.suppressed,
                                       s.suppressed == 1 ? "" : "s");
  if (s.baselined) out << fmt::format("{} known conflict{} accepted by the baseline\n", s.baselined,
                                      s.baselined == 1 ? "" : "s");
}

void add_to_summary(Summary& s, const FileResult& r) {
  ++s.files;
  s.claims += r.claims.claims.size();
  s.conflicts += r.findings.size();
  for (const Finding& f : r.findings) (f.severity == Severity::Error ? s.errors : s.warnings)++;
  s.undetermined += r.undetermined.size();
  s.suppressed += r.suppressed;
  s.baselined += r.baselined;
}

Summary summarize(const std::vector<FileResult>& results) {
  Summary s;
  for (const FileResult& r : results) add_to_summary(s, r);
  return s;
}

}  // namespace cc
