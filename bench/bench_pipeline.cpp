// Throughput of each pipeline stage and end to end, on news-like text built
// from the project's clean corpus articles, at sizes from 1 KB to 10 MB in
// one document; and peak memory of one end-to-end check.
//
//   bench_pipeline [--max-mb 10] [--corpus DIR]     the table
//   bench_pipeline --peak SIZE_KB                    one check, then peak RSS
//
// Timings are the best of several runs on one core (the process is single
// threaded); figures are MB of input per second.
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "claims/extract.h"
#include "cli/pipeline.h"
#include "corpus_text.h"
#include "solve/solve.h"

namespace {

using Clock = std::chrono::steady_clock;

// Best of at least three runs, more while the total stays under a second.
template <typename F>
double best_seconds(F&& f, size_t /*bytes*/) {
  double best = 1e9, spent = 0;
  for (int i = 0; i < 30 && (i < 3 || spent < 1.0); ++i) {
    auto t0 = Clock::now();
    f();
    double t = std::chrono::duration<double>(Clock::now() - t0).count();
    best = std::min(best, t);
    spent += t;
  }
  return best;
}

// Each article checked on its own, as a writer or a CI gate would: median
// solve time and overall end-to-end throughput.
void per_article(const cc::Pipeline& p, const std::vector<std::string>& articles) {
  std::vector<double> solve_ms;
  double total = 0, bytes = 0;
  for (const std::string& a : articles) {
    cc::SourceFile file("article.md", a);
    cc::ClaimSet set = p.claims(p.read(file));
    solve_ms.push_back(best_seconds([&] { cc::solve(set, p.options().solve); }, 1000) * 1e3);
    total += best_seconds([&] { p.check(file); }, 1000);
    bytes += static_cast<double>(a.size());
  }
  std::sort(solve_ms.begin(), solve_ms.end());
  std::printf("\n%zu articles checked one at a time (median %.1f KB): median solve %.2f ms, max %.2f ms; "
              "end to end %.1f MB/s\n",
              articles.size(), bytes / static_cast<double>(articles.size()) / 1024, solve_ms[solve_ms.size() / 2],
              solve_ms.back(), bytes / 1e6 / total);
}

long peak_rss_kb() {
  struct rusage ru {};
  getrusage(RUSAGE_SELF, &ru);
  return ru.ru_maxrss;
}

cc::Pipeline make_pipeline() {
  cc::PipelineOptions o;
  o.rules_dir = cc::default_rules_dir();
  o.all_keys = false;  // as `claimcheck check` runs (text, SARIF, ...): keys read where linking asks
  return cc::Pipeline(o);
}

}  // namespace

int main(int argc, char** argv) {
  std::string corpus = std::string(CLAIMCHECK_SOURCE_DIR) + "/tests/corpus";
  double max_mb = 10;
  long peak_kb = -1;
  for (int i = 1; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--max-mb") && i + 1 < argc) max_mb = std::atof(argv[++i]);
    else if (!std::strcmp(argv[i], "--corpus") && i + 1 < argc) corpus = argv[++i];
    else if (!std::strcmp(argv[i], "--peak") && i + 1 < argc) peak_kb = std::atol(argv[++i]);
  }
  std::vector<std::string> articles = bench::corpus_articles(corpus);
  std::string base;
  for (const std::string& a : articles) base += a + "\n\n";
  if (base.empty()) {
    std::cerr << "bench_pipeline: no clean.md files under " << corpus << "\n";
    return 2;
  }
  cc::Pipeline p = make_pipeline();
  if (peak_kb >= 0) {
    std::string text = bench::sized(base, static_cast<size_t>(peak_kb) * 1024);
    long before = peak_rss_kb();
    cc::FileResult r = p.check(cc::SourceFile("bench.md", text));
    std::printf("input_kb %ld claims %zu findings %zu peak_rss_kb %ld baseline_rss_kb %ld\n", peak_kb,
                r.claims.claims.size(), r.findings.size(), peak_rss_kb(), before);
    return 0;
  }
  std::printf("| size | text (segmentation) MB/s | quantities MB/s | claims MB/s | solve ms | end to end MB/s |\n");
  std::printf("|---|---|---|---|---|---|\n");
  for (size_t kb : {1, 10, 100, 1000, 10000}) {
    if (kb > max_mb * 1000) break;
    std::string text = bench::sized(base, kb * 1024);
    double mb = static_cast<double>(text.size()) / 1e6;
    cc::SourceFile file("bench.md", text);
    cc::Document doc;
    double t_text = best_seconds([&] { doc = p.read(file); }, text.size());
    size_t figures = 0;
    double t_quantity = best_seconds(
        [&] {
          figures = 0;
          for (const cc::Sentence& s : doc.sentences) figures += p.recognizer().recognize(s).size();
        },
        text.size());
    cc::ClaimSet set;
    double t_claims = best_seconds([&] { set = p.claims(doc); }, text.size());
    cc::SolveResult solved;
    double t_solve = best_seconds([&] { solved = cc::solve(set, p.options().solve); }, text.size());
    double t_e2e = best_seconds([&] { p.check(file); }, text.size());
    // claims includes text and quantities again (extract_claims recognizes); report its own share.
    std::printf("| %zu KB | %.0f | %.1f | %.1f | %.1f | %.1f |\n", kb, mb / t_text, mb / t_quantity, mb / t_claims,
                t_solve * 1e3, mb / t_e2e);
    std::fflush(stdout);
  }
  per_article(p, articles);
  return 0;
}
