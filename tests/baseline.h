// Ratchets for data-driven tests: a pass count that must not drop.
#pragma once

#include <fstream>
#include <string>

namespace cc::test {

// Reads the recorded pass count from tests/baselines/<name>.txt (0 if none).
inline int baseline(const std::string& name) {
  std::ifstream in(std::string(CLAIMCHECK_SOURCE_DIR) + "/tests/baselines/" + name + ".txt");
  int n = 0;
  in >> n;
  return n;
}

}  // namespace cc::test
