// claimcheck explain FILE...: every claim, every relation with the rule that
// linked it and the constraint it adds, and what the solver concluded.
#include <iostream>
#include <memory>

#include <fmt/format.h>

#include "base/error.h"
#include "cli/commands.h"
#include "claims/keying.h"
#include "cli/pipeline.h"
#include "quantity/format.h"

namespace cc {
namespace {

struct ExplainArgs {
  std::vector<std::string> files;
  std::string rules_dir;
  double min_confidence = 0.5;
};

std::string_view cmp_text(Cmp c) {
  switch (c) {
    case Cmp::Le: return "<=";
    case Cmp::Lt: return "<";
    case Cmp::Eq: return "=";
    case Cmp::Ge: return ">=";
    case Cmp::Gt: return ">";
  }
  return "=";
}

// "v(c2) + v(c3) - v(c1) <= 0", with variables named by claim id.
std::string constraint_text(const LinearConstraint& lc, const ClaimSet& set) {
  std::string out;
  for (const Term& t : lc.terms) {
    std::string name = static_cast<size_t>(t.var) < set.claims.size()
                           ? set.claims[static_cast<size_t>(t.var)].id
                           : set.extra_variables[static_cast<size_t>(t.var) - set.claims.size()];
    bool minus = t.coef.negative();
    Decimal size = minus ? -t.coef : t.coef;
    std::string coef = size == Decimal(1) ? "" : size.str() + "*";
    if (out.empty()) out = (minus ? "-" : "") + coef + name;
    else out += (minus ? " - " : " + ") + coef + name;
  }
  return fmt::format("{} {} {}", out, cmp_text(lc.cmp), lc.rhs.str());
}

int run_explain(const ExplainArgs& a) {
  PipelineOptions po;
  po.rules_dir = a.rules_dir.empty() ? default_rules_dir() : a.rules_dir;
  po.solve.min_confidence = a.min_confidence;
  Pipeline pipeline(po);
  bool input_error = false;
  for (const std::string& path : expand_inputs(a.files)) {
    try {
      SourceFile file = read_source(path);
      Document doc = pipeline.read(file);
      ClaimSet set = pipeline.claims(doc);
      std::cout << fmt::format("{}: {} sentences, {} claims, {} relations\n", path, doc.sentences.size(),
                               set.claims.size(), set.relations.size());
      for (const Claim& c : set.claims) {
        Position p = file.position(c.quantity.start);
        std::cout << fmt::format("  {} {}:{} {} \"{}\"{}\n", c.id, p.line, p.column, canonical(c.quantity),
                                 c.quantity.text,
                                 c.converted >= 0 ? " = " + set.claims[static_cast<size_t>(c.converted)].id : "");
        std::string key = key_text(c.key, set, pipeline.keys());
        if (!key.empty()) std::cout << fmt::format("      key: {}\n", key);
      }
      for (const Relation& r : set.relations) {
        std::string sure;
        if (r.confidence < 1) {
          sure = fmt::format(" (confidence {}{})", r.confidence,
                             r.confidence < pipeline.options().solve.min_confidence ? ", below the threshold: no constraint" : "");
        }
        std::cout << fmt::format("  {} {} [{}]: {}{}\n", r.id, r.family, r.rule, canonical(r, set), sure);
        if (!r.evidence.empty()) std::cout << fmt::format("      evidence: {}\n", r.evidence);
        for (const LinearConstraint& lc : r.constraints) {
          std::cout << fmt::format("      {}\n", constraint_text(lc, set));
        }
      }
      FileResult result = pipeline.check(file);
      std::cout << fmt::format("  => {} conflict{}, {} undetermined\n", result.findings.size(),
                               result.findings.size() == 1 ? "" : "s", result.undetermined.size());
      for (const Finding& f : result.findings) {
        std::string claims;
        for (const std::string& id : f.claims) claims += (claims.empty() ? "" : ", ") + id;
        std::cout << fmt::format("     {} [{}]: {} ({})\n", severity_name(f.severity), f.rule, f.message, claims);
      }
    } catch (const NotText& e) {
      std::cerr << e.what() << "\n";
    } catch (const UserError& e) {
      std::cerr << e.what() << "\n";
      input_error = true;
    }
  }
  return input_error ? 2 : 0;
}

}  // namespace

std::function<int()> setup_explain(CLI::App& app) {
  auto a = std::make_shared<ExplainArgs>();
  app.add_option("files", a->files, "files or directories to explain")->required();
  app.add_option("--rules-dir", a->rules_dir, "rules directory (default: the built-in one)");
  app.add_option("--min-confidence", a->min_confidence, "links less sure than this add no constraint (default 0.5)")
      ->check(CLI::Range(0.0, 1.0));
  return [a] { return run_explain(*a); };
}

}  // namespace cc
