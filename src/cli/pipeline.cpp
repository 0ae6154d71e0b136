#include "cli/pipeline.h"

#include <cstdlib>
#include <fnmatch.h>
#include <filesystem>

#include "base/error.h"
#include "claims/extract.h"
#include "report/suppress.h"

namespace cc {

namespace {

// rules/patterns/words.toml, the word classes every pattern may use.
WordClasses shared_words(const std::string& rules_dir) {
  std::string path = rules_dir + "/patterns/words.toml";
  return std::filesystem::exists(path) ? load_word_classes(path) : WordClasses{};
}

}  // namespace

Pipeline::Pipeline(PipelineOptions options)
    : options_(std::move(options)),
      segmenter_(SegmentationLexicon::load(options_.rules_dir + "/text/segmentation.toml")),
      recognizer_(QuantityLexicon::load(options_.rules_dir + "/quantity"), options_.tolerance),
      words_(shared_words(options_.rules_dir)),
      rules_(load_relation_rules(options_.rules_dir + "/relations", words_)) {
  for (const std::string& dir : options_.extra_rule_dirs) {
    for (RelationRule& r : load_relation_rules(dir, words_)) {
      for (const RelationRule& known : rules_) {
        if (known.id == r.id) {
          throw UserError(r.path + ":1:1: error: duplicate rule id '" + r.id + "' (also " + known.path + ")");
        }
      }
      rules_.push_back(std::move(r));
    }
  }
  for (const std::string& id : options_.disabled_rules) {
    auto it = std::find_if(rules_.begin(), rules_.end(), [&](const RelationRule& r) { return r.id == id; });
    if (it == rules_.end()) throw UserError("error: cannot disable unknown rule '" + id + "'");
    rules_.erase(it);
  }
  patterns_ = compile_rule_patterns(rules_, words_);
  keys_ = KeyLexicon::load(options_.rules_dir + "/keys");
}

Document Pipeline::read(const SourceFile& file, std::optional<InputType> type) const {
  InputType t = type ? *type : options_.input_type.value_or(input_type_for(file.path()));
  return read_document(file, t, segmenter_);
}

ClaimSet Pipeline::claims(const Document& doc) const { return extract_claims(doc, recognizer_, rules_, &patterns_, &keys_, options_.all_keys); }

FileResult Pipeline::check(const SourceFile& file, std::optional<InputType> type) const {
  Document doc = read(file, type);
  FileResult r;
  r.path = file.path();
  r.warnings = file.warnings;
  r.claims = claims(doc);
  SolveOptions so = options_.solve;
  so.dump_name = std::filesystem::path(file.path()).filename().string();
  SolveResult solved = solve(r.claims, so);
  r.findings = build_findings(file, doc, r.claims, solved, lexicon());
  r.suppressed = apply_suppressions(file, r.findings);
  r.undetermined = std::move(solved.undetermined);
  SourceFile::Cursor cursor;
  r.claim_positions.reserve(r.claims.claims.size());
  r.claim_ends.reserve(r.claims.claims.size());
  for (const Claim& c : r.claims.claims) {
    r.claim_positions.push_back(file.position(c.quantity.start, cursor));
    r.claim_ends.push_back(file.position(c.quantity.end, cursor));
  }
  return r;
}

std::string default_rules_dir() {
  if (const char* env = std::getenv("CLAIMCHECK_RULES_DIR"); env && *env) return env;
  return CLAIMCHECK_RULES_DIR;
}

namespace {

bool matches_any(const std::vector<std::string>& globs, const std::string& path) {
  for (const std::string& g : globs) {
    if (::fnmatch(g.c_str(), path.c_str(), 0) == 0) return true;
    std::string name = std::filesystem::path(path).filename().string();
    if (::fnmatch(g.c_str(), name.c_str(), 0) == 0) return true;
  }
  return false;
}

}  // namespace

std::vector<std::string> expand_inputs(const std::vector<std::string>& args, const std::vector<std::string>& include,
                                       const std::vector<std::string>& exclude) {
  namespace fs = std::filesystem;
  std::vector<std::string> out;
  for (const std::string& a : args) {
    std::error_code ec;
    if (a != "-" && fs::is_directory(a, ec)) {
      std::vector<std::string> found;
      for (auto it = fs::recursive_directory_iterator(a, ec); !ec && it != fs::recursive_directory_iterator();
           it.increment(ec)) {
        if (!it->is_regular_file()) continue;
        std::string ext = it->path().extension().string();
        if (ext != ".md" && ext != ".markdown" && ext != ".txt" && ext != ".html" && ext != ".htm") continue;
        std::string below = fs::relative(it->path(), a, ec).generic_string();
        if (!include.empty() && !matches_any(include, below)) continue;
        if (matches_any(exclude, below)) continue;
        found.push_back(it->path().string());
      }
      if (ec) throw UserError(a + ": error: cannot read directory: " + ec.message());
      std::sort(found.begin(), found.end());
      out.insert(out.end(), found.begin(), found.end());
    } else if (a == "-" || !matches_any(exclude, a)) {
      out.push_back(a);
    }
  }
  return out;
}

}  // namespace cc
