// The relation kinds patterns feed. Each reads the captured claims by role,
// refuses figures that cannot be compared, and states one linear relation;
// a stated rate or factor is folded into constant bounds (QF_LRA).
#include "claims/pattern_kinds.h"

#include <cmath>

#include <fmt/format.h>

#include "claims/extract.h"
#include "quantity/format.h"

namespace cc {
namespace {

const Decimal kPercent = Decimal::from_parts(1, -2);
const Decimal kHalf = Decimal::from_parts(5, -1);
// How far apart a bare number and a count may be and still measure one thing.
constexpr double kSameSize = 100;

const Quantity& q(const ClaimContext& ctx, int c) { return ctx.set.claims[static_cast<size_t>(c)].quantity; }

std::string text(const ClaimContext& ctx, int c) {
  const Quantity& x = q(ctx, c);
  return format_like(x.value, x, ctx.lex);
}

// Figures that add up: money in one currency, percentages, counts of one
// noun, or a bare number beside a count of a similar size ("485,000 chips,
// more than Meta's 224,000"; not "the three months" beside "4.5mn analysts").
bool comparable(const ClaimContext& ctx, int a, int b) {
  const Quantity& x = q(ctx, a);
  const Quantity& y = q(ctx, b);
  if (x.kind == y.kind && x.unit == y.unit) return true;
  auto countish = [](const Quantity& z) { return z.kind == QuantityKind::Count || z.kind == QuantityKind::Number; };
  if (!countish(x) || !countish(y) || (!x.unit.empty() && !y.unit.empty())) return false;
  double u = std::abs(x.value.to_double()), v = std::abs(y.value.to_double());
  return u > 0 && v > 0 && u / v <= kSameSize && v / u <= kSameSize;
}

// A level, not a change or a bound on a range: "up 5%" is no part of a whole.
bool level(const ClaimContext& ctx, int c) { return q(ctx, c).change == Change::None; }

const std::vector<int>& get(const RoleClaims& roles, std::string_view name) {
  static const std::vector<int> kNone;
  auto it = roles.find(name);
  return it == roles.end() ? kNone : it->second;
}

int one(const RoleClaims& roles, std::string_view name) {
  const std::vector<int>& v = get(roles, name);
  return v.empty() ? -1 : v.front();
}

void member(Relation& r, int c, const char* role) {
  r.members.push_back(c);
  r.roles.push_back(role);
}

bool all_comparable(const ClaimContext& ctx, const std::vector<int>& cs) {
  for (int c : cs) {
    if (!level(ctx, c) || !comparable(ctx, cs.front(), c)) return false;
  }
  return true;
}

// Adds claims `cs` as members in `role` and as terms coef * claim of `lc`.
void add_terms(Relation& r, LinearConstraint& lc, const std::vector<int>& cs, const char* role, int coef) {
  for (int c : cs) {
    member(r, c, role);
    lc.terms.push_back({Decimal(coef), c});
  }
}

std::string sum_text(const ClaimContext& ctx, const std::vector<int>& parts, Decimal* sum) {
  std::string s;
  for (int p : parts) {
    s += (s.empty() ? "" : " + ") + text(ctx, p);
    *sum += q(ctx, p).value;
  }
  return s;
}

// parts (+ rest) = whole, or 100% when no whole is captured.
std::optional<Relation> partition(const ClaimContext& ctx, const RoleClaims& roles, const PatternOptions&) {
  std::vector<int> all = get(roles, "part");
  int rest = one(roles, "rest"), whole = one(roles, "whole");
  if (rest >= 0) all.push_back(rest);
  if (whole >= 0) all.push_back(whole);
  if (!all_comparable(ctx, all)) return std::nullopt;
  bool percent = q(ctx, all.front()).kind == QuantityKind::Percent;
  if (whole < 0 && !percent) return std::nullopt;
  Relation r;
  LinearConstraint lc;
  add_terms(r, lc, get(roles, "part"), "part", 1);
  add_terms(r, lc, get(roles, "rest"), "rest", 1);
  add_terms(r, lc, get(roles, "whole"), "whole", -1);
  if (whole < 0) lc.rhs = Decimal(100);
  // Without the rest's figure, the parts leave a rest of zero or more.
  lc.cmp = whole < 0 && rest < 0 ? Cmp::Le : Cmp::Eq;
  r.constraints.push_back(lc);
  std::vector<int> parts = get(roles, "part");
  if (rest >= 0) parts.push_back(rest);
  Decimal sum;
  std::string terms = sum_text(ctx, parts, &sum);
  std::string whole_text = whole >= 0 ? text(ctx, whole) : "100%";
  r.message = whole >= 0 ? "the parts do not add up to the whole"
              : rest >= 0 ? "the shares do not add up to 100%" : "the shares add up to more than 100%";
  r.detail = fmt::format("{} = {}, but the whole is {}", terms, format_like(sum, q(ctx, parts.front()), ctx.lex),
                         whole_text);
  return r;
}

// parts <= whole: a breakdown that need not be complete ("led by", "including").
std::optional<Relation> component(const ClaimContext& ctx, const RoleClaims& roles, const PatternOptions&) {
  std::vector<int> all = get(roles, "part");
  int whole = one(roles, "whole");
  all.push_back(whole);
  if (!all_comparable(ctx, all)) return std::nullopt;
  Relation r;
  LinearConstraint lc;
  lc.cmp = Cmp::Le;
  add_terms(r, lc, get(roles, "part"), "part", 1);
  add_terms(r, lc, {whole}, "whole", -1);
  r.constraints.push_back(lc);
  Decimal sum;
  std::string terms = sum_text(ctx, get(roles, "part"), &sum);
  r.message = get(roles, "part").size() > 1 ? "the parts add up to more than the whole they belong to"
                                            : "a part is larger than the whole it belongs to";
  r.detail = get(roles, "part").size() > 1
                 ? fmt::format("{} = {}, more than {}", terms, format_like(sum, q(ctx, whole), ctx.lex), text(ctx, whole))
                 : fmt::format("{} is more than {}", terms, text(ctx, whole));
  return r;
}

// parts = total: "a combined $7bn".
std::optional<Relation> combined(const ClaimContext& ctx, const RoleClaims& roles, const PatternOptions&) {
  std::vector<int> all = get(roles, "part");
  int total = one(roles, "total");
  all.push_back(total);
  if (!all_comparable(ctx, all)) return std::nullopt;
  Relation r;
  LinearConstraint lc;
  add_terms(r, lc, get(roles, "part"), "part", 1);
  add_terms(r, lc, {total}, "total", -1);
  r.constraints.push_back(lc);
  Decimal sum;
  std::string terms = sum_text(ctx, get(roles, "part"), &sum);
  r.message = "the figures do not add up to their stated total";
  r.detail = fmt::format("{} = {}, not {}", terms, format_like(sum, q(ctx, total), ctx.lex), text(ctx, total));
  return r;
}

// part = share x whole.
std::optional<Relation> share(const ClaimContext& ctx, const RoleClaims& roles, const PatternOptions&) {
  int part = one(roles, "part"), whole = one(roles, "whole"), sh = one(roles, "share");
  const Quantity& s = q(ctx, sh);
  if (!all_comparable(ctx, {part, whole}) || !level(ctx, sh)) return std::nullopt;
  if (s.kind != QuantityKind::Percent && s.kind != QuantityKind::Ratio) return std::nullopt;
  Decimal unit = s.kind == QuantityKind::Percent ? kPercent : Decimal(1);
  Relation r;
  member(r, part, "part");
  member(r, whole, "whole");
  member(r, sh, "share");
  r.constraints = fraction_bounds(part, whole, s.strict, unit);
  r.relaxed_constraints = fraction_bounds(part, whole, s.relaxed, unit);
  double actual = q(ctx, part).value.to_double() / q(ctx, whole).value.to_double() * 100;
  r.message = "the stated share does not match the figures";
  r.detail = fmt::format("{} is {}% of {}, not {}", text(ctx, part), format_number(actual, 1), text(ctx, whole), s.text);
  return r;
}

// part > whole / 2.
std::optional<Relation> majority(const ClaimContext& ctx, const RoleClaims& roles, const PatternOptions&) {
  int part = one(roles, "part"), whole = one(roles, "whole");
  if (!all_comparable(ctx, {part, whole})) return std::nullopt;
  Relation r;
  member(r, part, "part");
  member(r, whole, "whole");
  r.constraints = {{{{Decimal(1), part}, {-kHalf, whole}}, Cmp::Gt, Decimal(0)}};
  double actual = q(ctx, part).value.to_double() / q(ctx, whole).value.to_double() * 100;
  r.message = "the part said to be most of the whole is not more than half of it";
  r.detail = fmt::format("{} is {}% of {}", text(ctx, part), format_number(actual, 1), text(ctx, whole));
  return r;
}

// old -> new, "up"/"down", by a rate or an amount.
std::optional<Relation> change(const ClaimContext& ctx, const RoleClaims& roles, const PatternOptions& options) {
  int from = one(roles, "old"), to = one(roles, "new"), by = one(roles, "by");
  bool up = options.at("direction") == "up";
  if (!all_comparable(ctx, {from, to})) return std::nullopt;
  Relation r;
  member(r, from, "old");
  member(r, to, "new");
  const Quantity& o = q(ctx, from);
  bool rate = by >= 0 && q(ctx, by).kind == QuantityKind::Percent && o.kind != QuantityKind::Percent;
  bool amount = by >= 0 && !rate && (comparable(ctx, by, from) ||
                                     (o.kind == QuantityKind::Percent && q(ctx, by).kind == QuantityKind::Points));
  if (rate) {
    member(r, by, "by");
    const Quantity& b = q(ctx, by);
    auto bounds = [&](const Interval& iv) {
      std::vector<LinearConstraint> out;
      // new = old * (1 +- r): for r in [lo, hi], new lies between the two ends.
      Decimal a = up ? Decimal(1) + iv.lo.value * kPercent : Decimal(1) - iv.hi.value * kPercent;
      Decimal z = up ? Decimal(1) + iv.hi.value * kPercent : Decimal(1) - iv.lo.value * kPercent;
      bool a_inf = up ? iv.lo.infinite : iv.hi.infinite;
      bool z_inf = up ? iv.hi.infinite : iv.lo.infinite;
      if (!a_inf) out.push_back({{{Decimal(1), to}, {-a, from}}, Cmp::Ge, Decimal(0)});
      if (!z_inf) out.push_back({{{Decimal(1), to}, {-z, from}}, Cmp::Le, Decimal(0)});
      return out;
    };
    r.constraints = bounds(b.strict);
    r.relaxed_constraints = bounds(b.relaxed);
    double actual = (q(ctx, to).value.to_double() / o.value.to_double() - 1) * 100;
    r.message = up ? "the stated rise does not match the figures" : "the stated fall does not match the figures";
    r.detail = fmt::format("from {} to {} is a change of {}%, not {} {}", text(ctx, from), text(ctx, to),
                           format_number(actual, 1), up ? "a rise of" : "a fall of", b.text);
  } else if (amount) {
    member(r, by, "by");
    // up: new - old = by; down: old - new = by.
    r.constraints = {{{{Decimal(up ? 1 : -1), to}, {Decimal(up ? -1 : 1), from}, {Decimal(-1), by}}, Cmp::Eq, Decimal(0)}};
    r.message = up ? "the stated rise does not match the figures" : "the stated fall does not match the figures";
    r.detail = fmt::format("from {} to {} is not {} of {}", text(ctx, from), text(ctx, to), up ? "a rise" : "a fall",
                           q(ctx, by).text);
  } else {
    r.constraints = {{{{Decimal(1), to}, {Decimal(-1), from}}, up ? Cmp::Gt : Cmp::Lt, Decimal(0)}};
    r.message = up ? "the text says the figure rose, but the figures fell" : "the text says the figure fell, but the figures rose";
    r.detail = fmt::format("from {} to {}", text(ctx, from), text(ctx, to));
  }
  return r;
}

// larger - smaller = gap.
std::optional<Relation> difference(const ClaimContext& ctx, const RoleClaims& roles, const PatternOptions&) {
  int a = one(roles, "larger"), b = one(roles, "smaller"), d = one(roles, "gap");
  bool points = q(ctx, a).kind == QuantityKind::Percent && q(ctx, d).kind == QuantityKind::Points;
  if (!all_comparable(ctx, {a, b}) || (!points && !all_comparable(ctx, {a, d}))) return std::nullopt;
  Relation r;
  member(r, a, "larger");
  member(r, b, "smaller");
  member(r, d, "gap");
  r.constraints = {{{{Decimal(1), a}, {Decimal(-1), b}, {Decimal(-1), d}}, Cmp::Eq, Decimal(0)}};
  r.message = "the stated gap does not match the two figures";
  r.detail = fmt::format("{} - {} = {}, not {}", text(ctx, a), text(ctx, b),
                         format_like(q(ctx, a).value - q(ctx, b).value, q(ctx, a), ctx.lex), q(ctx, d).text);
  return r;
}

// result = factor x base, the factor a stated figure or the pattern's constant.
std::optional<Relation> multiplier(const ClaimContext& ctx, const RoleClaims& roles, const PatternOptions& options) {
  int base = one(roles, "base"), result = one(roles, "result"), f = one(roles, "factor");
  if (!all_comparable(ctx, {base, result})) return std::nullopt;
  Interval strict, relaxed;
  std::string factor_text;
  if (f >= 0) {
    const Quantity& k = q(ctx, f);
    if (k.kind != QuantityKind::Multiplier && k.kind != QuantityKind::Number && k.kind != QuantityKind::Ratio) {
      return std::nullopt;
    }
    strict = k.strict;
    relaxed = k.relaxed;
    factor_text = k.text;
  } else if (auto it = options.find("factor"); it != options.end()) {
    std::optional<Decimal> k = Decimal::parse(it->second);
    if (!k) return std::nullopt;
    strict = relaxed = Interval::point(*k);
    factor_text = it->second + " times";
  } else {
    return std::nullopt;
  }
  if (strict.lo.infinite || strict.hi.infinite || relaxed.lo.infinite || relaxed.hi.infinite) return std::nullopt;
  Relation r;
  member(r, result, "result");
  member(r, base, "base");
  if (f >= 0) member(r, f, "factor");
  auto bounds = [&](const Interval& k) {
    return std::vector<LinearConstraint>{
        {{{Decimal(1), result}, {-k.lo.value, base}}, k.lo.open ? Cmp::Gt : Cmp::Ge, Decimal(0)},
        {{{Decimal(1), result}, {-k.hi.value, base}}, k.hi.open ? Cmp::Lt : Cmp::Le, Decimal(0)}};
  };
  r.constraints = bounds(strict);
  r.relaxed_constraints = bounds(relaxed);
  double actual = q(ctx, result).value.to_double() / q(ctx, base).value.to_double();
  r.message = "the stated multiple does not match the figures";
  r.detail = fmt::format("{} is {} times {}, not {}", text(ctx, result), format_number(actual, 2), text(ctx, base),
                         factor_text);
  return r;
}

// greater > lesser ("more than Meta's 224,000"), or >= when not strict.
std::optional<Relation> ordering(const ClaimContext& ctx, const RoleClaims& roles, const PatternOptions& options) {
  int g = one(roles, "greater"), l = one(roles, "lesser");
  if (!all_comparable(ctx, {g, l})) return std::nullopt;
  bool strict = !options.contains("strict") || options.at("strict") == "true";
  Relation r;
  member(r, g, "greater");
  member(r, l, "lesser");
  r.constraints = {{{{Decimal(1), g}, {Decimal(-1), l}}, strict ? Cmp::Gt : Cmp::Ge, Decimal(0)}};
  r.message = "the figure said to be the larger is not";
  r.detail = fmt::format("{} is said to be {} {}", text(ctx, g), strict ? "more than" : "at least", text(ctx, l));
  return r;
}

// value cmp limit: "$5.6bn, within its $6bn budget".
std::optional<Relation> bound(const ClaimContext& ctx, const RoleClaims& roles, const PatternOptions& options) {
  int v = one(roles, "value"), lim = one(roles, "limit");
  if (!all_comparable(ctx, {v, lim})) return std::nullopt;
  const std::string& op = options.at("cmp");
  Cmp cmp = op == "<=" ? Cmp::Le : op == "<" ? Cmp::Lt : op == ">=" ? Cmp::Ge : Cmp::Gt;
  Relation r;
  member(r, v, "value");
  member(r, lim, "limit");
  r.constraints = {{{{Decimal(1), v}, {Decimal(-1), lim}}, cmp, Decimal(0)}};
  const char* words = cmp == Cmp::Le ? "at most" : cmp == Cmp::Lt ? "below" : cmp == Cmp::Ge ? "at least" : "above";
  r.message = "a figure breaks the limit the text gives it";
  r.detail = fmt::format("{} is said to be {} {}", text(ctx, v), words, text(ctx, lim));
  return r;
}

// first = second: the same measure stated twice.
std::optional<Relation> restatement(const ClaimContext& ctx, const RoleClaims& roles, const PatternOptions&) {
  int a = one(roles, "first"), b = one(roles, "second");
  if (!all_comparable(ctx, {a, b})) return std::nullopt;
  Relation r;
  member(r, a, "first");
  member(r, b, "second");
  r.constraints = {{{{Decimal(1), a}, {Decimal(-1), b}}, Cmp::Eq, Decimal(0)}};
  r.message = "the same figure is given two different values";
  r.detail = fmt::format("{} here, {} there", text(ctx, a), text(ctx, b));
  return r;
}

const std::map<std::string, PatternKind, std::less<>>& registry() {
  static const std::map<std::string, PatternKind, std::less<>> kKinds = {
      {"partition", {"parts (and the rest) add up to the whole, or to 100%", {{"part", 1, 6}, {"rest", 0, 1}, {"whole", 0, 1}}, {}, partition}},
      {"component", {"parts add up to no more than their whole", {{"part", 1, 6}, {"whole", 1, 1}}, {}, component}},
      {"combined", {"parts add up to a stated total", {{"part", 2, 6}, {"total", 1, 1}}, {}, combined}},
      {"share", {"part = share x whole", {{"part"}, {"whole"}, {"share"}}, {}, share}},
      {"majority", {"part > whole / 2", {{"part"}, {"whole"}}, {}, majority}},
      {"change", {"old -> new in the stated direction, by a rate or an amount", {{"old"}, {"new"}, {"by", 0, 1}},
                  {{"direction", {"up", "down"}, true}}, change}},
      {"difference", {"larger - smaller = gap", {{"larger"}, {"smaller"}, {"gap"}}, {}, difference}},
      {"multiplier", {"result = factor x base", {{"result"}, {"base"}, {"factor", 0, 1}}, {{"factor", {}, false}}, multiplier}},
      {"ordering", {"greater > lesser", {{"greater"}, {"lesser"}}, {{"strict", {"true", "false"}, false}}, ordering}},
      {"bound", {"value <= limit (or <, >=, >)", {{"value"}, {"limit"}}, {{"cmp", {"<=", "<", ">=", ">"}, true}}, bound}},
      {"restatement", {"the same measure stated twice", {{"first"}, {"second"}}, {}, restatement}},
  };
  return kKinds;
}

}  // namespace

const PatternKind* find_pattern_kind(std::string_view name) {
  auto it = registry().find(name);
  return it == registry().end() ? nullptr : &it->second;
}

std::vector<std::string> pattern_kind_names() {
  std::vector<std::string> names;
  for (const auto& [name, kind] : registry()) names.push_back(name);
  return names;
}

}  // namespace cc
