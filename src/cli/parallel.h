// Running independent work items on a few threads, results kept in order.
#pragma once

#include <atomic>
#include <functional>
#include <thread>
#include <vector>

namespace cc {

// Calls f(i) for every i in [0, n) on `jobs` threads (at least one). Each
// item is handled once; which thread handles it does not matter to callers
// that write only to slot i.
inline void for_each_index(size_t n, unsigned jobs, const std::function<void(size_t)>& f) {
  if (jobs <= 1 || n <= 1) {
    for (size_t i = 0; i < n; ++i) f(i);
    return;
  }
  std::atomic<size_t> next{0};
  std::vector<std::thread> pool;
  for (unsigned t = 0; t < jobs && t < n; ++t) {
    pool.emplace_back([&] {
      for (size_t i = next++; i < n; i = next++) f(i);
    });
  }
  for (std::thread& th : pool) th.join();
}

// The default for --jobs: every core.
inline unsigned default_jobs() {
  unsigned n = std::thread::hardware_concurrency();
  return n ? n : 1;
}

}  // namespace cc
