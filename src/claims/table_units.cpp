// Units and scales named in a table's column header apply to the bare
// figures below it: "2025 ($m)" makes "1,318.2" $1,318.2m, "Share (%)" makes
// "38.5" 38.5%, "Cost (Rs crore)" makes "12" Rs 12 crore. Only a unit in
// brackets (or after a comma: "Revenue, $bn") that reads completely as a
// currency, a scale word or a percent sign is applied, and only to bare
// numbers: a cell that writes its own unit keeps it. A caption right above
// the table ("Revenue by segment (in $m)", "All figures in € billions")
// gives its unit to the columns whose headers name none, unless the header
// names a rate, a change or a count (`caption_skip` in rules/quantity/units.toml).
#include <optional>

#include "claims/extract.h"
#include "claims/tables.h"

namespace cc {
namespace {

struct HeaderUnit {
  QuantityKind kind = QuantityKind::Number;
  std::string unit;
  Decimal scale = 1;
  std::string scale_word;
};

std::optional<HeaderUnit> parse_unit(const QuantityLexicon& lex, std::string_view header) {
  std::string_view inner;
  size_t open = header.rfind('('), close = header.rfind(')');
  if (open != std::string_view::npos && close != std::string_view::npos && close > open) {
    inner = header.substr(open + 1, close - open - 1);
  } else if (size_t comma = header.rfind(','); comma != std::string_view::npos) {
    inner = header.substr(comma + 1);
  } else {
    return std::nullopt;
  }
  std::vector<Token> toks = tokenize(inner);
  if (toks.empty()) return std::nullopt;
  HeaderUnit u;
  size_t i = 0;
  if (toks.size() == 1 && toks[0].kind == TokenKind::Symbol && inner.substr(toks[0].begin, 1) == "%") {
    return HeaderUnit{QuantityKind::Percent, std::string(1, '%'), Decimal(1), std::string()};
  }
  std::string code;
  if (size_t n = lex.currency_before.match_at(inner, toks, 0, &code)) {
    u.kind = QuantityKind::Money;
    u.unit = code;
    i = n;
  }
  if (i < toks.size() && toks[i].kind == TokenKind::Word) {
    std::string w = lower(inner.substr(toks[i].begin, toks[i].end - toks[i].begin));
    auto full = lex.scales.find(w);
    auto glued = lex.glued_scales.find(w);
    if (full != lex.scales.end()) {
      u.scale = full->second;
    } else if (glued != lex.glued_scales.end() && u.kind == QuantityKind::Money) {
      u.scale = glued->second;  // "$m": only after a currency ("(m)" may be metres)
    } else {
      return std::nullopt;
    }
    u.scale_word.assign(inner.data() + toks[i].begin, toks[i].end - toks[i].begin);
    ++i;
  }
  if (i != toks.size() || (u.kind == QuantityKind::Number && u.scale_word.empty())) return std::nullopt;
  if (u.kind == QuantityKind::Number && u.scale == Decimal(1)) return std::nullopt;
  return u;
}

Bound scaled(Bound b, const Decimal& k) {
  if (!b.infinite) b.value = b.value * k;
  return b;
}

}  // namespace

// The unit a table's caption names: the heading or short paragraph right
// above it, ending "(in $m)", "($bn)" or "in € billions".
std::optional<HeaderUnit> caption_unit(const ClaimContext& ctx, const TableView& t) {
  if (t.first_sentence == 0 || t.first_sentence == static_cast<size_t>(-1)) return std::nullopt;
  const Sentence& cap = ctx.doc.sentences[t.first_sentence - 1];
  if (cap.kind != BlockKind::Heading && cap.kind != BlockKind::Paragraph) return std::nullopt;
  std::string_view text = cap.text;
  while (!text.empty() && (text.back() == '.' || text.back() == ':' || text.back() == ' ')) text.remove_suffix(1);
  if (text.size() > 120) return std::nullopt;
  std::string unit;
  if (!text.empty() && text.back() == ')') {
    size_t open = text.rfind('(');
    if (open == std::string_view::npos) return std::nullopt;
    std::string_view inner = text.substr(open + 1, text.size() - open - 2);
    if (inner.substr(0, 3) == "in ") inner.remove_prefix(3);
    unit = "(" + std::string(inner) + ")";
  } else if (size_t in = text.rfind(" in "); in != std::string_view::npos) {
    unit = "(" + std::string(text.substr(in + 4)) + ")";
  } else {
    return std::nullopt;
  }
  return parse_unit(ctx.lex, unit);
}

// A header naming no unit, and nothing that makes its figures rates,
// changes or counts, takes the caption's unit.
bool takes_caption_unit(const ClaimContext& ctx, const std::string& header) {
  if (header.empty() || header.find('%') != std::string::npos) return false;
  for (const Token& tok : tokenize(header)) {
    if (ctx.lex.caption_skip.count(lower(std::string_view(header).substr(tok.begin, tok.end - tok.begin)))) return false;
  }
  return true;
}

void apply_header_units(ClaimContext& ctx) {
  for (const auto& [id, t] : read_tables(ctx)) {
    std::optional<HeaderUnit> caption = caption_unit(ctx, t);
    for (int column = 1; column < t.columns; ++column) {
      std::string header = column_header(ctx, t, column);
      std::optional<HeaderUnit> u = parse_unit(ctx.lex, header);
      if (!u && caption && takes_caption_unit(ctx, header)) u = caption;
      if (!u) continue;
      for (int row : t.column_rows[static_cast<size_t>(column)]) {
        for (int c : t.cell(row, column)->claims) {
          Quantity& q = ctx.set.claims[static_cast<size_t>(c)].quantity;
          if (q.kind != QuantityKind::Number || !q.unit.empty() || !q.scale_word.empty()) continue;
          q.kind = u->kind;
          q.unit = u->unit;
          q.scale = u->scale;
          q.scale_word = u->scale_word;
          q.value = q.value * u->scale;
          q.half_unit = q.half_unit * u->scale;
          if (q.range) {
            q.range_low = q.range_low * u->scale;
            q.range_high = q.range_high * u->scale;
          }
          q.strict = {scaled(q.strict.lo, u->scale), scaled(q.strict.hi, u->scale)};
          q.relaxed = {scaled(q.relaxed.lo, u->scale), scaled(q.relaxed.hi, u->scale)};
        }
      }
    }
  }
}

}  // namespace cc
