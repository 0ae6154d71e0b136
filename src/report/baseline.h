// Baselines: findings accepted as known, so a gate fails only on new ones.
// A finding is known by its file and its fingerprint (rule and the text of
// its sentences), which survives edits elsewhere in the file.
#pragma once

#include <set>
#include <string>
#include <utility>
#include <vector>

#include "report/findings.h"

namespace cc {

class Baseline {
 public:
  // Reads a baseline written by write_baseline; a missing or malformed file
  // throws UserError naming it.
  static Baseline load(const std::string& path);
  // Removes known findings from `result`; returns how many.
  size_t filter(FileResult& result) const;

 private:
  std::set<std::pair<std::string, std::string>> known_;  // (path, fingerprint)
};

// Writes every finding of `results` as a baseline (JSON).
void write_baseline(const std::string& path, const std::vector<FileResult>& results);

}  // namespace cc
