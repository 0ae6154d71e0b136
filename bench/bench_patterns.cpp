// Throughput of pattern matching: every shipped rule's [[pattern]]s, compiled
// into one program, run over news-like text (the clean corpus articles,
// repeated) from 1 KB to 10 MB in one document. The text is segmented and its
// figures recognized beforehand; the timing is the matcher alone, item by
// item, as the claims stage feeds it.
//
//   bench_patterns [--max-mb 10] [--corpus DIR]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "cli/pipeline.h"
#include "corpus_text.h"
#include "patterns/pattern.h"

namespace {

using Clock = std::chrono::steady_clock;

// The document as the matcher sees it: words, figures, sentence breaks.
std::vector<cc::Item> items_of(const cc::Pipeline& p, const cc::Document& doc) {
  std::vector<cc::Item> out;
  std::vector<cc::Token> toks;
  int32_t figure = 0;
  for (size_t s = 0; s < doc.sentences.size(); ++s) {
    if (s) out.push_back({cc::ItemKind::Break, cc::QuantityKind::Number, -1, {}});
    std::vector<cc::Quantity> qs = p.recognizer().recognize(doc.sentences[s], &toks);
    std::string_view text = doc.sentences[s].text;
    size_t k = 0;
    for (size_t i = 0; i < toks.size(); ++i) {
      while (k < qs.size() && qs[k].text_end <= toks[i].begin) ++k;
      if (k < qs.size() && toks[i].begin >= qs[k].text_begin) {
        if (out.empty() || out.back().kind != cc::ItemKind::Figure || out.back().figure != figure + static_cast<int32_t>(k)) {
          out.push_back({cc::ItemKind::Figure, qs[k].kind, figure + static_cast<int32_t>(k), {}});
        }
        continue;
      }
      out.push_back({toks[i].kind == cc::TokenKind::Punct ? cc::ItemKind::Punct : cc::ItemKind::Word,
                     cc::QuantityKind::Number, -1, text.substr(toks[i].begin, toks[i].end - toks[i].begin)});
    }
    figure += static_cast<int32_t>(qs.size());
  }
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  std::string corpus = std::string(CLAIMCHECK_SOURCE_DIR) + "/tests/corpus";
  double max_mb = 10;
  for (int i = 1; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--max-mb") && i + 1 < argc) max_mb = std::atof(argv[++i]);
    else if (!std::strcmp(argv[i], "--corpus") && i + 1 < argc) corpus = argv[++i];
  }
  std::string base;
  for (const std::string& a : bench::corpus_articles(corpus)) base += a + "\n\n";
  if (base.empty()) {
    std::fprintf(stderr, "bench_patterns: no clean.md files under %s\n", corpus.c_str());
    return 2;
  }
  cc::PipelineOptions o;
  o.rules_dir = cc::default_rules_dir();
  cc::Pipeline p(o);
  const cc::PatternSet& set = p.patterns().set;
  size_t rules = 0;
  for (const cc::RelationRule& r : p.rules()) rules += r.patterns.empty() ? 0 : 1;
  std::printf("%zu patterns from %zu rules\n\n", set.size(), rules);
  std::printf("| size | items | matches | MB/s | ns/byte |\n|---|---|---|---|---|\n");
  for (size_t kb : {1, 10, 100, 1000, 10000}) {
    if (kb > max_mb * 1000) break;
    std::string text = bench::sized(base, kb * 1024);
    cc::Document doc = p.read(cc::SourceFile("bench.md", text));
    std::vector<cc::Item> items = items_of(p, doc);
    double best = 1e9, spent = 0;
    size_t matches = 0;
    std::vector<cc::PatternMatch> out;
    for (int i = 0; i < 50 && (i < 3 || spent < 1.0); ++i) {
      out.clear();
      auto t0 = Clock::now();
      cc::Matcher m(set);
      for (const cc::Item& it : items) m.feed(it, out);
      m.finish(out);
      double t = std::chrono::duration<double>(Clock::now() - t0).count();
      best = std::min(best, t);
      spent += t;
      matches = out.size();
    }
    double mb = static_cast<double>(text.size()) / 1e6;
    std::printf("| %zu KB | %zu | %zu | %.0f | %.2f |\n", kb, items.size(), matches, mb / best,
                best * 1e9 / static_cast<double>(text.size()));
    std::fflush(stdout);
  }
  return 0;
}
