#include <nlohmann/json.hpp>

#include <ostream>
#include <string>
#include <string_view>

#include "claims/keying.h"
#include "report/report.h"

namespace cc {
namespace {

using nlohmann::ordered_json;

ordered_json bound(const Bound& b) { return b.infinite ? ordered_json(nullptr) : ordered_json(b.value.to_double()); }

// Who, what, when and where the claim is about, each with how it was found
// (parts not found are left out), and its dimension.
ordered_json key_json(const Claim& c, const ClaimSet& set) {
  const MeasureKey& k = c.key;
  ordered_json j = ordered_json::object();
  const KeyLexicon* lex = set.key_lexicon;
  auto put = [&](const char* field, const std::string& value, KeySource from) {
    if (value.empty()) return;
    j[field] = value;
    j[std::string(field) + "_from"] = std::string(key_source_name(from));
  };
  if (k.entity >= 0) put("entity", set.entities[static_cast<size_t>(k.entity)], k.entity_from);
  if (lex && k.measure >= 0) put("measure", lex->measures[static_cast<size_t>(k.measure)].name, k.measure_from);
  put("time", k.time.str(), k.time_from);
  if (lex && k.place >= 0) put("place", lex->place_names[static_cast<size_t>(k.place)], k.place_from);
  // what can be added to what: the kind and, for money and counts, the unit
  std::string dimension(kind_name(c.quantity.kind));
  if (!c.quantity.unit.empty()) dimension += " " + c.quantity.unit;
  j["dimension"] = dimension;
  return j;
}

ordered_json claim_json(const Claim& c, const ClaimSet& set, Position pos, Position end) {
  ordered_json j;
  j["id"] = c.id;
  j.update(quantity_json(c.quantity, pos, end));
  if (set.key_lexicon) j["key"] = key_json(c, set);
  return j;
}

}  // namespace

ordered_json quantity_json(const Quantity& q, Position pos, Position end) {
  ordered_json j;
  j["text"] = q.text;
  j["start"] = q.start;
  j["end"] = q.end;
  j["line"] = pos.line;
  j["column"] = pos.column;
  j["end_line"] = end.line;
  j["end_column"] = end.column;
  j["kind"] = std::string(kind_name(q.kind));
  j["value"] = q.value.to_double();
  j["low"] = bound(q.strict.lo);
  j["high"] = bound(q.strict.hi);
  j["low_open"] = q.strict.lo.open;
  j["high_open"] = q.strict.hi.open;
  j["unit"] = q.unit;
  j["scale"] = q.scale.to_double();
  j["hedge"] = std::string(hedge_symbol(q.hedge));
  if (q.change != Change::None) j["change"] = std::string(change_name(q.change));
  return j;
}

namespace {

// Everything of a file's entry after its claims.
ordered_json file_tail_json(const FileResult& r) {
  ordered_json f;
  f["conflicts"] = ordered_json::array();
  for (const Finding& fd : r.findings) {
    ordered_json c;
    c["id"] = fd.id;
    c["severity"] = std::string(severity_name(fd.severity));
    c["relation"] = fd.relation;
    c["rule"] = fd.rule;
    c["message"] = fd.message;
    c["details"] = fd.details;
    c["statements"] = ordered_json::array();
    for (const Statement& s : fd.statements) {
      c["statements"].push_back(
          {{"start", s.start}, {"end", s.end}, {"line", s.pos.line}, {"column", s.pos.column}, {"text", s.text}});
    }
    c["claims"] = fd.claims;
    c["repair"] = ordered_json::array();
    for (size_t k = 0; k < fd.repairs.size(); ++k) {
      const Repair& rep = fd.repairs[k];
      ordered_json jr;
      jr["claim"] = r.claims.claims[static_cast<size_t>(rep.claim)].id;
      jr["at_least"] = rep.at_least ? ordered_json(*rep.at_least) : ordered_json(nullptr);
      jr["at_most"] = rep.at_most ? ordered_json(*rep.at_most) : ordered_json(nullptr);
      c["repair"].push_back(jr);
    }
    c["help"] = fd.help;
    f["conflicts"].push_back(c);
  }
  f["undetermined"] = ordered_json::array();
  for (const Undetermined& u : r.undetermined) {
    ordered_json ju;
    ju["claims"] = ordered_json::array();
    for (int k : u.claims) ju["claims"].push_back(r.claims.claims[static_cast<size_t>(k)].id);
    ju["reason"] = u.reason;
    f["undetermined"].push_back(ju);
  }
  f["warnings"] = ordered_json::array();
  for (const TextWarning& w : r.warnings) f["warnings"].push_back({{"offset", w.offset}, {"message", w.message}});
  return f;
}

// Indented like the rest of the output; bytes that are not UTF-8 (a file
// name, say) become U+FFFD rather than stopping the report.
std::string pretty(const ordered_json& j) { return j.dump(2, ' ', false, ordered_json::error_handler_t::replace); }

// `text` (a value dumped with indent 2) placed `prefix` deep. JSON strings
// hold no raw line breaks, so every one of them starts a line.
void put_indented(std::ostream& out, const std::string& text, std::string_view prefix) {
  size_t from = 0;
  for (size_t nl = text.find('\n'); nl != std::string::npos; nl = text.find('\n', from)) {
    out.write(text.data() + from, static_cast<std::streamsize>(nl + 1 - from));
    out << prefix;
    from = nl + 1;
  }
  out.write(text.data() + from, static_cast<std::streamsize>(text.size() - from));
}

// One file's entry, exactly as pretty(file_json(r)) placed `prefix` deep,
// written a claim at a time so that a long document's claims are never all
// held as JSON at once.
void write_file(std::ostream& out, const FileResult& r, const std::string& prefix) {
  std::string p2 = prefix + "  ", p4 = p2 + "  ";
  out << "{\n" << p2 << "\"path\": " << pretty(ordered_json(r.path)) << ",\n" << p2 << "\"claims\": ";
  if (r.claims.claims.empty()) {
    out << "[]";
  } else {
    out << "[";
    for (size_t i = 0; i < r.claims.claims.size(); ++i) {
      out << (i ? ",\n" : "\n") << p4;
      put_indented(out, pretty(claim_json(r.claims.claims[i], r.claims, r.claim_positions[i], r.claim_ends[i])), p4);
    }
    out << "\n" << p2 << "]";
  }
  ordered_json tail = file_tail_json(r);
  for (const auto& [key, value] : tail.items()) {
    out << ",\n" << p2 << pretty(ordered_json(key)) << ": ";
    put_indented(out, pretty(value), p2);
  }
  out << "\n" << prefix << "}";
}

}  // namespace

ordered_json file_json(const FileResult& r) {
  ordered_json f;
  f["path"] = r.path;
  f["claims"] = ordered_json::array();
  for (size_t i = 0; i < r.claims.claims.size(); ++i) {
    f["claims"].push_back(claim_json(r.claims.claims[i], r.claims, r.claim_positions[i], r.claim_ends[i]));
  }
  f.update(file_tail_json(r));
  return f;
}

void JsonWriter::file(const FileResult& r) {
  if (files_ == 0) out_ << "{\n  \"version\": 1,\n  \"files\": [";
  out_ << (files_ ? ",\n" : "\n") << "    ";
  write_file(out_, r, "    ");
  add_to_summary(summary_, r);
  ++files_;
}

void JsonWriter::finish() {
  if (files_ == 0) out_ << "{\n  \"version\": 1,\n  \"files\": []";
  else out_ << "\n  ]";
  const Summary& s = summary_;
  ordered_json summary = {{"files", s.files},     {"claims", s.claims},     {"conflicts", s.conflicts},
                          {"errors", s.errors},   {"warnings", s.warnings}, {"undetermined", s.undetermined},
                          {"suppressed", s.suppressed}, {"baselined", s.baselined}};
  out_ << ",\n  \"summary\": ";
  put_indented(out_, pretty(summary), "  ");
  out_ << "\n}\n";
}

void write_json(std::ostream& out, const std::vector<FileResult>& results) {
  JsonWriter w(out);
  for (const FileResult& r : results) w.file(r);
  w.finish();
}

}  // namespace cc
