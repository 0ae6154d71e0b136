#include "report/suppress.h"

#include <algorithm>
#include <climits>
#include <sstream>
#include <string>

namespace cc {
namespace {

// Lines [from, to] silenced for `rules` (empty: every rule).
struct Silence {
  int from, to;
  std::vector<std::string> rules;
};

std::vector<Silence> silences(const SourceFile& file) {
  std::vector<Silence> out;
  std::vector<Silence> open;  // disable ... enable
  std::string_view s = file.bytes();
  for (size_t at = s.find("<!--"); at != std::string_view::npos; at = s.find("<!--", at + 4)) {
    size_t close = s.find("-->", at + 4);
    if (close == std::string_view::npos) break;
    std::istringstream words(std::string(s.substr(at + 4, close - at - 4)));
    std::string verb, rule;
    words >> verb;
    std::vector<std::string> rules;
    while (words >> rule) rules.push_back(rule);
    int line = file.position(close).line;
    if (verb == "claimcheck-disable-next-line") {
      out.push_back({line + 1, line + 1, rules});
    } else if (verb == "claimcheck-disable") {
      open.push_back({line, INT_MAX, rules});
    } else if (verb == "claimcheck-enable") {
      for (Silence& o : open) {
        if (o.to == INT_MAX && (rules.empty() || o.rules == rules)) o.to = line;
      }
    }
  }
  out.insert(out.end(), open.begin(), open.end());
  return out;
}

bool silenced(const Finding& f, const std::vector<Silence>& all) {
  for (const Silence& z : all) {
    if (!z.rules.empty() && std::find(z.rules.begin(), z.rules.end(), f.rule) == z.rules.end() &&
        std::find(z.rules.begin(), z.rules.end(), f.relation) == z.rules.end()) {
      continue;
    }
    for (const Statement& st : f.statements) {
      if (st.pos.line >= z.from && st.pos.line <= z.to) return true;
    }
  }
  return false;
}

}  // namespace

size_t apply_suppressions(const SourceFile& file, std::vector<Finding>& findings) {
  std::vector<Silence> all = silences(file);
  if (all.empty()) return 0;
  size_t before = findings.size();
  findings.erase(std::remove_if(findings.begin(), findings.end(), [&](const Finding& f) { return silenced(f, all); }),
                 findings.end());
  return before - findings.size();
}

}  // namespace cc
