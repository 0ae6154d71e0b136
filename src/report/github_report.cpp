#include <fmt/format.h>

#include "report/report.h"

namespace cc {
namespace {

// Workflow-command escaping: data and property values differ.
std::string escape_data(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '%') out += "%25";
    else if (c == '\r') out += "%0D";
    else if (c == '\n') out += "%0A";
    else out += c;
  }
  return out;
}

std::string escape_property(const std::string& s) {
  std::string out;
  for (char c : escape_data(s)) {
    if (c == ':') out += "%3A";
    else if (c == ',') out += "%2C";
    else out += c;
  }
  return out;
}

}  // namespace

void write_github(std::ostream& out, const std::vector<FileResult>& results) {
  for (const FileResult& r : results) {
    for (const Finding& f : r.findings) {
      std::string body = f.message;
      for (const std::string& d : f.details) body += "\n" + d;
      if (!f.help.empty()) body += "\nhelp: " + f.help.front();
      out << fmt::format("::{} file={},line={},col={},endLine={},endColumn={},title={}::{}\n",
                         f.severity == Severity::Error ? "error" : "warning", escape_property(r.path), f.pos.line,
                         f.pos.column, f.end_pos.line, f.end_pos.column,
                         escape_property("claimcheck [" + f.rule + "]"), escape_data(body));
    }
  }
}

}  // namespace cc
