// claimcheck check FILE...: report figures that cannot all be true.
#include <unistd.h>

#include <cstdlib>
#include <iostream>
#include <memory>
#include <mutex>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "base/error.h"
#include "cli/commands.h"
#include "cli/config.h"
#include "cli/parallel.h"
#include "cli/progress.h"
#include "cli/pipeline.h"
#include "report/baseline.h"
#include "report/report.h"

namespace cc {
namespace {

struct CheckArgs {
  std::vector<std::string> files;
  std::string format = "text";
  std::string fail_on = "error";
  std::string color = "auto";
  std::string progress = "auto";
  std::string rules_dir;
  std::string input_type;
  double tolerance = 0.1;
  int max_conflicts = 10;
  double min_confidence = 0.5;
  unsigned timeout_ms = 5000;
  std::string dump_smt;
  std::vector<std::string> include, exclude;
  std::string baseline, write_baseline;
  std::string config;
  bool no_config = false;
  unsigned jobs = 0;  // 0: every core
  std::string input_format = "files";
  std::vector<std::string> rule_dirs;
  const CLI::App* app = nullptr;  // to tell options given from defaults
};

bool use_color(const std::string& mode) {
  if (mode == "always") return true;
  if (mode == "never") return false;
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color && *no_color) return false;
  return ::isatty(STDOUT_FILENO) != 0;
}

// Settings from .claimcheck.toml where the command line left the default.
CheckArgs with_config(CheckArgs a, const Config& c) {
  auto given = [&](const char* name) { return a.app && a.app->count(name) > 0; };
  if (c.fail_on && !given("--fail-on")) a.fail_on = *c.fail_on;
  if (c.tolerance && !given("--tolerance")) a.tolerance = *c.tolerance;
  if (c.max_conflicts && !given("--max-conflicts")) a.max_conflicts = *c.max_conflicts;
  if (c.min_confidence && !given("--min-confidence")) a.min_confidence = *c.min_confidence;
  if (!given("--include")) a.include = c.include;
  if (!given("--exclude")) a.exclude = c.exclude;
  a.rule_dirs.insert(a.rule_dirs.begin(), c.rule_dirs.begin(), c.rule_dirs.end());
  return a;
}

// --input-format jsonl: {"id": ..., "text": ...} per line on standard
// input, one JSON result per line on standard output, in input order. Lines
// are read and checked a batch at a time, so memory stays bounded however
// long the stream.
int run_jsonl(const Pipeline& pipeline, const std::optional<Baseline>& baseline, const CheckArgs& a) {
  const unsigned jobs = a.jobs ? a.jobs : default_jobs();
  const size_t batch = 256 * static_cast<size_t>(jobs);
  InputType type = a.input_type.empty() ? InputType::Markdown : *parse_input_type(a.input_type);
  bool bad = false, any = false;
  size_t line_no = 0;  // lines before this batch
  std::vector<std::string> lines;
  while (std::cin) {
    lines.clear();
    for (std::string line; lines.size() < batch && std::getline(std::cin, line);) lines.push_back(std::move(line));
    if (lines.empty()) break;
    std::vector<std::string> out(lines.size()), errors(lines.size());
    std::vector<int> failing(lines.size(), 0);
    for_each_index(lines.size(), jobs, [&](size_t i) {
      if (lines[i].empty()) return;
      size_t n = line_no + i + 1;
      nlohmann::json in = nlohmann::json::parse(lines[i], nullptr, false);
      if (in.is_discarded() || !in.is_object() || !in.contains("text") || !in["text"].is_string()) {
        errors[i] = fmt::format("-:{}: error: expected {{\"id\": ..., \"text\": \"...\"}}", n);
        return;
      }
      nlohmann::json id = in.contains("id") ? in["id"] : nlohmann::json(n);
      std::string name = id.is_string() ? id.get<std::string>() : id.dump();
      SourceFile file(name, in["text"].get<std::string>());
      FileResult r = pipeline.check(file, type);
      if (baseline) r.baselined = baseline->filter(r);
      nlohmann::ordered_json j;
      j["id"] = id;
      j.update(file_json(r));
      out[i] = j.dump();
      for (const Finding& f : r.findings) failing[i] += f.severity == Severity::Error || a.fail_on == "warning";
    });
    for (size_t i = 0; i < lines.size(); ++i) {
      if (!errors[i].empty()) {
        std::cerr << errors[i] << "\n";
        bad = true;
      }
      if (!out[i].empty()) std::cout << out[i] << "\n";
      any = any || failing[i] > 0;
    }
    line_no += lines.size();
  }
  if (bad) return 2;
  return any ? 1 : 0;
}

int run_check(CheckArgs a) {
  if (a.files.empty() && a.input_format == "files") {
    throw UserError("claimcheck: error: no input: name files or directories, or - for standard input");
  }
  Config config;
  if (!a.no_config) {
    std::optional<std::string> found =
        a.config.empty() ? find_config(a.files.empty() ? std::string("-") : a.files.front()) : a.config;
    if (found) {
      config = load_config(*found);
      a = with_config(a, config);
    }
  }
  PipelineOptions po;
  po.extra_rule_dirs = a.rule_dirs;
  po.disabled_rules = config.disable;
  po.rules_dir = a.rules_dir.empty() ? default_rules_dir() : a.rules_dir;
  if (!a.input_type.empty()) po.input_type = parse_input_type(a.input_type);
  std::optional<Decimal> tol = Decimal::parse(std::to_string(a.tolerance));
  po.tolerance = tol ? *tol : Decimal::from_parts(1, -1);
  po.solve.max_conflicts = a.max_conflicts;
  po.solve.min_confidence = a.min_confidence;
  // Only JSON prints every claim with its key; the other formats need the keys linking reads.
  po.all_keys = a.format == "json" || a.input_format == "jsonl";
  po.solve.timeout_ms = a.timeout_ms;
  po.solve.dump_smt_dir = a.dump_smt;
  Pipeline pipeline(po);
  std::optional<Baseline> baseline;
  if (!a.baseline.empty()) baseline = Baseline::load(a.baseline);

  if (a.input_format == "jsonl") return run_jsonl(pipeline, baseline, a);

  // Every file on its own thread slot. Text, JSON and GitHub output is
  // written in input order as soon as the files before are done, and each
  // file's result is then dropped: a run over many files holds only those in
  // flight. SARIF, Markdown, HTML and --write-baseline need every result.
  std::vector<std::string> paths = expand_inputs(a.files, a.include, a.exclude);
  struct Slot {
    std::optional<SourceFile> file;
    std::optional<FileResult> result;
    std::string message;
    bool error = false;
    bool finished = false;
  };
  std::vector<Slot> slots(paths.size());
  const bool streaming =
      (a.format == "text" || a.format == "json" || a.format == "github") && a.write_baseline.empty();
  std::vector<FileResult> results;         // kept when not streaming
  std::vector<const SourceFile*> sources;  // for html, which shows each file
  bool input_error = false;
  bool color = use_color(a.color);
  Summary s;
  JsonWriter json(std::cout);
  Progress progress(paths.size(), a.progress, ::isatty(STDERR_FILENO) != 0);
  std::mutex out_mu;
  size_t next = 0;
  auto emit = [&](Slot& slot) {
    if (!slot.message.empty()) std::cerr << slot.message << "\n";
    input_error = input_error || slot.error;
    if (slot.result) {
      FileResult& r = *slot.result;
      add_to_summary(s, r);
      if (a.format == "text") write_text(std::cout, r, *slot.file, color);
      if (streaming && a.format == "json") json.file(r);
      if (streaming && a.format == "github") write_github(std::cout, std::vector<FileResult>{std::move(r)});
      if (!streaming) {
        results.push_back(std::move(r));
        if (a.format == "html") sources.push_back(&*slot.file);
      }
      slot.result.reset();
    }
    if (a.format != "html") slot.file.reset();
  };
  for_each_index(paths.size(), a.jobs ? a.jobs : default_jobs(), [&](size_t i) {
    Slot& slot = slots[i];
    try {
      slot.file.emplace(read_source(paths[i]));
      FileResult r = pipeline.check(*slot.file);
      if (baseline) r.baselined = baseline->filter(r);
      slot.result = std::move(r);
    } catch (const NotText& e) {
      slot.message = e.what();
    } catch (const UserError& e) {
      slot.message = e.what();
      slot.error = true;
    }
    progress.done();
    std::lock_guard<std::mutex> lock(out_mu);
    slot.finished = true;
    if (next < slots.size() && slots[next].finished) progress.finish();  // output starts on a clean line
    while (next < slots.size() && slots[next].finished) emit(slots[next++]);
  });
  progress.finish();
  if (!a.write_baseline.empty()) write_baseline(a.write_baseline, results);
  if (a.format == "json") {
    if (streaming) json.finish();
    else write_json(std::cout, results);
  }
  if (a.format == "github" && !streaming) write_github(std::cout, results);
  if (a.format == "sarif") write_sarif(std::cout, results, pipeline.rules());
  if (a.format == "markdown") write_markdown(std::cout, results);
  if (a.format == "html") write_html(std::cout, results, sources, &pipeline.lexicon());
  if (a.format == "text" && (s.conflicts > 0 || s.suppressed > 0 || s.files > 1)) write_text_summary(std::cerr, s);
  if (input_error) return 2;
  size_t failing = a.fail_on == "warning" ? s.errors + s.warnings : s.errors;
  return failing > 0 ? 1 : 0;
}

}  // namespace

std::function<int()> setup_check(CLI::App& app) {
  auto a = std::make_shared<CheckArgs>();
  app.add_option("files", a->files, "Markdown, text or HTML files or directories; - reads standard input");
  app.add_option("--format", a->format, "output format")
      ->check(CLI::IsMember({"text", "json", "sarif", "github", "markdown", "html"}));
  app.add_option("--fail-on", a->fail_on, "lowest severity that makes the exit code 1")
      ->check(CLI::IsMember({"error", "warning"}));
  app.add_option("--color", a->color, "colour the text output")->check(CLI::IsMember({"auto", "always", "never"}));
  app.add_option("--progress", a->progress,
                 "a progress line on stderr: auto (a terminal, runs over a second), always, never")
      ->check(CLI::IsMember({"auto", "always", "never"}));
  app.add_option("--rules-dir", a->rules_dir, "rules directory (default: the built-in one)");
  app.add_option("--input-type", a->input_type, "read every input as this type")
      ->check(CLI::IsMember({"markdown", "text", "html"}));
  app.add_option("--include", a->include, "in directories, check only files matching this glob (repeatable)")
      ->allow_extra_args(false);
  app.add_option("--exclude", a->exclude, "skip files matching this glob (repeatable)")->allow_extra_args(false);
  app.add_option("--tolerance", a->tolerance, "relative width of 'about' (default 0.1)")->check(CLI::Range(0.0, 1.0));
  app.add_option("--max-conflicts", a->max_conflicts, "minimal conflicts reported per component")
      ->check(CLI::Range(1, 1000));
  app.add_option("--timeout-ms", a->timeout_ms, "solver time limit per component");
  app.add_option("--min-confidence", a->min_confidence,
                 "links less sure than this add no constraint (0-1, default 0.5; a rule pattern sets its own)")
      ->check(CLI::Range(0.0, 1.0));
  app.add_option("--dump-smt", a->dump_smt, "write each component as SMT-LIB2 into this directory");
  app.add_option("--jobs,-j", a->jobs, "files checked at once (default: every core)");
  app.add_option("--input-format", a->input_format,
                 "files, or jsonl: {\"id\", \"text\"} lines on standard input, a JSON result per line out")
      ->check(CLI::IsMember({"files", "jsonl"}));
  app.add_option("--config", a->config, "settings file (default: the nearest .claimcheck.toml)");
  app.add_flag("--no-config", a->no_config, "ignore .claimcheck.toml files");
  app.add_option("--rules", a->rule_dirs, "add a folder of your own relation rules (repeatable)")->allow_extra_args(false);
  app.add_option("--baseline", a->baseline, "accept the findings recorded in this file; report only new ones");
  app.add_option("--write-baseline", a->write_baseline, "record the findings of this run in this file");
  a->app = &app;
  return [a] { return run_check(*a); };
}

}  // namespace cc
