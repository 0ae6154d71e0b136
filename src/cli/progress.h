// A progress line on standard error for long runs over many files.
#pragma once

#include <atomic>
#include <chrono>
#include <cstdio>
#include <mutex>
#include <string>

namespace cc {

// "claimcheck: 1234 of 10000 files (12%)", redrawn in place at most ten
// times a second. With `when` "auto", only on a terminal and once the run has
// taken a second: short runs and single drafts never see it; "always" draws
// from the start, "never" not at all. done() may be called from any thread.
class Progress {
 public:
  Progress(size_t total, const std::string& when, bool terminal)
      : total_(total),
        enabled_(total > 1 && (when == "always" || (when == "auto" && terminal))),
        delay_(when == "always" ? Clock::duration::zero() : std::chrono::seconds(1)) {}
  ~Progress() { finish(); }

  void done() {
    size_t n = ++done_;
    if (!enabled_) return;
    auto now = Clock::now();
    if (now - start_ < delay_) return;
    // The last item always draws (waiting for the lock); others skip a draw
    // rather than wait. The count drawn is the latest, never going back.
    std::unique_lock<std::mutex> lock(mu_, std::defer_lock);
    if (n == total_) lock.lock();
    else if (!lock.try_lock() || now - last_ < std::chrono::milliseconds(100)) return;
    n = done_.load();
    if (n <= drawn_) return;
    drawn_ = n;
    last_ = now;
    std::string line = "claimcheck: " + std::to_string(n) + " of " + std::to_string(total_) + " files (" +
                       std::to_string(n * 100 / total_) + "%)";
    std::fprintf(stderr, "\r%s", line.c_str());
    std::fflush(stderr);
    shown_ = line.size();
  }

  // Clears the line, so that what follows starts on a clean one.
  void finish() {
    std::lock_guard<std::mutex> lock(mu_);
    if (shown_ == 0) return;
    std::fprintf(stderr, "\r%s\r", std::string(shown_, ' ').c_str());
    std::fflush(stderr);
    shown_ = 0;
  }

 private:
  using Clock = std::chrono::steady_clock;
  size_t total_;
  bool enabled_;
  Clock::duration delay_;
  std::atomic<size_t> done_{0};
  Clock::time_point start_ = Clock::now();
  Clock::time_point last_{};
  std::mutex mu_;
  size_t shown_ = 0;
  size_t drawn_ = 0;
};

}  // namespace cc
