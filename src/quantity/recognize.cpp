#include "quantity/recognize.h"

#include <algorithm>
#include <optional>

#include "quantity/scan.h"

namespace cc {

std::vector<Quantity> Recognizer::recognize(const Sentence& sentence, std::vector<Token>* tokens) const {
  SentenceScan scan(lex_, sentence);
  std::vector<Mention> mentions = scan.run();
  std::vector<Quantity> out;
  out.reserve(mentions.size());
  const auto& toks = scan.tokens();
  for (const Mention& m : mentions) {
    Quantity q;
    size_t b = toks[m.first].begin, e = toks[m.last].end;
    q.start = sentence.map.start_of(b);
    q.end = sentence.map.end_of(e);
    q.figure_start = sentence.map.start_of(toks[m.fig_first].begin);
    q.figure_end = sentence.map.end_of(toks[m.fig_last].end);
    q.text = sentence.text.substr(b, e - b);
    // normalize writes a thin space between digit groups as '_'; give it back.
    for (size_t at = q.text.find('_'); at != std::string::npos; at = q.text.find('_', at + 3)) {
      q.text.replace(at, 1, "\u2009");
    }
    q.text_begin = b;
    q.text_end = e;
    q.kind = m.kind;
    q.unit = m.unit;
    q.scale = m.scale;
    q.scale_word = m.scale_word;
    q.hedge = m.hedge;
    q.change = m.change;
    if (m.range) {
      q.range = true;
      q.range_low = m.range_low;
      q.range_high = m.range_high;
      q.value = (m.range_low + m.range_high) * Decimal::from_parts(5, -1);
      q.half_unit = Decimal::half_unit(m.range_exponent) * m.scale;
    } else {
      q.value = m.num.value * m.scale;
      q.half_unit = Decimal::half_unit(m.num.exponent) * m.scale;
    }
    compute_intervals(q, tolerance_);
    out.push_back(std::move(q));
  }
  if (tokens) *tokens = scan.take_tokens();
  return out;
}

}  // namespace cc
