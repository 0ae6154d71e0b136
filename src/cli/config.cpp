#include "cli/config.h"

#include <filesystem>

#include "base/error.h"
#include "base/suggest.h"
#include "base/toml_file.h"

namespace cc {
namespace {

const std::vector<std::string> kKeys = {"fail-on", "tolerance", "max-conflicts", "min-confidence", "rules", "disable", "include", "exclude"};

}  // namespace

std::optional<std::string> find_config(const std::string& start) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::path dir = start == "-" ? fs::current_path(ec) : fs::absolute(start, ec);
  if (ec) return std::nullopt;
  if (!fs::is_directory(dir, ec)) dir = dir.parent_path();
  for (; !dir.empty(); dir = dir.parent_path()) {
    fs::path candidate = dir / ".claimcheck.toml";
    if (fs::is_regular_file(candidate, ec)) return candidate.string();
    if (dir == dir.root_path()) break;
  }
  return std::nullopt;
}

Config load_config(const std::string& path) {
  toml::table t = load_toml(path);
  Config c;
  c.path = path;
  std::filesystem::path base = std::filesystem::path(path).parent_path();
  for (auto&& [key, node] : t) {
    std::string k(key.str());
    if (k == "fail-on") {
      const auto* s = node.as_string();
      if (!s || (s->get() != "error" && s->get() != "warning")) toml_error(path, node, "fail-on must be \"error\" or \"warning\"");
      c.fail_on = s->get();
    } else if (k == "tolerance") {
      std::optional<double> v = node.value<double>();
      if (!v || *v < 0 || *v > 1) toml_error(path, node, "tolerance must be a number from 0 to 1");
      c.tolerance = v;
    } else if (k == "max-conflicts") {
      std::optional<int64_t> v = node.value<int64_t>();
      if (!v || *v < 1 || *v > 1000) toml_error(path, node, "max-conflicts must be a whole number from 1 to 1000");
      c.max_conflicts = static_cast<int>(*v);
    } else if (k == "min-confidence") {
      std::optional<double> v = node.value<double>();
      if (!v || *v < 0 || *v > 1) toml_error(path, node, "min-confidence must be a number from 0 to 1");
      c.min_confidence = v;
    } else if (k == "rules") {
      for (const std::string& d : toml_strings(path, t, k)) c.rule_dirs.push_back((base / d).string());
    } else if (k == "disable") {
      c.disable = toml_strings(path, t, k);
    } else if (k == "include") {
      c.include = toml_strings(path, t, k);
    } else if (k == "exclude") {
      c.exclude = toml_strings(path, t, k);
    } else {
      toml_error(path, node, "unknown key '" + k + "'" + did_you_mean(k, kKeys));
    }
  }
  return c;
}

}  // namespace cc
