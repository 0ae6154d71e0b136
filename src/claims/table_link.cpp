// Relation kind "table_link": a sentence that restates a table's figure is
// linked to that cell, so the text and the table must agree.
//
//   Freight revenue rose to $1,318.2m in 2025.
//   | Segment | 2024 ($m) | 2025 ($m) |
//   | Freight | 1,240.5   | 1,318.2   |
//
// The cell is found by the words of the sentence, never by its value: the
// row's label leads to the figure, after any figure before it (for the
// Total row, the first word of the heading above the table, with no other
// row named), and the column is the one whose header holds a year the
// sentence names, or the newer/older of two period columns when the figure
// comes after `to`/`from`, or the only column of figures in that unit. Precision first: one candidate cell in the
// article (the part of the file under one "#" heading), a figure of the cell's kind and unit that states a level
// (no change, range or bound), and a value within a factor of two of the
// cell's (a different measure in the same unit is not a restatement).
// The sentence must also name what the table measures (the heading's first
// word or a word of a column header), and nothing before the figure may make
// it a forecast, a part of the period or a subgroup (`not_level`: "expected",
// "first half", "among"; "in Asia").
// Cue lists (rules/relations/table_link.toml): to, from, total, not_label,
// not_level.
#include <algorithm>
#include <climits>
#include <cmath>
#include <optional>

#include <fmt/format.h>

#include "claims/extract.h"
#include "claims/tables.h"
#include "quantity/format.h"

namespace cc {
namespace {

// Lower-cased, with non-alphanumerics as single spaces and a space at each end.
std::string words_of(std::string_view s) {
  std::string out = " ";
  for (char c : s) {
    unsigned char u = static_cast<unsigned char>(c);
    if (std::isalnum(u) || u >= 0x80) {
      out += static_cast<char>(std::tolower(u));
    } else if (out.back() != ' ') {
      out += ' ';
    }
  }
  if (out.back() != ' ') out += ' ';
  return out;
}

// How far before a figure its row's name may be, in bytes of text.
constexpr size_t kLead = 80;
// How far from a sentence a table may be, in sentences.
constexpr size_t kReach = 300;

class TableLinkFinder {
 public:
  TableLinkFinder(ClaimContext& ctx, const RelationRule& rule) : ctx_(ctx), rule_(rule) {}

  void run() {
    std::map<int, TableView> all = read_tables(ctx_);
    if (all.empty()) return;
    std::vector<int> section = top_sections(ctx_);
    for (auto& [id, t] : all) {
      names_.emplace(id, names_of(t));
      by_section_[section[t.first_sentence]].emplace_back(t.first_sentence, id);
    }
    tables_ = std::move(all);  // by_section_ lists are in document order, as table ids are
    const auto& sentences = ctx_.doc.sentences;
    for (size_t s = 0; s < sentences.size(); ++s) {
      if (sentences[s].kind != BlockKind::Paragraph) continue;
      auto here = by_section_.find(section[s]);
      if (here == by_section_.end()) continue;  // no table in this article
      // The tables near the sentence: far ones (in a long report) are not its subject.
      const auto& order = here->second;
      auto lo = std::lower_bound(order.begin(), order.end(), std::pair<size_t, int>{s > kReach ? s - kReach : 0, -1});
      auto hi = std::upper_bound(order.begin(), order.end(), std::pair<size_t, int>{s + kReach, INT_MAX});
      near_.assign(lo, hi);
      if (near_.empty()) continue;
      std::vector<int> years = years_in(sentences[s].text);
      size_t prev_end = 0;
      carry_.reset();
      for (int f : ctx_.claims_in[s]) {
        // The words that lead to the figure: since the previous figure, at
        // most a dozen words back ("freight revenue reached $1,318.2m").
        size_t begin = q(f).text_begin;
        size_t from = std::max(prev_end, begin > kLead ? begin - kLead : 0);
        std::string_view lead = std::string_view(sentences[s].text).substr(from, begin - from);
        carry_ = qualified(s, from, begin) ? std::nullopt : link(s, f, words_of(lead), years, carry_);
        if (level(f)) prev_end = q(f).text_end;  // a change ("rose 7.6% to") does not cut the lead
      }
    }
  }

 private:
  const Quantity& q(int c) const { return ctx_.set.claims[static_cast<size_t>(c)].quantity; }

  bool level(int c) const {
    const Quantity& x = q(c);
    return !x.range && x.change == Change::None && (x.hedge == Hedge::Exact || x.hedge == Hedge::Approx) &&
           (x.kind == QuantityKind::Money || x.kind == QuantityKind::Count || x.kind == QuantityKind::Percent);
  }

  bool cue_before(std::string_view name, int c) const { return ctx_.cue_ends_before(rule_.cue(name), c, 2); }

  // The first word of the nearest heading above the table's first cell.
  std::string topic(const TableView& t) const {
    size_t first = ctx_.doc.sentences.size();
    for (const auto& [col, ss] : t.header) first = std::min(first, ss.front());
    for (const auto& [pos, cell] : t.cells) first = std::min(first, cell.sentences.front());
    for (size_t s = first; s-- > 0;) {
      if (ctx_.doc.sentences[s].kind != BlockKind::Heading) continue;
      std::string w = words_of(ctx_.doc.sentences[s].text);
      size_t end = w.find(' ', 1);
      std::string word = w.substr(0, end + 1);
      return word.size() >= 6 ? word : std::string();  // " word " of four letters or more
    }
    return "";
  }

  bool is_total_row(const TableView& t, int row) const {
    const TableCellClaims* label = t.cell(row, 0);
    return label && ctx_.cue_at(rule_.cue("total"), label->sentences.front(), 0) > 0;
  }

  // What names each row of a table in prose, worked out once per table.
  struct Names {
    std::vector<std::pair<int, std::string>> labels;  // row -> " label words "
    int total = -1;                                    // the Total row
    std::string topic;                                 // " revenue " (the heading's first word)
    std::vector<std::string> measure;                  // " revenue ", " sales ": words of the heading and headers
  };

  // "expected", "first half", "among", "in Asia": the figure is a forecast,
  // a part of a period or a subgroup, not the table's cell.
  bool qualified(size_t s, size_t from, size_t to) const {
    const auto& toks = ctx_.tokens[s];
    for (size_t i = 0; i < toks.size() && toks[i].begin < to; ++i) {
      if (toks[i].begin >= from && ctx_.cue_at(rule_.cue("not_level"), s, i)) return true;
    }
    std::string_view lead = std::string_view(ctx_.doc.sentences[s].text).substr(from, to - from);
    // "in Asia", "among Britons", "for Scotland": a place or group by name.
    for (std::string_view prep : {"in ", "among ", "for ", "In ", "Among ", "For "}) {
      for (size_t at = lead.find(prep); at != std::string_view::npos; at = lead.find(prep, at + 1)) {
        if (at > 0 && std::isalpha(static_cast<unsigned char>(lead[at - 1]))) continue;
        size_t next = at + prep.size();
        if (next < lead.size() && std::isupper(static_cast<unsigned char>(lead[next]))) return true;
      }
    }
    return false;
  }

  Names names_of(const TableView& t) const {
    Names n;
    for (int row = 0; row < t.rows; ++row) {
      const TableCellClaims* label = t.cell(row, 0);
      if (!label || label->sentences.empty() || !label->claims.empty()) continue;
      if (is_total_row(t, row)) {
        n.total = row;
        continue;
      }
      size_t ls = label->sentences.front();
      if (ctx_.has_cue(rule_.cue("not_label"), ls)) continue;
      std::string w = words_of(ctx_.doc.sentences[ls].text);
      if (w.size() >= 6) n.labels.emplace_back(row, std::move(w));
    }
    if (n.total >= 0) n.topic = topic(t);
    std::string heading = topic(t);
    if (!heading.empty()) n.measure.push_back(heading);
    for (int c = 1; c < t.columns; ++c) {
      for (const Token& tok : tokenize(column_header(ctx_, t, c))) {
        std::string h = column_header(ctx_, t, c);
        std::string w = lower(std::string_view(h).substr(tok.begin, tok.end - tok.begin));
        if (tok.kind == TokenKind::Word && w.size() >= 4 && !ctx_.lex.caption_skip.count(w)) n.measure.push_back(" " + w + " ");
      }
    }
    return n;
  }

  // The rows the sentence names: by their label, or the Total row by the table's topic.
  std::vector<int> named_rows(const Names& n, const std::string& words) const {
    std::vector<int> rows;
    for (const auto& [row, w] : n.labels) {
      if (words.find(w) != std::string::npos) rows.push_back(row);
    }
    if (rows.empty() && n.total >= 0 && !n.topic.empty() && words.find(n.topic) != std::string::npos) {
      rows.push_back(n.total);
    }
    return rows;
  }

  // The column figure f is in: by a year the sentence names, by to/from
  // between two period columns, or the only column in f's unit.
  std::optional<int> column_for(const TableView& t, int row, int f, const std::vector<int>& years) const {
    std::vector<int> fitting;
    for (int c = 1; c < t.columns; ++c) {
      const TableCellClaims* cell = t.cell(row, c);
      if (cell && cell->claims.size() == 1 && ctx_.same_dimension(cell->claims.front(), f)) fitting.push_back(c);
    }
    if (fitting.empty()) return std::nullopt;
    std::vector<std::pair<int, int>> dated;  // (year, column)
    for (int c : fitting) {
      std::vector<int> ys = years_in(column_header(ctx_, t, c));
      if (ys.size() == 1) dated.push_back({ys.front(), c});
    }
    // "rose to $X from $Y": the newer and the older of two period columns.
    if (dated.size() == 2 && dated.size() == fitting.size() && dated[0].first != dated[1].first) {
      auto [older, newer] = dated[0].first < dated[1].first ? std::pair{dated[0].second, dated[1].second}
                                                            : std::pair{dated[1].second, dated[0].second};
      if (cue_before("from", f)) return older;
      if (cue_before("to", f)) return newer;
    }
    // "in 2025": the column of the one year the sentence names.
    if (!years.empty()) {
      std::optional<int> hit;
      for (auto [y, c] : dated) {
        for (int sy : years) {
          if (sy != y) continue;
          if (hit && *hit != c) return std::nullopt;
          hit = c;
        }
      }
      return hit;
    }
    if (fitting.size() == 1 && years.empty()) return fitting.front();
    return std::nullopt;
  }

  // Links figure f when its lead `words` names one cell; returns the row it
  // linked to, which "from $1,853.3m" after "Revenue rose to $1,973.3m" shares.
  std::optional<std::pair<int, int>> link(size_t s, int f, const std::string& words, const std::vector<int>& years,
                                          std::optional<std::pair<int, int>> carry) {
    if (!level(f)) return std::nullopt;
    int found = -1;
    const TableView* where = nullptr;
    int found_table = -1, found_row = -1, found_column = -1;
    // Only a bare "from" or "to" shares the row of the figure before it
    // ("rose to $1,973.3m from $1,853.3m"), not "while its costs rose to".
    bool shared = carry && (words == " from " || words == " to ");
    for (const auto& [first, id] : near_) {
      const TableView& t = tables_.at(id);
      const Names& names = names_.at(id);
      // The sentence must name what the table measures ("revenue"), not
      // only a row: "Freight operating costs were $1,050m" is not revenue.
      // "sales of software subscriptions" is a narrower measure than sales.
      bool measure = false, narrower = false;
      for (const std::string& m : names.measure) {
        measure = measure || words.find(m) != std::string::npos;
        narrower = narrower || words.find(m + "of ") != std::string::npos;
      }
      if ((!measure || narrower) && !shared) continue;
      std::vector<int> rows = named_rows(names, words);
      if (rows.empty() && shared && carry->first == id) rows = {carry->second};
      for (int row : rows) {
        std::optional<int> column = column_for(t, row, f, years);
        if (!column) continue;
        int cell = t.cell(row, *column)->claims.front();
        if (found >= 0 && found != cell) return std::nullopt;  // two candidates: not sure which
        found = cell;
        where = &t;
        found_table = id;
        found_row = row;
        found_column = *column;
      }
    }
    if (found < 0) return std::nullopt;
    double a = q(f).value.to_double(), b = q(found).value.to_double();
    if (a <= 0 || b <= 0 || a > 2 * b || b > 2 * a) return std::nullopt;
    Relation r;
    r.family = "restatement";
    r.rule = rule_.id;
    r.members = {f, found};
    r.roles = {"text", "cell"};
    r.sentences = {s};
    r.constraints = {{{{Decimal(1), f}, {Decimal(-1), found}}, Cmp::Eq, Decimal(0)}};
    cover_member_sentences(r, ctx_.set);
    std::string column = column_header(ctx_, *where, found_column);
    r.message = fmt::format("the text gives {} for {}{}, but the table has {}", q(f).text,
                            row_label(ctx_, *where, found_row), column.empty() ? "" : " (" + column + ")",
                            format_like(q(found).value, q(found), ctx_.lex));
    r.detail = fmt::format("{} in the text, {} in the table", q(f).text, format_like(q(found).value, q(found), ctx_.lex));
    ctx_.set.relations.push_back(std::move(r));
    return std::pair{found_table, found_row};
  }

  ClaimContext& ctx_;
  const RelationRule& rule_;
  std::map<int, TableView> tables_;                                 // by table id
  std::map<int, std::vector<std::pair<size_t, int>>> by_section_;   // section -> (first sentence, table id)
  std::vector<std::pair<size_t, int>> near_;                        // the current sentence's candidates
  std::map<int, Names> names_;                           // table -> what names its rows
  std::optional<std::pair<int, int>> carry_;  // (table, row) of the sentence's last link
};

}  // namespace

void find_table_links(ClaimContext& ctx, const RelationRule& rule) { TableLinkFinder(ctx, rule).run(); }

}  // namespace cc
