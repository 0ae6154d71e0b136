#include <fmt/format.h>

#include "report/report.h"

namespace cc {
namespace {

// Table cells: pipes and line breaks would end the cell.
std::string cell(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '|') out += "\\|";
    else if (c == '\n' || c == '\r') out += ' ';
    else out += c;
  }
  return out;
}

}  // namespace

void write_markdown(std::ostream& out, const std::vector<FileResult>& results) {
  Summary s = summarize(results);
  out << fmt::format("### claimcheck: {} conflict{} ({} error{}, {} warning{}) in {} file{}\n\n", s.conflicts,
                     s.conflicts == 1 ? "" : "s", s.errors, s.errors == 1 ? "" : "s", s.warnings,
                     s.warnings == 1 ? "" : "s", s.files, s.files == 1 ? "" : "s");
  if (s.conflicts == 0) {
    out << "No figures contradict each other.\n";
    return;
  }
  out << "| | where | conflict | figures |\n|---|---|---|---|\n";
  for (const FileResult& r : results) {
    for (const Finding& f : r.findings) {
      std::string figures;
      for (const std::string& d : f.details) figures += (figures.empty() ? "" : "; ") + d;
      out << fmt::format("| {} | `{}:{}:{}` | {} `[{}]` | {} |\n",
                         f.severity == Severity::Error ? "error" : "warning", cell(r.path), f.pos.line, f.pos.column,
                         cell(f.message), f.rule, cell(figures));
    }
  }
  for (const FileResult& r : results) {
    for (const Finding& f : r.findings) {
      out << fmt::format("\n<details><summary><code>{}:{}:{}</code> {}</summary>\n\n", r.path, f.pos.line,
                         f.pos.column, f.message);
      for (const Statement& st : f.statements) out << fmt::format("> {} (line {})\n>\n", cell(st.text), st.pos.line);
      for (const std::string& h : f.help) out << fmt::format("\n- help: {}\n", h);
      out << "\n</details>\n";
    }
  }
}

}  // namespace cc
