// One self-contained HTML page: the findings first, each linking to the
// sentences that state it; then every checked file as written, with each
// figure highlighted and each conflicting sentence marked and linked back.
#include <algorithm>
#include <map>
#include <set>
#include <sstream>

#include <fmt/format.h>

#include "base/utf8.h"
#include "quantity/format.h"
#include "report/report.h"

namespace cc {
namespace {

constexpr std::string_view kStyle = R"(
body { font: 16px/1.5 Georgia, "Times New Roman", serif; margin: 2em auto; max-width: 52em; padding: 0 1em; color: #1d1d1d; }
h1 { font-size: 1.4em; } h2 { font-size: 1.15em; margin-top: 2em; border-bottom: 1px solid #ccc; }
code, .where { font: 0.85em/1.4 ui-monospace, Menlo, Consolas, monospace; }
.summary { font-weight: bold; }
.findings { padding-left: 1.2em; }
.finding { margin: 0.8em 0; }
.severity { font: bold 0.8em sans-serif; text-transform: uppercase; padding: 0.1em 0.4em; border-radius: 3px; color: #fff; }
.error .severity { background: #b3261e; } .warning .severity { background: #a05a00; }
.details, .help, .sentences { margin: 0.2em 0 0.2em 1.2em; padding: 0; list-style: none; }
.help li::before { content: "help: "; font-weight: bold; }
.article { white-space: pre-wrap; overflow-wrap: anywhere; background: #fafafa; border: 1px solid #e3e3e3; padding: 1em; }
mark.figure { background: #fff1a8; border-radius: 2px; }
mark.figure.in-conflict { background: #ffc9c4; outline: 1px solid #b3261e; }
.sentence.error { text-decoration: underline wavy #b3261e; text-underline-offset: 3px; }
.sentence.warning { text-decoration: underline wavy #a05a00; text-underline-offset: 3px; }
.sentence:target { background: #e6f0ff; }
.back { font: 0.75em sans-serif; vertical-align: super; text-decoration: none; }
)";

// Text for HTML: markup characters escaped, bytes that are not UTF-8 shown
// as U+FFFD, carriage returns dropped (the line feed keeps the break).
void put_text(std::ostream& out, std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      switch (c) {
        case '&': out << "&amp;"; break;
        case '<': out << "&lt;"; break;
        case '>': out << "&gt;"; break;
        case '"': out << "&quot;"; break;
        case '\r': break;
        default: out << static_cast<char>(c);
      }
      ++i;
      continue;
    }
    utf8::Decoded d = utf8::decode(s, i);
    if (d.valid) out << s.substr(i, static_cast<size_t>(d.length));
    else out << "\xEF\xBF\xBD";
    i += static_cast<size_t>(d.length);
  }
}

std::string escaped(std::string_view s) {
  std::ostringstream out;
  put_text(out, s);
  return out.str();
}

// The first words of a sentence, for a link to it.
std::string opening(std::string_view raw) {
  constexpr size_t kChars = 70;
  std::string flat(raw);  // a sentence may run over lines
  for (char& c : flat) {
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  }
  std::string_view sentence = flat;
  size_t n = 0, i = 0;
  for (; i < sentence.size() && n < kChars; ++n) i += static_cast<size_t>(utf8::decode(sentence, i).length);
  if (i >= sentence.size()) return std::string(sentence);
  size_t space = sentence.rfind(' ', i);
  return std::string(sentence.substr(0, space != std::string_view::npos && space > 0 ? space : i)) + " …";
}

// What a figure's highlight says when hovered: the claim and what it allows.
std::string figure_title(const Claim& c, const QuantityLexicon* lex) {
  const Quantity& q = c.quantity;
  std::string title = c.id + ": " + std::string(kind_name(q.kind));
  if (lex && !q.strict.lo.infinite && !q.strict.hi.infinite) {
    title += ", " + format_like(q.strict.lo.value, q, *lex) + " to " + format_like(q.strict.hi.value, q, *lex);
  }
  return title;
}

// Tags to open and close at byte offsets of one file, properly nested:
// sentences of conflicts outside, figures inside.
struct Tag {
  size_t at;
  int order;  // at one offset: closing before opening; an outer tag opens first and closes last
  std::string text;
};

void write_file(std::ostream& out, const FileResult& r, const SourceFile& file, size_t index,
                const QuantityLexicon* lex) {
  std::string f = fmt::format("f{}", index + 1);
  out << fmt::format("<section class=\"file\" id=\"{}\">\n<h2>{}</h2>\n", f, escaped(r.path));

  // Each distinct conflicting sentence gets one anchor; a sentence in two
  // findings links back to both.
  std::map<std::pair<size_t, size_t>, std::string> sentence_id;
  std::map<std::pair<size_t, size_t>, std::vector<size_t>> sentence_findings;
  std::map<std::pair<size_t, size_t>, Severity> sentence_severity;
  for (size_t k = 0; k < r.findings.size(); ++k) {
    for (const Statement& st : r.findings[k].statements) {
      auto key = std::make_pair(st.start, st.end);
      if (!sentence_id.count(key)) sentence_id[key] = fmt::format("{}-s{}", f, sentence_id.size() + 1);
      sentence_findings[key].push_back(k);
      if (r.findings[k].severity == Severity::Error) sentence_severity[key] = Severity::Error;
      else sentence_severity.emplace(key, Severity::Warning);
    }
  }

  if (r.findings.empty()) {
    out << "<p class=\"clean\">No figures contradict each other.</p>\n";
  } else {
    out << "<ol class=\"findings\">\n";
    for (size_t k = 0; k < r.findings.size(); ++k) {
      const Finding& fd = r.findings[k];
      std::string sev(severity_name(fd.severity));
      out << fmt::format(
          "<li class=\"finding {}\" id=\"{}-k{}\"><span class=\"severity\">{}</span> {} <code>[{}]</code> "
          "<span class=\"where\">line {}, column {}</span>\n",
          sev, f, k + 1, sev, escaped(fd.message), escaped(fd.rule), fd.pos.line, fd.pos.column);
      out << "<ul class=\"details\">";
      for (const std::string& d : fd.details) out << "<li>" << escaped(d) << "</li>";
      out << "</ul>\n";
      if (!fd.help.empty()) {
        out << "<ul class=\"help\">";
        for (const std::string& h : fd.help) out << "<li>" << escaped(h) << "</li>";
        out << "</ul>\n";
      }
      out << "<ul class=\"sentences\">";
      for (const Statement& st : fd.statements) {
        out << fmt::format("<li>line {}: <a href=\"#{}\">{}</a></li>", st.pos.line, sentence_id[{st.start, st.end}],
                           escaped(opening(st.text)));
      }
      out << "</ul></li>\n";
    }
    out << "</ol>\n";
  }

  std::set<std::string> in_conflict;
  for (const Finding& fd : r.findings) in_conflict.insert(fd.claims.begin(), fd.claims.end());
  std::vector<Tag> tags;
  std::vector<std::pair<size_t, size_t>> sentences;
  for (const auto& [key, id] : sentence_id) {
    std::string sev(severity_name(sentence_severity[key]));
    std::string back;
    for (size_t k : sentence_findings[key]) {
      back += fmt::format("<a class=\"back\" href=\"#{}-k{}\" title=\"finding {}\">{}</a>", f, k + 1, k + 1, k + 1);
    }
    tags.push_back({key.first, 2, fmt::format("<span class=\"sentence {}\" id=\"{}\">", sev, id)});
    tags.push_back({key.second, 0, "</span>" + back});
    sentences.push_back(key);
  }
  // A figure that would straddle a marked sentence's edge is left plain, so
  // the tags always nest.
  std::sort(sentences.begin(), sentences.end());  // disjoint, so sorted by start and end alike
  auto straddles = [&](size_t a, size_t b) {
    // Only the sentences that start before b can have an edge inside (a, b).
    auto end = std::lower_bound(sentences.begin(), sentences.end(), std::make_pair(b, size_t{0}));
    for (auto it = end; it != sentences.begin();) {
      auto [s, e] = *--it;
      if ((a < s && b > s) || (a < e && b > e)) return true;
      if (e <= a) break;  // earlier sentences end before the figure
    }
    return false;
  };
  size_t last_end = 0;
  for (const Claim& c : r.claims.claims) {
    size_t a = c.quantity.start, b = c.quantity.end;
    if (b <= a || a < last_end || straddles(a, b)) continue;
    last_end = b;
    std::string cls = in_conflict.count(c.id) ? "figure in-conflict" : "figure";
    tags.push_back({a, 3, fmt::format("<mark class=\"{}\" id=\"{}-{}\" title=\"{}\">", cls, f, c.id,
                                      escaped(figure_title(c, lex)))});
    tags.push_back({b, 1, "</mark>"});
  }
  std::stable_sort(tags.begin(), tags.end(), [](const Tag& x, const Tag& y) {
    return x.at != y.at ? x.at < y.at : x.order < y.order;
  });

  std::string_view text = file.bytes();
  size_t from = file.content_start();
  out << "<div class=\"article\">";
  for (const Tag& t : tags) {
    size_t at = std::max(from, std::min(t.at, text.size()));
    put_text(out, text.substr(from, at - from));
    out << t.text;
    from = at;
  }
  put_text(out, text.substr(from));
  out << "</div>\n</section>\n";
}

}  // namespace

void write_html(std::ostream& out, const std::vector<FileResult>& results,
                const std::vector<const SourceFile*>& files, const QuantityLexicon* lexicon) {
  Summary s = summarize(results);
  std::string summary = fmt::format("{} conflict{} ({} error{}, {} warning{}) in {} file{}", s.conflicts,
                                    s.conflicts == 1 ? "" : "s", s.errors, s.errors == 1 ? "" : "s", s.warnings,
                                    s.warnings == 1 ? "" : "s", s.files, s.files == 1 ? "" : "s");
  out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      << "<title>claimcheck: " << summary << "</title>\n<style>" << kStyle << "</style>\n</head>\n<body>\n"
      << "<h1>claimcheck</h1>\n<p class=\"summary\">" << summary << "</p>\n";
  for (size_t i = 0; i < results.size() && i < files.size(); ++i) write_file(out, results[i], *files[i], i, lexicon);
  out << "</body>\n</html>\n";
}

}  // namespace cc
