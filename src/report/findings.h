// Findings: solver conflicts turned into what every output format prints.
#pragma once

#include <string>
#include <vector>

#include "claims/claim.h"
#include "quantity/lexicon.h"
#include "solve/solve.h"
#include "text/document.h"
#include "text/source.h"

namespace cc {

// A figure to point at inside a statement.
struct Mark {
  size_t start = 0, end = 0;  // file bytes of the figure
  Position pos;               // of `start`
  Position end_pos;           // of `end`
};

// One sentence that states a conflicting claim or relation.
struct Statement {
  size_t start = 0, end = 0;  // file bytes of the whole sentence
  Position pos;               // of `start`
  std::string text;           // the sentence as written in the file
  std::vector<Mark> marks;
};

// One conflict, ready to print.
struct Finding {
  std::string id;        // fingerprint: stable across edits elsewhere in the file
  Severity severity = Severity::Error;
  std::string relation;  // family, e.g. "partition"
  std::string rule;      // rule id, e.g. "partition"
  std::string message;
  std::vector<std::string> details;
  std::vector<std::string> help;
  std::vector<Statement> statements;  // in file order
  Position end_pos;                   // end of the figure at `pos`
  std::vector<std::string> claims;    // claim ids
  std::vector<Repair> repairs;
  Position pos;  // where the finding points: its first figure
};

// Everything the reports need about one checked file.
struct FileResult {
  std::string path;
  std::vector<TextWarning> warnings;
  ClaimSet claims;
  std::vector<Finding> findings;
  std::vector<Undetermined> undetermined;
  size_t suppressed = 0;                  // findings silenced by inline comments
  size_t baselined = 0;                   // findings accepted by --baseline
  std::vector<Position> claim_positions;  // per claim, of its first byte
  std::vector<Position> claim_ends;       // per claim, line/column of its end
};

// Builds findings (in file order) from a solve result.
std::vector<Finding> build_findings(const SourceFile& file, const Document& doc, const ClaimSet& set,
                                    const SolveResult& result, const QuantityLexicon& lex);

std::string_view severity_name(Severity s);

}  // namespace cc
