#include "claims/times.h"

#include <algorithm>

namespace cc {

std::vector<TimeMention> TimeFinder::find(size_t s, const TimeScope& carried) const {
  std::vector<TimeMention> out;
  std::vector<size_t> used;
  auto taken = [&](size_t i) { return std::find(used.begin(), used.end(), i) != used.end(); };
  // Only a sentence with a word that time phrases hold ("year", "quarter",
  // "FY") may hold one; any may hold a year.
  bool phrases = false;
  for (size_t i = 0; i < size(s) && !phrases; ++i) {
    // "Q3", "H1", "FY25": letters glued to a number
    bool glued_number = i + 1 < size(s) && toks(s)[i + 1].kind == TokenKind::Number && !toks(s)[i + 1].space_before &&
                        word(s, i).size() <= 2;
    phrases = is_word(s, i) && (glued_number || lex_.may_name_time(word(s, i)));
  }
  // Fiscal years first ("fiscal 2025", "FY25"), then plain years.
  for (size_t i = 0; i < size(s) && phrases; ++i) {
    int v = 0;
    // one lookup says whether any time phrase starts here
    if (!cue(lex_.time_starts, s, i) && !(i + 1 < size(s) && toks(s)[i].kind == TokenKind::Number)) continue;
    if (size_t n = cue(lex_.fiscal, s, i)) {
      int y = 0;
      // "fiscal 2025", "FY25", "the fiscal year to March 2026", "the year that ended in March 2024"
      size_t at = i + n;
      for (size_t skip = 0; skip < 4 && at < size(s) && is_word(s, at) && !(year_at(s, at, &y)); ++skip) {
        std::string l = lower(word(s, at));
        if (!(l == "to" || l == "in" || l == "that" || l == "ended" || l == "ending" || l == "ends" || month(l))) break;
        ++at;
      }
      if (year_at(s, at, &y) || (at == i + n && short_year_at(s, at, &y))) {
        TimeMention m{i, at + 1, {}};
        m.time.period = 'F';
        m.time.year = static_cast<int16_t>(y);
        out.push_back(m);
        used.push_back(at);
        i = at;
        continue;
      }
    }
    // "the 2025 financial year"
    if (int y = 0; year_at(s, i, &y) && !taken(i)) {
      if (size_t n = cue(lex_.fiscal, s, i + 1); n && lower(word(s, i + 1)) != "fy") {
        TimeMention m{i, i + 1 + n, {}};
        m.time.period = 'F';
        m.time.year = static_cast<int16_t>(y);
        out.push_back(m);
        used.push_back(i);
        i += n;
        continue;
      }
    }
    if (size_t n = cue(lex_.relative_year, s, i)) {
      lex_.relative_year.match_at(doc_ctx_.doc.sentences[s].text, toks(s), i, &v);
      out.push_back({i, i + n, relative(v)});
      i += n - 1;
      continue;
    }
    bool whole_year = false;
    size_t n_earlier = cue(lex_.earlier_period, s, i);
    if (!n_earlier && (n_earlier = cue(lex_.earlier_year, s, i))) whole_year = true;
    if (n_earlier) {
      (whole_year ? lex_.earlier_year : lex_.earlier_period).match_at(doc_ctx_.doc.sentences[s].text, toks(s), i, &v);
      // shifted from the period the sentence names before it, else the one
      // the sentence before names, else the article's year
      TimeScope base = carried;
      for (const TimeMention& t : out) {
        if (t.first < i && t.time.known()) base = t.time;
      }
      TimeMention m{i, i + n_earlier, relative(v)};
      if (base.known() && (base.year || base.offset != TimeScope::kNoOffset || !whole_year)) {
        m.time = base;
        if (base.year) m.time.year = static_cast<int16_t>(base.year + v);
        else m.time.offset = static_cast<int8_t>((base.offset == TimeScope::kNoOffset ? 0 : base.offset) + v);
        if (whole_year && m.time.period != 'F') {
          m.time.period = 'Y';
          m.time.n = 0;
        }
      }
      out.push_back(m);
      i += n_earlier - 1;
      continue;
    }
    bool q = false;
    size_t n = cue(lex_.quarter, s, i);
    if (n) q = true;
    else n = cue(lex_.half, s, i);
    if (n) {
      (q ? lex_.quarter : lex_.half).match_at(doc_ctx_.doc.sentences[s].text, toks(s), i, &v);
      TimeMention m{i, i + n, {}};
      m.time.period = q ? 'Q' : 'H';
      m.time.n = static_cast<int8_t>(v);
      int y = 0;
      size_t after = i + n;
      if (after < size(s) && lower(word(s, after)) == "of") ++after;
      if (year_at(s, after, &y)) {
        m.time.year = static_cast<int16_t>(y);
        m.last = after + 1;
        used.push_back(after);
      } else if (i > 0 && year_at(s, i - 1, &y)) {
        m.time.year = static_cast<int16_t>(y);
        m.first = i - 1;
        used.push_back(i - 1);
      } else if (size_t r = cue(lex_.relative_year, s, after)) {
        lex_.relative_year.match_at(doc_ctx_.doc.sentences[s].text, toks(s), after, &v);
        TimeScope rel = relative(v);
        m.time.year = rel.year;
        m.time.offset = rel.offset;
        m.last = after + r;
      } else if (doc_year()) {
        m.time.year = static_cast<int16_t>(doc_year());
      }
      out.push_back(m);
      i = m.last - 1;
      continue;
    }
  }
  for (size_t i = 0; i < size(s); ++i) {
    int y = 0;
    if (taken(i) || !year_at(s, i, &y) || claim_at(s, i) >= 0) continue;
    if (spans_from(s, i)) continue;
    bool inside = false;
    for (const TimeMention& t : out) inside = inside || (i >= t.first && i < t.last);
    if (inside) continue;
    TimeMention m{i, i + 1, {}};
    m.time.period = 'Y';
    m.time.year = static_cast<int16_t>(y);
    out.push_back(m);
  }
  std::sort(out.begin(), out.end(), [](const TimeMention& a, const TimeMention& b) { return a.first < b.first; });
  return out;
}

}  // namespace cc
