#include "solve/solve.h"

#include <z3++.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <numeric>
#include <set>

#include "solve/encode.h"
#include "solve/quick_check.h"
#include "solve/witness.h"

namespace cc {
namespace {

// Union-find over claims and extra variables: relations join what they touch.
class Components {
 public:
  explicit Components(size_t n) : parent_(n) { std::iota(parent_.begin(), parent_.end(), 0); }
  size_t find(size_t x) {
    while (parent_[x] != x) x = parent_[x] = parent_[parent_[x]];
    return x;
  }
  void join(size_t a, size_t b) { parent_[find(a)] = find(b); }

 private:
  std::vector<size_t> parent_;
};

// One assumption literal: a claim's bound or a relation.
struct Atom {
  bool is_claim;
  int index;
};

class ComponentSolver {
 public:
  ComponentSolver(z3::context& ctx, const ClaimSet& set, const Encoding& enc, std::vector<Atom> atoms,
                  const SolveOptions& opt)
      : ctx_(ctx), set_(set), enc_(enc), atoms_(std::move(atoms)), opt_(opt), strict_(ctx, "QF_LRA") {
    strict_.set(params());
    for (size_t i = 0; i < atoms_.size(); ++i) {
      const Atom& a = atoms_[i];
      std::string name = a.is_claim ? set.claims[static_cast<size_t>(a.index)].id
                                     : set.relations[static_cast<size_t>(a.index)].id;
      lits_.push_back(ctx.bool_const(("a_" + name).c_str()));
      strict_.add(z3::implies(lits_.back(), body(a, false)));
    }
  }

  // Writes the component as SMT-LIB2 with claim names as comments.
  void dump(const std::string& path) {
    std::ofstream out(path);
    out << "; claimcheck component: one assumption literal per claim or relation\n";
    for (size_t i = 0; i < atoms_.size(); ++i) {
      const Atom& a = atoms_[i];
      if (a.is_claim) {
        const Claim& c = set_.claims[static_cast<size_t>(a.index)];
        out << "; " << lits_[i] << " = claim " << c.id << ": \"" << c.quantity.text << "\"\n";
      } else {
        const Relation& r = set_.relations[static_cast<size_t>(a.index)];
        out << "; " << lits_[i] << " = relation " << r.id << " " << r.family << " [" << r.rule << "]\n";
      }
    }
    std::string smt = strict_.to_smt2();
    if (size_t at = smt.rfind("(check-sat)"); at != std::string::npos) smt.erase(at);
    out << smt;
    out << "(check-sat-assuming (";
    for (size_t i = 0; i < lits_.size(); ++i) out << (i ? " " : "") << lits_[i];
    out << "))\n";
  }

  z3::check_result check_all() { return check(all()); }

  // The unsat core of the active atoms, or empty when they are consistent;
  // `unknown` is set when the solver could not decide.
  std::vector<size_t> core_if_unsat(const std::vector<size_t>& active, bool& unknown) {
    z3::check_result r = check(active);
    unknown = r == z3::unknown;
    if (r != z3::unsat) return {};
    return core_of(active);
  }

  // Minimal sets, each shrunk from an unsat core; more found by dropping
  // one member of a known set at a time (a breadth-first MARCO walk).
  std::vector<std::vector<size_t>> minimal_sets(bool& undetermined) {
    std::vector<std::vector<size_t>> found;
    std::set<std::vector<size_t>> seen_removed;
    std::vector<std::vector<size_t>> queue = {{}};
    int checks = 0;
    while (!queue.empty() && static_cast<int>(found.size()) < opt_.max_conflicts && checks < 400) {
      std::vector<size_t> removed = queue.front();
      queue.erase(queue.begin());
      std::vector<size_t> active;
      for (size_t i = 0; i < atoms_.size(); ++i) {
        if (!std::binary_search(removed.begin(), removed.end(), i)) active.push_back(i);
      }
      ++checks;
      z3::check_result r = check(active);
      if (r == z3::unknown) {
        undetermined = true;
        return found;
      }
      if (r == z3::sat) continue;
      std::vector<size_t> core = shrink(core_of(active), undetermined);
      if (undetermined) return found;
      if (std::find(found.begin(), found.end(), core) == found.end()) found.push_back(core);
      for (size_t member : core) {
        std::vector<size_t> next = removed;
        next.insert(std::upper_bound(next.begin(), next.end(), member), member);
        if (seen_removed.insert(next).second) queue.push_back(next);
      }
    }
    return found;
  }

  // Holds the set at doubled tolerances too? Then it is only a warning.
  bool survives_relaxed(const std::vector<size_t>& set) {
    if (!relaxed_) {  // built on first use: most components never need it
      relaxed_.emplace(ctx_, "QF_LRA");
      relaxed_->set(params());
      for (size_t i = 0; i < atoms_.size(); ++i) relaxed_->add(z3::implies(lits_[i], body(atoms_[i], true)));
    }
    z3::expr_vector a(ctx_);
    for (size_t i : set) a.push_back(lits_[i]);
    return relaxed_->check(a) == z3::unsat;
  }

  bool recheck(const std::vector<size_t>& set) { return check(set) == z3::unsat; }

  // For each claim in the set: its value range if the others hold.
  // A set of one relation with a single constraint is answered by interval
  // arithmetic (quick_check.h), the same optimum without an optimizer.
  std::vector<Repair> repairs(const std::vector<size_t>& set) {
    std::vector<Repair> out;
    const LinearConstraint* only = nullptr;
    int relations = 0;
    for (size_t k : set) {
      if (atoms_[k].is_claim) continue;
      ++relations;
      const Relation& r = set_.relations[static_cast<size_t>(atoms_[k].index)];
      only = r.constraints.size() == 1 ? &r.constraints.front() : nullptr;
    }
    if (relations != 1) only = nullptr;
    for (size_t k : set) {
      if (!atoms_[k].is_claim) continue;
      Repair rep;
      rep.claim = atoms_[k].index;
      if (only) {
        rep.at_least = rounded(single_constraint_optimum(set_, *only, atoms_[k].index, false));
        rep.at_most = rounded(single_constraint_optimum(set_, *only, atoms_[k].index, true));
      } else {
        rep.at_least = optimum(set, k, false);
        rep.at_most = optimum(set, k, true);
      }
      out.push_back(rep);
    }
    return out;
  }

  const Atom& atom(size_t i) const { return atoms_[i]; }

 private:
  z3::params params() const {
    z3::params p(ctx_);
    p.set("timeout", opt_.timeout_ms);
    if (opt_.rlimit) p.set("rlimit", opt_.rlimit);
    return p;
  }

  z3::expr body(const Atom& a, bool relaxed) const {
    return a.is_claim ? enc_.claim_bound(a.index, relaxed) : enc_.relation(a.index, relaxed);
  }

  std::vector<size_t> all() const {
    std::vector<size_t> v(atoms_.size());
    std::iota(v.begin(), v.end(), 0);
    return v;
  }

  z3::check_result check(const std::vector<size_t>& active) {
    z3::expr_vector a(ctx_);
    for (size_t i : active) a.push_back(lits_[i]);
    return strict_.check(a);
  }

  std::vector<size_t> core_of(const std::vector<size_t>& active) {
    z3::expr_vector core = strict_.unsat_core();
    std::vector<size_t> out;
    for (size_t i : active) {
      for (unsigned k = 0; k < core.size(); ++k) {
        if (z3::eq(core[k], lits_[i])) {
          out.push_back(i);
          break;
        }
      }
    }
    return out;
  }

  std::vector<size_t> shrink(std::vector<size_t> core, bool& undetermined) {
    for (size_t k = 0; k < core.size();) {
      std::vector<size_t> without = core;
      without.erase(without.begin() + static_cast<long>(k));
      z3::check_result r = check(without);
      if (r == z3::unknown) {
        undetermined = true;
        return core;
      }
      if (r == z3::unsat) {
        core = core_of(without);
        k = 0;
        continue;
      }
      ++k;
    }
    return core;
  }

  std::optional<double> optimum(const std::vector<size_t>& set, size_t target, bool maximize) {
    z3::optimize opt(ctx_);
    for (size_t i : set) {
      if (i == target) continue;
      const Atom& a = atoms_[i];
      // The closure: the rest is satisfiable (the set is minimal), so its
      // optimum is the limit the hint names.
      opt.add(a.is_claim ? enc_.claim_bound(a.index, false, true) : enc_.relation(a.index, false, true));
    }
    const z3::expr& v = enc_.var(atoms_[target].index);
    z3::optimize::handle h = maximize ? opt.maximize(v) : opt.minimize(v);
    if (opt.check() != z3::sat) return std::nullopt;
    z3::expr bound = maximize ? opt.upper(h) : opt.lower(h);
    // The bound is a number, or a number plus or minus an infinitesimal
    // (a strict optimum that is not attained), or infinite. Reading it,
    // never a model value, keeps the answer the same whatever the solver
    // did before.
    if (bound.to_string().find("oo") != std::string::npos) return std::nullopt;
    return rounded(finite_part(bound));
  }

  // A strict optimum comes back a hair inside its bound, by an amount that
  // depends on the solver's history: seven significant digits are stable.
  static std::optional<double> rounded(std::optional<double> d) {
    if (d && *d != 0) {
      double scale = std::pow(10.0, 6 - std::floor(std::log10(std::fabs(*d))));
      *d = std::round(*d * scale) / scale;
    }
    return d;
  }

  // The rational part of "x", "(+ x (* k epsilon))" and the like.
  static std::optional<double> finite_part(const z3::expr& e) {
    double d = 0;
    if (e.is_numeral() && e.is_numeral(d)) return d;
    if (!e.is_app()) return std::nullopt;
    std::string name = e.decl().name().str();
    if (name == "epsilon") return 0.0;
    if (e.decl().decl_kind() == Z3_OP_ADD) {
      double sum = 0;
      for (unsigned i = 0; i < e.num_args(); ++i) {
        std::optional<double> part = finite_part(e.arg(i));
        if (!part) return std::nullopt;
        sum += *part;
      }
      return sum;
    }
    if (e.decl().decl_kind() == Z3_OP_MUL) {
      for (unsigned i = 0; i < e.num_args(); ++i) {
        if (e.arg(i).is_app() && e.arg(i).decl().name().str() == "epsilon") return 0.0;
      }
      double product = 1;
      for (unsigned i = 0; i < e.num_args(); ++i) {
        std::optional<double> part = finite_part(e.arg(i));
        if (!part) return std::nullopt;
        product *= *part;
      }
      return product;
    }
    return std::nullopt;
  }

  z3::context& ctx_;
  const ClaimSet& set_;
  const Encoding& enc_;
  std::vector<Atom> atoms_;
  const SolveOptions& opt_;
  z3::solver strict_;
  std::optional<z3::solver> relaxed_;
  std::vector<z3::expr> lits_;
};

}  // namespace

SolveResult solve(const ClaimSet& set, const SolveOptions& options) {
  SolveResult result;
  if (set.relations.empty()) return result;
  size_t nvars = set.variable_count();
  Components uf(nvars);
  std::vector<bool> used(nvars, false);
  auto sure = [&](const Relation& r) { return r.confidence >= options.min_confidence; };
  for (const Relation& r : set.relations) {
    if (!sure(r)) continue;
    int first = -1;
    auto touch = [&](int v) {
      used[static_cast<size_t>(v)] = true;
      if (first < 0) first = v;
      else uf.join(static_cast<size_t>(first), static_cast<size_t>(v));
    };
    for (int m : r.members) touch(m);
    for (const LinearConstraint& lc : r.constraints) {
      for (const Term& t : lc.terms) touch(t.var);
    }
  }
  // Atoms per component, keyed by its root, in order of first appearance.
  std::vector<size_t> slot_of_root(nvars, static_cast<size_t>(-1));
  std::vector<std::vector<Atom>> atoms;
  auto slot = [&](size_t root) {
    if (slot_of_root[root] == static_cast<size_t>(-1)) {
      slot_of_root[root] = atoms.size();
      atoms.emplace_back();
    }
    return slot_of_root[root];
  };
  for (size_t c = 0; c < set.claims.size(); ++c) {
    if (used[c]) atoms[slot(uf.find(c))].push_back({true, static_cast<int>(c)});
  }
  for (size_t r = 0; r < set.relations.size(); ++r) {
    const Relation& rel = set.relations[r];
    if (rel.members.empty() || !sure(rel)) continue;
    atoms[slot(uf.find(static_cast<size_t>(rel.members.front())))].push_back({false, static_cast<int>(r)});
  }
  // A component is settled without the solver when it is shown consistent:
  // by interval arithmetic (one relation with one constraint), or by an
  // assignment that satisfies it (witness.h). Most components are.
  if (options.dump_smt_dir.empty()) {
    std::vector<std::vector<Atom>> open;
    for (auto& component : atoms) {
      int relations = 0, only = -1;
      for (const Atom& a : component) {
        if (!a.is_claim) {
          ++relations;
          only = a.index;
        }
      }
      if (relations == 1 && single_constraint_holds(set, set.relations[static_cast<size_t>(only)])) continue;
      std::vector<int> rels;
      for (const Atom& a : component) {
        if (!a.is_claim) rels.push_back(a.index);
      }
      if (witness_holds(set, rels)) continue;
      open.push_back(std::move(component));
    }
    atoms = std::move(open);
    if (atoms.empty()) return result;
  }

  // Made on first use, once per thread: a document whose relations all
  // settle by interval arithmetic never pays for a solver.
  thread_local z3::context ctx;
  Encoding enc(ctx, set);

  // Solves component k on its own: minimal sets, severity, repairs.
  auto solve_component = [&](size_t k) {
    ComponentSolver cs(ctx, set, enc, atoms[k], options);
    if (!options.dump_smt_dir.empty()) {
      std::filesystem::create_directories(options.dump_smt_dir);
      cs.dump(options.dump_smt_dir + "/" + options.dump_name + "-component-" + std::to_string(k + 1) + ".smt2");
    }
    auto report_undetermined = [&](const std::string& reason) {
      Undetermined u;
      for (const Atom& a : atoms[k]) (a.is_claim ? u.claims : u.relations).push_back(a.index);
      u.reason = reason;
      result.undetermined.push_back(std::move(u));
    };
    z3::check_result r = cs.check_all();
    if (r == z3::sat) return;
    if (r == z3::unknown) {
      report_undetermined("the solver reached its time limit");
      return;
    }
    bool undetermined = false;
    std::vector<std::pair<Conflict, std::vector<size_t>>> found;
    for (const std::vector<size_t>& mus : cs.minimal_sets(undetermined)) {
      if (!cs.recheck(mus)) continue;
      Conflict c;
      for (size_t i : mus) (cs.atom(i).is_claim ? c.claims : c.relations).push_back(cs.atom(i).index);
      std::sort(c.claims.begin(), c.claims.end());
      std::sort(c.relations.begin(), c.relations.end());
      found.emplace_back(std::move(c), mus);
    }
    // A set that needs every relation of a smaller set and more besides
    // ("if the subtotal were not 52, the group and the Total would
    // disagree") explains the same wrong figure again: the smaller set is
    // reported, the larger one not.
    std::vector<bool> keep(found.size(), true);
    for (size_t a = 0; a < found.size(); ++a) {
      const std::vector<int>& ra = found[a].first.relations;
      for (size_t b = 0; b < found.size() && keep[a]; ++b) {
        const std::vector<int>& rb = found[b].first.relations;
        if (b != a && rb.size() < ra.size() && std::includes(ra.begin(), ra.end(), rb.begin(), rb.end())) keep[a] = false;
      }
    }
    for (size_t a = 0; a < found.size(); ++a) {
      if (!keep[a]) continue;
      Conflict& c = found[a].first;
      c.severity = cs.survives_relaxed(found[a].second) ? Severity::Error : Severity::Warning;
      c.repairs = cs.repairs(found[a].second);
      result.conflicts.push_back(std::move(c));
    }
    if (undetermined) report_undetermined("the solver reached its time limit while minimizing a conflict");
  };

  if (!options.dump_smt_dir.empty() || atoms.size() == 1) {
    for (size_t k = 0; k < atoms.size(); ++k) solve_component(k);
  } else {
    // Most components are consistent. One solver over a batch of components
    // finds the inconsistent ones by their unsat cores, one at a time; only
    // those get a solver of their own. Batches bound the solver's memory on
    // long documents. An unknown answer falls back to solving each remaining
    // component of the batch alone.
    constexpr size_t kBatchAtoms = 512;
    for (size_t first = 0; first < atoms.size();) {
      std::vector<Atom> everything;
      std::vector<size_t> component_of;
      size_t last = first;
      while (last < atoms.size() && (last == first || everything.size() + atoms[last].size() <= kBatchAtoms)) {
        everything.insert(everything.end(), atoms[last].begin(), atoms[last].end());
        component_of.insert(component_of.end(), atoms[last].size(), last);
        ++last;
      }
      if (last - first == 1) {
        solve_component(first);
        first = last;
        continue;
      }
      ComponentSolver batch(ctx, set, enc, everything, options);
      std::vector<bool> done(last - first, false);
      while (true) {
        std::vector<size_t> active;
        for (size_t i = 0; i < everything.size(); ++i) {
          if (!done[component_of[i] - first]) active.push_back(i);
        }
        if (active.empty()) break;
        bool unknown = false;
        std::vector<size_t> core = batch.core_if_unsat(active, unknown);
        if (unknown) {
          for (size_t k = first; k < last; ++k) {
            if (!done[k - first]) solve_component(k);
          }
          break;
        }
        if (core.empty()) break;  // the rest of the batch is consistent
        std::set<size_t> hit;
        for (size_t i : core) hit.insert(component_of[i]);
        for (size_t k : hit) {
          solve_component(k);
          done[k - first] = true;
        }
      }
      first = last;
    }
  }
  std::sort(result.conflicts.begin(), result.conflicts.end(), [](const Conflict& a, const Conflict& b) {
    int fa = a.claims.empty() ? 0 : a.claims.front(), fb = b.claims.empty() ? 0 : b.claims.front();
    if (fa != fb) return fa < fb;
    return a.claims < b.claims;
  });
  return result;
}

}  // namespace cc
