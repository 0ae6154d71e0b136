#include "report/findings.h"

#include <algorithm>
#include <set>

#include <fmt/format.h>

#include "quantity/format.h"

namespace cc {

std::string_view severity_name(Severity s) { return s == Severity::Error ? "error" : "warning"; }

namespace {

uint64_t fnv1a(std::string_view s, uint64_t h = 1469598103934665603ULL) {
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  return h;
}

// The role a claim plays in the conflict's relations ("total", "part").
std::string role_of(int claim, const Conflict& c, const ClaimSet& set) {
  for (int r : c.relations) {
    const Relation& rel = set.relations[static_cast<size_t>(r)];
    for (size_t k = 0; k < rel.members.size(); ++k) {
      if (rel.members[k] == claim) return rel.roles[k];
    }
  }
  return "figure";
}

std::string repair_text(const Repair& rep, const Conflict& c, const ClaimSet& set, const QuantityLexicon& lex) {
  const Quantity& q = set.claims[static_cast<size_t>(rep.claim)].quantity;
  std::string role = role_of(rep.claim, c, set);
  std::string who = role == "total" ? "the total" : (role == "rest" ? "the rest" : "the " + role + " " + q.text);
  auto fmt_value = [&](double v) {
    std::optional<Decimal> d = Decimal::parse(fmt::format("{:.6f}", v));
    return format_like(d ? *d : Decimal(), q, lex);
  };
  double stated_lo = q.strict.lo.infinite ? -1e300 : q.strict.lo.value.to_double();
  double stated_hi = q.strict.hi.infinite ? 1e300 : q.strict.hi.value.to_double();
  if (rep.at_least && stated_hi < *rep.at_least) return fmt::format("{} would need to be at least {}", who, fmt_value(*rep.at_least));
  if (rep.at_most && stated_lo > *rep.at_most) return fmt::format("{} would need to be at most {}", who, fmt_value(*rep.at_most));
  if (rep.at_least && rep.at_most) {
    return fmt::format("{} would need to be between {} and {}", who, fmt_value(*rep.at_least), fmt_value(*rep.at_most));
  }
  return "";
}

}  // namespace

std::vector<Finding> build_findings(const SourceFile& file, const Document& doc, const ClaimSet& set,
                                    const SolveResult& result, const QuantityLexicon& lex) {
  std::vector<Finding> out;
  for (const Conflict& c : result.conflicts) {
    Finding f;
    f.severity = c.severity;
    f.repairs = c.repairs;
    // The figures to show: the conflict's claims, plus the members of a
    // relation that folded its figures into constants (a conversion's rate).
    std::vector<int> figures = c.claims;
    for (int r : c.relations) {
      const Relation& rel = set.relations[static_cast<size_t>(r)];
      bool any = std::any_of(rel.members.begin(), rel.members.end(), [&](int m) {
        return std::find(c.claims.begin(), c.claims.end(), m) != c.claims.end();
      });
      if (!any || !rel.relaxed_constraints.empty()) figures.insert(figures.end(), rel.members.begin(), rel.members.end());
    }
    std::sort(figures.begin(), figures.end());
    figures.erase(std::unique(figures.begin(), figures.end()), figures.end());
    std::set<size_t> sentences;
    for (int k : figures) sentences.insert(set.claims[static_cast<size_t>(k)].sentence);
    for (int r : c.relations) {
      const Relation& rel = set.relations[static_cast<size_t>(r)];
      if (f.relation.empty()) {
        f.relation = rel.family;
        f.rule = rel.rule;
        f.message = rel.message;
      }
      if (!rel.detail.empty()) f.details.push_back(rel.detail);
      for (size_t s : rel.sentences) sentences.insert(s);
    }
    if (f.relation.empty()) {
      f.relation = "restatement";
      f.rule = "restatement";
      f.message = "these figures cannot all hold";
    }
    for (size_t s : sentences) {
      const Sentence& sent = doc.sentences[s];
      Statement st;
      st.start = sent.start;
      st.end = sent.end;
      st.pos = file.position(sent.start);
      st.text = std::string(file.bytes().substr(sent.start, sent.end - sent.start));
      for (int k : figures) {
        const Claim& cl = set.claims[static_cast<size_t>(k)];
        if (cl.sentence != s) continue;
        st.marks.push_back({cl.quantity.figure_start, cl.quantity.figure_end, file.position(cl.quantity.figure_start),
                            file.position(cl.quantity.figure_end)});
      }
      f.statements.push_back(std::move(st));
    }
    for (int k : figures) f.claims.push_back(set.claims[static_cast<size_t>(k)].id);
    const Statement& first = f.statements.front();
    f.pos = first.marks.empty() ? first.pos : first.marks.front().pos;
    f.end_pos = first.marks.empty() ? file.position(first.end) : first.marks.front().end_pos;
    // The repair for a total (or the first figure) first, then one more.
    std::vector<Repair> order = c.repairs;
    std::stable_sort(order.begin(), order.end(), [&](const Repair& a, const Repair& b) {
      return (role_of(a.claim, c, set) == "total") > (role_of(b.claim, c, set) == "total");
    });
    for (const Repair& rep : order) {
      std::string h = repair_text(rep, c, set, lex);
      if (!h.empty() && f.help.size() < 2) f.help.push_back(h);
    }
    // Fingerprint: the rule and the sentences' text, not their position.
    uint64_t h = fnv1a(f.rule);
    for (const Statement& st : f.statements) h = fnv1a(st.text, h ^ 0x9e3779b97f4a7c15ULL);
    f.id = fmt::format("{:016x}", h);
    out.push_back(std::move(f));
  }
  std::stable_sort(out.begin(), out.end(), [](const Finding& a, const Finding& b) {
    return std::tie(a.pos.line, a.pos.column) < std::tie(b.pos.line, b.pos.column);
  });
  return out;
}

}  // namespace cc
