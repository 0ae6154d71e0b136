// Solve time on a synthetic document of about 10,000 claims: paragraphs
// that each split a stated total into parts, one in fifty of them wrong.
//
//   bench_solve [--claims N]
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include <fmt/format.h>

#include "cli/pipeline.h"

int main(int argc, char** argv) {
  size_t target = 10000;
  for (int i = 1; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--claims") && i + 1 < argc) target = std::strtoul(argv[++i], nullptr, 10);
  }
  std::string text;
  size_t paragraphs = target / 3, wrong = 0;
  for (size_t k = 0; k < paragraphs; ++k) {
    int total = 10 + static_cast<int>(k % 40);
    int a = total / 2, b = total - a - 1;
    if (k % 50 == 7) {
      b += 5;  // parts now exceed the total
      ++wrong;
    }
    text += fmt::format("Company {} will spend ${}bn this year. Of that, ${}bn is for chips and ${}bn for land.\n\n",
                        k, total, a, b);
  }
  cc::PipelineOptions o;
  o.rules_dir = cc::default_rules_dir();
  cc::Pipeline p(o);
  cc::SourceFile file("synthetic.md", text);
  auto t0 = std::chrono::steady_clock::now();
  cc::ClaimSet set = p.claims(p.read(file));
  auto t1 = std::chrono::steady_clock::now();
  cc::SolveResult r = cc::solve(set, o.solve);
  auto t2 = std::chrono::steady_clock::now();
  auto secs = [](auto a, auto b) { return std::chrono::duration<double>(b - a).count(); };
  std::printf("claims %zu, relations %zu, planted conflicts %zu, found %zu; extract %.2f s, solve %.2f s\n",
              set.claims.size(), set.relations.size(), wrong, r.conflicts.size(), secs(t0, t1), secs(t1, t2));
  return r.conflicts.size() == wrong ? 0 : 1;
}
