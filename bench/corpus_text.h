// News-like benchmark text: the project's clean corpus articles, repeated to
// any size.
#pragma once

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace bench {

// The text of every clean.md below `dir`, in path order.
inline std::vector<std::string> corpus_articles(const std::string& dir) {
  std::vector<std::string> files;
  for (auto& e : std::filesystem::recursive_directory_iterator(dir)) {
    if (e.path().filename() == "clean.md") files.push_back(e.path().string());
  }
  std::sort(files.begin(), files.end());
  std::vector<std::string> out;
  for (auto& f : files) {
    std::ifstream in(f);
    std::stringstream ss;
    ss << in.rdbuf();
    out.push_back(ss.str());
  }
  return out;
}

// `bytes` of text: `base` repeated, cut at a paragraph break.
inline std::string sized(const std::string& base, size_t bytes) {
  std::string out;
  while (out.size() < bytes) out += base;
  size_t cut = out.rfind("\n\n", bytes);
  out.resize(cut == std::string::npos || cut < bytes / 2 ? bytes : cut + 2);
  return out;
}

}  // namespace bench
