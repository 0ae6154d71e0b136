#include <map>

#include <nlohmann/json.hpp>

#include "report/report.h"

namespace cc {
namespace {

using nlohmann::ordered_json;

ordered_json region(Position start, Position end) {
  return {{"startLine", start.line}, {"startColumn", start.column}, {"endLine", end.line}, {"endColumn", end.column}};
}

ordered_json location(const std::string& uri, Position start, Position end, size_t offset, size_t length) {
  ordered_json r = region(start, end);
  r["byteOffset"] = offset;
  r["byteLength"] = length;
  return {{"physicalLocation", {{"artifactLocation", {{"uri", uri}}}, {"region", r}}}};
}

std::string uri_of(const std::string& path) {
  if (path == "-") return "stdin";
  std::string out;
  for (char c : path) {
    if (c == ' ') out += "%20";
    else if (c == '%') out += "%25";
    else out += c;
  }
  return out;
}

std::string text_of(const Finding& f) {
  std::string t = f.message + ".";
  for (const std::string& d : f.details) t += " " + d + ".";
  if (!f.help.empty()) t += " Help: " + f.help.front() + ".";
  return t;
}

}  // namespace

void write_sarif(std::ostream& out, const std::vector<FileResult>& results, const std::vector<RelationRule>& rules) {
  std::map<std::string, const RelationRule*> by_id;
  for (const RelationRule& r : rules) by_id[r.id] = &r;
  // Rules that fired, in order of first use, so ruleIndex stays stable.
  std::vector<std::string> used;
  for (const FileResult& r : results) {
    for (const Finding& f : r.findings) {
      if (std::find(used.begin(), used.end(), f.rule) == used.end()) used.push_back(f.rule);
    }
  }
  ordered_json driver_rules = ordered_json::array();
  for (const std::string& id : used) {
    auto it = by_id.find(id);
    std::string description = it != by_id.end() && !it->second->description.empty() ? it->second->description : id;
    driver_rules.push_back({{"id", id},
                            {"name", id},
                            {"shortDescription", {{"text", description}}},
                            {"defaultConfiguration", {{"level", "error"}}}});
  }
  ordered_json res = ordered_json::array();
  for (const FileResult& r : results) {
    std::string uri = uri_of(r.path);
    for (const Finding& f : r.findings) {
      ordered_json x;
      x["ruleId"] = f.rule;
      x["ruleIndex"] = std::find(used.begin(), used.end(), f.rule) - used.begin();
      x["level"] = std::string(severity_name(f.severity));
      x["message"] = {{"text", text_of(f)}};
      const Statement& first = f.statements.front();
      size_t start = first.marks.empty() ? first.start : first.marks.front().start;
      size_t end = first.marks.empty() ? first.end : first.marks.front().end;
      x["locations"] = ordered_json::array({location(uri, f.pos, f.end_pos, start, end - start)});
      ordered_json related = ordered_json::array();
      int id = 1;
      for (const Statement& s : f.statements) {
        for (const Mark& m : s.marks) {
          ordered_json loc = location(uri, m.pos, m.end_pos, m.start, m.end - m.start);
          loc["id"] = id++;
          loc["message"] = {{"text", s.text}};
          related.push_back(loc);
        }
      }
      x["relatedLocations"] = related;
      x["partialFingerprints"] = {{"claimcheck/v1", f.id}};
      res.push_back(x);
    }
  }
  ordered_json root;
  root["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json";
  root["version"] = "2.1.0";
  root["runs"] = ordered_json::array({{{"tool", {{"driver", {{"name", "claimcheck"},
                                                              {"version", "0.1.0"},
                                                              {"rules", driver_rules}}}}},
                                       {"columnKind", "unicodeCodePoints"},
                                       {"results", res}}});
  out << root.dump(2) << "\n";
}

}  // namespace cc
