#include "report/baseline.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "base/error.h"

namespace cc {

Baseline Baseline::load(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw UserError(fmt::format("{}: error: cannot read baseline", path));
  std::stringstream text;
  text << in.rdbuf();
  Baseline b;
  try {
    nlohmann::json j = nlohmann::json::parse(text.str());
    if (!j.is_object() || j.value("version", 0) != 1 || !j.contains("findings") || !j["findings"].is_array()) {
      throw UserError(fmt::format("{}: error: not a claimcheck baseline (expected version 1 and a findings list)", path));
    }
    for (const auto& f : j["findings"]) {
      if (!f.is_object() || !f.contains("path") || !f.contains("id") || !f["path"].is_string() || !f["id"].is_string()) {
        throw UserError(fmt::format("{}: error: each baseline finding needs a path and an id", path));
      }
      b.known_.insert({f["path"].get<std::string>(), f["id"].get<std::string>()});
    }
  } catch (const nlohmann::json::parse_error& e) {
    throw UserError(fmt::format("{}: error: malformed baseline at byte {}", path, e.byte));
  }
  return b;
}

size_t Baseline::filter(FileResult& result) const {
  size_t before = result.findings.size();
  auto known = [&](const Finding& f) { return known_.count({result.path, f.id}) > 0; };
  result.findings.erase(std::remove_if(result.findings.begin(), result.findings.end(), known), result.findings.end());
  return before - result.findings.size();
}

void write_baseline(const std::string& path, const std::vector<FileResult>& results) {
  nlohmann::ordered_json j;
  j["version"] = 1;
  j["findings"] = nlohmann::ordered_json::array();
  for (const FileResult& r : results) {
    for (const Finding& f : r.findings) {
      j["findings"].push_back({{"path", r.path}, {"id", f.id}, {"rule", f.rule}, {"message", f.message}});
    }
  }
  std::ofstream out(path);
  if (!out) throw UserError(fmt::format("{}: error: cannot write baseline", path));
  out << j.dump(2) << "\n";
}

}  // namespace cc
