// claimcheck extract FILE...: every figure recognized, as text or JSON.
#include <iostream>
#include <memory>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "base/error.h"
#include "cli/commands.h"
#include "cli/pipeline.h"
#include "quantity/format.h"
#include "report/report.h"

namespace cc {
namespace {

struct ExtractArgs {
  std::vector<std::string> files;
  std::string format = "text";
  std::string rules_dir;
  std::string input_type;
  std::vector<std::string> include, exclude;
};

int run_extract(const ExtractArgs& a) {
  PipelineOptions po;
  po.rules_dir = a.rules_dir.empty() ? default_rules_dir() : a.rules_dir;
  if (!a.input_type.empty()) po.input_type = parse_input_type(a.input_type);
  Pipeline pipeline(po);
  nlohmann::ordered_json root;
  root["version"] = 1;
  root["files"] = nlohmann::ordered_json::array();
  bool input_error = false;
  for (const std::string& path : expand_inputs(a.files, a.include, a.exclude)) {
    try {
      SourceFile file = read_source(path);
      Document doc = pipeline.read(file);
      nlohmann::ordered_json jf;
      jf["path"] = path;
      jf["quantities"] = nlohmann::ordered_json::array();
      for (const Sentence& s : doc.sentences) {
        for (const Quantity& q : pipeline.recognizer().recognize(s)) {
          Position p = file.position(q.start);
          if (a.format == "text") {
            std::cout << fmt::format("{}:{}:{}: {} \"{}\"\n", path, p.line, p.column, canonical(q), q.text);
            continue;
          }
          nlohmann::ordered_json j = quantity_json(q, p, file.position(q.end));
          jf["quantities"].push_back(j);
        }
      }
      root["files"].push_back(jf);
    } catch (const NotText& e) {
      std::cerr << e.what() << "\n";
    } catch (const UserError& e) {
      std::cerr << e.what() << "\n";
      input_error = true;
    }
  }
  if (a.format == "json") std::cout << root.dump(2) << "\n";
  return input_error ? 2 : 0;
}

}  // namespace

std::function<int()> setup_extract(CLI::App& app) {
  auto a = std::make_shared<ExtractArgs>();
  app.add_option("files", a->files, "Markdown, text or HTML files or directories; - reads standard input")
      ->required();
  app.add_option("--format", a->format, "output format")->check(CLI::IsMember({"text", "json"}));
  app.add_option("--rules-dir", a->rules_dir, "rules directory (default: the built-in one)");
  app.add_option("--input-type", a->input_type, "read every input as this type")
      ->check(CLI::IsMember({"markdown", "text", "html"}));
  app.add_option("--include", a->include, "in directories, check only files matching this glob (repeatable)")
      ->allow_extra_args(false);
  app.add_option("--exclude", a->exclude, "skip files matching this glob (repeatable)")->allow_extra_args(false);
  return [a] { return run_extract(*a); };
}

}  // namespace cc
