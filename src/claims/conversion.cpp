// Relation kind "conversion": "Rmb40bn ($5.5bn)" states an exchange rate,
// and a section of a document (all of it, unless top-level headings divide
// it) uses one rate per currency pair. Each conversion bounds a
// shared rate variable by constants from the two figures' intervals,
// [x.lo / y.hi, x.hi / y.lo], so the encoding stays linear; two conversions
// whose bounds do not meet contradict each other.
#include <map>
#include <tuple>

#include <fmt/format.h>

#include "claims/extract.h"
#include "quantity/format.h"

namespace cc {
namespace {

// rate * y.hi >= x.lo and rate * y.lo <= x.hi, where bounds exist.
std::vector<LinearConstraint> rate_bounds(int rate, const Interval& x, const Interval& y) {
  std::vector<LinearConstraint> out;
  if (!x.lo.infinite && !y.hi.infinite && !y.hi.value.is_zero()) {
    out.push_back({{{y.hi.value, rate}}, Cmp::Ge, x.lo.value});
  }
  if (!x.hi.infinite && !y.lo.infinite && y.lo.value > Decimal(0)) {
    out.push_back({{{y.lo.value, rate}}, Cmp::Le, x.hi.value});
  }
  return out;
}

double ratio(const Bound& a, const Bound& b) { return a.value.to_double() / b.value.to_double(); }

// Section of each sentence: a new one starts at every top-level heading
// (level 1 or 2). A long report or a file of several articles may quote
// rates of different years in different sections; one rate is expected
// within a section.
std::vector<int> sections(const Document& doc) {
  std::vector<int> out(doc.sentences.size(), 0);
  int section = 0, last_block = -1;
  for (size_t s = 0; s < doc.sentences.size(); ++s) {
    const Sentence& sent = doc.sentences[s];
    bool top = sent.kind == BlockKind::Heading && sent.heading_level >= 1 && sent.heading_level <= 2;
    if (top && sent.block != last_block && s > 0) ++section;
    last_block = sent.block;
    out[s] = section;
  }
  return out;
}

// "($6.4bn at the time)", "or $40bn at the rate then": a conversion at a
// rate of its own, a few tokens after the later figure of the pair.
bool own_rate(const ClaimContext& ctx, const RelationRule& rule, int later) {
  size_t end = ctx.token_span(later).second;
  return ctx.cue_between(rule.cue("own_rate"), ctx.set.claims[static_cast<size_t>(later)].sentence, end, end + 5);
}

}  // namespace

void find_conversions(ClaimContext& ctx, const RelationRule& rule) {
  // Conversions per section and currency pair, the pair's codes in
  // alphabetical order.
  std::vector<int> section = sections(ctx.doc);
  std::map<std::tuple<int, std::string, std::string>, std::vector<std::pair<int, int>>> pairs;
  for (size_t i = 0; i < ctx.set.claims.size(); ++i) {
    const Claim& a = ctx.set.claims[i];
    if (a.converted < static_cast<int>(i)) continue;  // each pair once, from its first figure
    const Claim& b = ctx.set.claims[static_cast<size_t>(a.converted)];
    int x = static_cast<int>(i), y = a.converted;
    // "($6.4bn at the time)"; or a sentence that states its own rate ("when
    // the yen traded at about 103 to the dollar").
    if (own_rate(ctx, rule, y) || ctx.has_cue(rule.cue("stated_rate"), a.sentence)) continue;
    if (a.quantity.unit > b.quantity.unit) std::swap(x, y);
    const std::string& cx = ctx.set.claims[static_cast<size_t>(x)].quantity.unit;
    const std::string& cy = ctx.set.claims[static_cast<size_t>(y)].quantity.unit;
    pairs[{section[a.sentence], cx, cy}].push_back({x, y});
  }
  for (auto& [key, all] : pairs) {
    // Pairs in sentences naming different times ("in 2016" ... "in 2025",
    // or "Today") may each be at its own time's rate: such a group states no
    // shared rate. A sentence naming no year, or several, says nothing.
    const std::vector<std::pair<int, int>>& list = all;
    std::string year;
    bool years_differ = false;
    for (auto [x, y] : all) {
      std::string yr = ctx.time_named(ctx.set.claims[static_cast<size_t>(x)].sentence, rule.cue("present"));
      if (yr.empty() || yr == "*") continue;
      if (!year.empty() && yr != year) years_differ = true;
      year = yr;
    }
    if (years_differ || list.size() < 2) continue;  // one rate alone contradicts nothing
    const auto& [part, from, to] = key;
    std::pair<std::string, std::string> codes{from, to};
    int rate = ctx.set.add_variable("rate " + codes.first + " per " + codes.second +
                                    (part ? " in section " + std::to_string(part) : ""));
    for (auto [x, y] : list) {
      const Quantity& qx = ctx.set.claims[static_cast<size_t>(x)].quantity;
      const Quantity& qy = ctx.set.claims[static_cast<size_t>(y)].quantity;
      Relation r;
      r.family = "conversion";
      r.rule = rule.id;
      int first = std::min(x, y), second = std::max(x, y);
      r.members = {first, second};
      r.roles = {"amount", "converted"};
      r.sentences = {ctx.set.claims[static_cast<size_t>(first)].sentence};
      r.constraints = rate_bounds(rate, qx.strict, qy.strict);
      r.relaxed_constraints = rate_bounds(rate, qx.relaxed, qy.relaxed);
      if (r.constraints.empty()) continue;
      r.message = "the conversions imply different exchange rates";
      std::string range;
      if (!qx.strict.lo.infinite && !qx.strict.hi.infinite && !qy.strict.lo.infinite && !qy.strict.hi.infinite &&
          qy.strict.lo.value > Decimal(0)) {
        range = fmt::format(" ({} to {})", format_number(ratio(qx.strict.lo, qy.strict.hi), 3),
                            format_number(ratio(qx.strict.hi, qy.strict.lo), 3));
      }
      r.detail = fmt::format("{} = {} is {} {} per {}{}", format_like(qx.value, qx, ctx.lex),
                             format_like(qy.value, qy, ctx.lex),
                             format_number(qx.value.to_double() / qy.value.to_double(), 3), codes.first,
                             codes.second, range);
      ctx.set.relations.push_back(std::move(r));
    }
  }
}

}  // namespace cc
