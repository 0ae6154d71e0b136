// Throughput of pattern matching: every shipped rule's [[pattern]]s, compiled
// into one program, run over news-like text (the clean corpus articles,
// repeated) from 1 KB to 10 MB in one document (below the corpus's size, the
// corpus cut into documents of that size). The text is segmented and its
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
#include <span>
#include <string>
#include <vector>

#include "cli/pipeline.h"
#include "corpus_text.h"
#include "patterns/pattern.h"

namespace {

using Clock = std::chrono::steady_clock;

// The document as the matcher sees it, sentence by sentence: words and
// punctuation, one item per figure.
struct Sentences {
  std::vector<cc::Item> items;  // all sentences, one after another
  std::vector<size_t> first{0};
  size_t size() const { return first.size() - 1; }
  std::span<const cc::Item> operator[](size_t s) const { return {items.data() + first[s], first[s + 1] - first[s]}; }
};

Sentences items_of(const cc::Pipeline& p, const cc::Document& doc) {
  Sentences sentences;
  std::vector<cc::Item>& out = sentences.items;
  std::vector<cc::Token> toks;
  int32_t figure = 0;
  for (size_t s = 0; s < doc.sentences.size(); ++s) {
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
    sentences.first.push_back(out.size());
  }
  return sentences;
}

// One pass as the claims stage runs it (Matcher::feed_sentence: each
// pattern only where its anchor is), or with `anchors` false every pattern
// started at every item.
size_t run(const cc::PatternSet& set, const Sentences& sentences, bool anchors) {
  std::vector<cc::PatternMatch> out;
  cc::Matcher m(set);
  for (size_t s = 0; s < sentences.size(); ++s) {
    if (anchors) {
      m.feed_sentence(sentences[s], s + 1 < sentences.size() ? sentences[s + 1] : std::span<const cc::Item>(), out);
      continue;
    }
    m.feed({cc::ItemKind::Break, cc::QuantityKind::Number, -1, {}}, out);
    for (const cc::Item& it : sentences[s]) m.feed(it, out);
  }
  m.finish(out);
  return out.size();
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
  std::printf(
      "| size | documents | items | matches | MB/s | ns/byte | MB/s, every pattern at every item |\n"
      "|---|---|---|---|---|---|---|\n");
  for (size_t kb : {1, 10, 100, 1000, 10000}) {
    if (kb > max_mb * 1000) break;
    // Sizes below the corpus: the corpus cut into documents of that size,
    // each matched on its own, so every size sees the same mix of text.
    std::vector<std::string> docs;
    if (kb * 1024 < base.size()) {
      for (size_t at = 0; at < base.size();) {
        size_t end = at + kb * 1024 >= base.size() ? base.size() : base.find("\n\n", at + kb * 1024);
        if (end == std::string::npos) end = base.size();
        docs.push_back(base.substr(at, end - at));
        at = end;
      }
    } else {
      docs.push_back(bench::sized(base, kb * 1024));
    }
    std::vector<Sentences> parsed;
    std::vector<cc::Document> read;  // the items point into their text
    read.reserve(docs.size());
    size_t items = 0, bytes = 0;
    for (const std::string& d : docs) {
      read.push_back(p.read(cc::SourceFile("bench.md", d)));
      parsed.push_back(items_of(p, read.back()));
      items += parsed.back().items.size();
      bytes += d.size();
    }
    double best[2] = {1e9, 1e9};
    size_t matches[2] = {0, 0};
    for (int mode = 0; mode < 2; ++mode) {
      double spent = 0;
      for (int i = 0; i < 50 && (i < 3 || spent < 1.0); ++i) {
        auto t0 = Clock::now();
        matches[mode] = 0;
        for (const Sentences& sentences : parsed) matches[mode] += run(set, sentences, mode == 0);
        double t = std::chrono::duration<double>(Clock::now() - t0).count();
        best[mode] = std::min(best[mode], t);
        spent += t;
      }
    }
    if (matches[0] != matches[1]) {
      std::fprintf(stderr, "bench_patterns: anchors changed the matches (%zu vs %zu)\n", matches[0], matches[1]);
      return 1;
    }
    double mb = static_cast<double>(bytes) / 1e6;
    std::printf("| %zu KB | %zu | %zu | %zu | %.0f | %.2f | %.0f |\n", kb, docs.size(), items, matches[0],
                mb / best[0], best[0] * 1e9 / static_cast<double>(bytes), mb / best[1]);
    std::fflush(stdout);
  }
  return 0;
}
