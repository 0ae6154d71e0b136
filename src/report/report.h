// Output formats. Each writes the same findings; only the form differs.
#pragma once

#include <ostream>
#include <vector>

#include <nlohmann/json.hpp>

#include "claims/cues.h"
#include "quantity/lexicon.h"
#include "report/findings.h"
#include "text/source.h"

namespace cc {

// Totals across all files of one run.
struct Summary {
  size_t files = 0, claims = 0, conflicts = 0, errors = 0, warnings = 0, undetermined = 0, suppressed = 0;
  size_t baselined = 0;
};

Summary summarize(const std::vector<FileResult>& results);
void add_to_summary(Summary& summary, const FileResult& result);

// Compiler-style text: "file:line:col: error: message [relation]", the
// source lines with carets, the computed values and the repair hint.
void write_text(std::ostream& out, const FileResult& result, const SourceFile& file, bool color);
void write_text_summary(std::ostream& out, const Summary& summary);

// One figure as JSON: text, offsets, position, kind, value, low, high, unit,
// scale, hedge and change (the names `extract` and `check` share).
nlohmann::ordered_json quantity_json(const Quantity& q, Position start, Position end);

// One file's entry of the JSON output: path, claims, conflicts, undetermined.
nlohmann::ordered_json file_json(const FileResult& result);

// The JSON output contract (DESIGN.md), version 1.
void write_json(std::ostream& out, const std::vector<FileResult>& results);

// The same, a file at a time, so that a run over many files need not hold
// them all: file() for each in order, then finish() once.
class JsonWriter {
 public:
  explicit JsonWriter(std::ostream& out) : out_(out) {}
  void file(const FileResult& result);
  void finish();

 private:
  std::ostream& out_;
  size_t files_ = 0;
  Summary summary_;
};

// SARIF 2.1.0: one run, the rules that fired (with `rules` for their
// descriptions), a result per finding with every statement as a location.
void write_sarif(std::ostream& out, const std::vector<FileResult>& results, const std::vector<RelationRule>& rules);

// GitHub Actions workflow commands: "::error file=...,line=...::message".
void write_github(std::ostream& out, const std::vector<FileResult>& results);

// Markdown for a pull-request comment: a summary table and each conflict.
void write_markdown(std::ostream& out, const std::vector<FileResult>& results);

// One self-contained HTML page: the findings, each linked to its sentences,
// then each file as written with every figure highlighted (hover: the claim
// and the range it allows; `lexicon` formats that range, may be null).
// files[i] is the source of results[i].
void write_html(std::ostream& out, const std::vector<FileResult>& results, const std::vector<const SourceFile*>& files,
                const QuantityLexicon* lexicon);

}  // namespace cc
