#include "solve/witness.h"

#include <catch2/catch.hpp>
#include <z3++.h>

#include <random>

namespace {

using cc::Cmp;
using cc::Decimal;

cc::Claim claim(const char* id, Decimal value, Decimal half) {
  cc::Claim c;
  c.id = id;
  c.quantity.value = value;
  c.quantity.half_unit = half;
  c.quantity.strict = cc::Interval::closed(value - half, value + half);
  c.quantity.relaxed = c.quantity.strict;
  return c;
}

// x = rate * y, as the conversion kind bounds it: rate * y.hi >= x.lo, rate * y.lo <= x.hi.
cc::Relation conversion(const cc::ClaimSet& set, int x, int y, int rate) {
  const cc::Interval& ix = set.claims[static_cast<size_t>(x)].quantity.strict;
  const cc::Interval& iy = set.claims[static_cast<size_t>(y)].quantity.strict;
  cc::Relation r;
  r.members = {x, y};
  r.constraints.push_back({{{iy.hi.value, rate}}, Cmp::Ge, ix.lo.value});
  r.constraints.push_back({{{iy.lo.value, rate}}, Cmp::Le, ix.hi.value});
  return r;
}

cc::ClaimSet two_conversions(Decimal second_dollars) {
  cc::ClaimSet set;
  set.claims = {claim("c1", 85, Decimal::from_parts(5, -1)), claim("c2", Decimal::from_parts(117, -1), Decimal::from_parts(5, -2)),
                claim("c3", 40, Decimal::from_parts(5, -1)), claim("c4", second_dollars, Decimal::from_parts(5, -2))};
  int rate = set.add_variable("rate");
  set.relations.push_back(conversion(set, 0, 1, rate));
  set.relations.push_back(conversion(set, 2, 3, rate));
  return set;
}

}  // namespace

TEST_CASE("a shared exchange rate that fits both conversions is shown without the solver") {
  cc::ClaimSet set = two_conversions(Decimal::from_parts(55, -1));  // Rmb85bn ($11.7bn), Rmb40bn ($5.5bn)
  CHECK(cc::witness_holds(set, {0, 1}));
}

TEST_CASE("conversions at different rates are never shown consistent") {
  cc::ClaimSet set = two_conversions(Decimal::from_parts(75, -1));  // Rmb40bn ($7.5bn): another rate
  CHECK_FALSE(cc::witness_holds(set, {0, 1}));
}

TEST_CASE("a rest that must be negative is never shown consistent") {
  cc::ClaimSet set;
  set.claims = {claim("c1", 10, Decimal::from_parts(5, -1)), claim("c2", 7, Decimal::from_parts(5, -1)),
                claim("c3", 6, Decimal::from_parts(5, -1))};
  int rest = set.add_variable("rest");
  cc::Relation r;
  r.members = {0, 1, 2};
  r.constraints.push_back({{{1, 1}, {1, 2}, {1, rest}, {-1, 0}}, Cmp::Eq, 0});
  r.constraints.push_back({{{1, rest}}, Cmp::Ge, 0});
  set.relations.push_back(r);
  CHECK_FALSE(cc::witness_holds(set, {0}));
  set.claims[1] = claim("c2", 3, Decimal::from_parts(5, -1));  // 3 + 6 of 10: a rest of 1
  CHECK(cc::witness_holds(set, {0}));
}

// Whatever the witness accepts, the solver finds satisfiable: random small
// systems over claims and one extra variable, decided both ways.
TEST_CASE("every component the witness accepts is satisfiable") {
  std::mt19937 rng(20261129);
  auto pick = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
  const Decimal coefs[] = {Decimal(1), Decimal(-1), Decimal(2), Decimal::from_parts(5, -1), Decimal::from_parts(-3, -1)};
  const Cmp cmps[] = {Cmp::Le, Cmp::Lt, Cmp::Eq, Cmp::Ge, Cmp::Gt};
  int accepted = 0;
  for (int round = 0; round < 400; ++round) {
    cc::ClaimSet set;
    int nclaims = pick(1, 4);
    for (int i = 0; i < nclaims; ++i) set.claims.push_back(claim("c", pick(0, 20), Decimal::from_parts(pick(0, 10), -1)));
    int extra = set.add_variable("x");
    std::vector<int> relations;
    for (int r = 0; r < pick(1, 3); ++r) {
      cc::Relation rel;
      for (int k = 0; k < pick(1, 2); ++k) {
        cc::LinearConstraint lc;
        for (int v = 0; v <= extra; ++v) {
          if (pick(0, 2) == 0) lc.terms.push_back({coefs[pick(0, 4)], v});
        }
        if (lc.terms.empty()) lc.terms.push_back({Decimal(1), pick(0, extra)});
        lc.cmp = cmps[pick(0, 4)];
        lc.rhs = pick(-10, 30);
        rel.constraints.push_back(lc);
      }
      rel.members = {0};
      set.relations.push_back(rel);
      relations.push_back(static_cast<int>(set.relations.size()) - 1);
    }
    if (!cc::witness_holds(set, relations)) continue;
    ++accepted;
    z3::context ctx;
    z3::solver s(ctx);
    std::vector<z3::expr> vars;
    for (int v = 0; v <= extra; ++v) vars.push_back(ctx.real_const(("v" + std::to_string(v)).c_str()));
    for (int i = 0; i < nclaims; ++i) {
      const cc::Interval& iv = set.claims[static_cast<size_t>(i)].quantity.strict;
      s.add(vars[static_cast<size_t>(i)] >= ctx.real_val(iv.lo.value.rational().c_str()));
      s.add(vars[static_cast<size_t>(i)] <= ctx.real_val(iv.hi.value.rational().c_str()));
    }
    for (const cc::Relation& rel : set.relations) {
      for (const cc::LinearConstraint& lc : rel.constraints) {
        z3::expr sum = ctx.real_val(0);
        for (const cc::Term& t : lc.terms) sum = sum + ctx.real_val(t.coef.rational().c_str()) * vars[static_cast<size_t>(t.var)];
        z3::expr rhs = ctx.real_val(lc.rhs.rational().c_str());
        switch (lc.cmp) {
          case Cmp::Le: s.add(sum <= rhs); break;
          case Cmp::Lt: s.add(sum < rhs); break;
          case Cmp::Eq: s.add(sum == rhs); break;
          case Cmp::Ge: s.add(sum >= rhs); break;
          case Cmp::Gt: s.add(sum > rhs); break;
        }
      }
    }
    INFO("round " << round);
    CHECK(s.check() == z3::sat);
  }
  CHECK(accepted > 50);  // the property was exercised
}
