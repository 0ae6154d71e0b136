// The claims stage's output: figures as claims, relations between them, and
// the linear constraints both stand for. Plain data; no solver types.
#pragma once

#include <string>
#include <vector>

#include "base/decimal.h"
#include "claims/key.h"
#include "quantity/quantity.h"

namespace cc {

// A figure the text states, about one measure.
struct Claim {
  std::string id;         // "c1", "c2", ... in document order
  size_t sentence = 0;    // index into Document::sentences
  Quantity quantity;
  int converted = -1;     // index of the same amount in another currency ("Rmb40bn ($5.5bn)")
  MeasureKey key;         // who, what, when, where (claims/keying.cpp)
};

enum class Cmp { Le, Lt, Eq, Ge, Gt };

// coef * variable; variable i < claims.size() is the value of claims[i].
struct Term {
  Decimal coef;
  int var = 0;
};

// sum(terms) cmp rhs
struct LinearConstraint {
  std::vector<Term> terms;
  Cmp cmp = Cmp::Eq;
  Decimal rhs;
};

// A relation the text states between claims ("the rest", "of which").
struct Relation {
  std::string id;                    // "r1", ...
  std::string family;                // "partition", "share", ...
  std::string rule;                  // id of the rule file that produced it
  std::vector<int> members;          // claim indexes
  std::vector<std::string> roles;    // role of each member: "total", "part", "rest"
  std::vector<size_t> sentences;     // sentences that state the relation itself
  double confidence = 1.0;
  std::vector<LinearConstraint> constraints;
  // At doubled tolerance, when the relation folds figures into constants
  // (a conversion's rate bounds); empty: the same as `constraints`.
  std::vector<LinearConstraint> relaxed_constraints;
  std::string evidence;              // why it was linked: the rule's words matched ("" for code kinds)
  std::string message;               // plain words when it cannot hold
  std::string detail;                // the figures and computed values
};

// Everything the claims stage found in one document.
struct ClaimSet {
  std::vector<Claim> claims;
  std::vector<Relation> relations;
  std::vector<std::string> extra_variables;  // variables past the claims ("rest of r1")
  std::vector<std::string> entities;         // names the claims' keys point to
  const KeyLexicon* key_lexicon = nullptr;   // the measure and place names keys point to

  int add_variable(std::string name) {
    extra_variables.push_back(std::move(name));
    return static_cast<int>(claims.size() + extra_variables.size() - 1);
  }
  size_t variable_count() const { return claims.size() + extra_variables.size(); }
};

// lo * whole <= part <= hi * whole for a fraction interval f (a percentage
// when `unit` is 0.01): "part is 13% of whole" with 13% rounded.
std::vector<LinearConstraint> fraction_bounds(int part, int whole, const Interval& f, const Decimal& unit);

// Adds the sentences of r's members to r.sentences, sorted, each once.
void cover_member_sentences(Relation& r, const ClaimSet& set);

// "partition r1: part c2 + part c3 <= total c1" style one-line dump.
std::string canonical(const Relation& r, const ClaimSet& set);

}  // namespace cc
