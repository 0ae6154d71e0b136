#include "claims/key_links.h"

#include <algorithm>
#include <cstdlib>

#include <fmt/format.h>

#include "claims/keying.h"

namespace cc {

namespace {

bool stated(KeySource s, KeySource at_least) { return s >= at_least; }

// Two periods that cannot be the same figure's: different years (or
// different relative years), or the same year cut differently ("2025" and
// "2025-Q1") when `full`. A relative year in an undated article against a
// calendar year says nothing.
bool times_differ(const TimeScope& a, const TimeScope& b, bool full) {
  if (!a.known() || !b.known()) return false;
  bool a_year = a.year != 0, b_year = b.year != 0;
  if (a_year != b_year) return false;
  if (a_year ? a.year != b.year : a.offset != b.offset) {
    // fiscal years straddle calendar ones: FY2025 may hold 2024's months
    if ((a.period == 'F') != (b.period == 'F')) return a_year && std::abs(a.year - b.year) > 1;
    return true;
  }
  return full && !(a == b);
}

// Which key parts a family's members must share, between which roles.
struct FamilyCheck {
  std::string_view family;
  std::string_view fields;
  bool whole_part;  // compare each part with the whole only
};

const FamilyCheck* check_for(const std::string& family) {
  static const FamilyCheck kChecks[] = {
      {"restatement", "emtp", false},
      {"change", "emp", false},
      {"partition", "y", true},
      {"combined", "y", true},
      {"share", "y", true},
      {"majority", "y", true},
      {"component", "y", true},
      {"list_total", "y", true},
      {"ordering", "m", false},
      {"multiplier", "m", false},
      {"difference", "m", false},
  };
  for (const FamilyCheck& c : kChecks) {
    if (c.family == family) return &c;
  }
  return nullptr;
}

bool whole_role(const std::string& role) { return role == "total" || role == "whole"; }
bool level_role(const std::string& role) {
  return role != "change" && role != "rate" && role != "percent" && role != "points" && role != "factor" &&
         role != "gap" && role != "margin";
}

std::string agreement(const MeasureKey& a, const MeasureKey& b, const ClaimSet& set, const KeyLexicon& lex) {
  std::string out;
  auto add = [&](const std::string& s) { out += (out.empty() ? "" : ", ") + s; };
  if (a.entity >= 0 && a.entity == b.entity && stated(a.entity_from, KeySource::Reference) &&
      stated(b.entity_from, KeySource::Reference)) {
    add("entity " + set.entities[static_cast<size_t>(a.entity)]);
  }
  if (a.measure >= 0 && a.measure == b.measure) add("measure " + lex.measures[static_cast<size_t>(a.measure)].name);
  if (a.time.known() && a.time == b.time && stated(a.time_from, KeySource::Sentence) &&
      stated(b.time_from, KeySource::Sentence)) {
    add("time " + a.time.str());
  }
  if (a.place >= 0 && a.place == b.place) add("place " + lex.place_names[static_cast<size_t>(a.place)]);
  return out;
}

}  // namespace

std::string key_clash(const MeasureKey& a, const MeasureKey& b, std::string_view fields, const ClaimSet& set,
                      const KeyLexicon& lex) {
  for (char f : fields) {
    switch (f) {
      case 'e':
        if (a.entity >= 0 && b.entity >= 0 && a.entity != b.entity && stated(a.entity_from, KeySource::Reference) &&
            stated(b.entity_from, KeySource::Reference)) {
          return fmt::format("entity {} vs {}", set.entities[static_cast<size_t>(a.entity)],
                             set.entities[static_cast<size_t>(b.entity)]);
        }
        break;
      case 'm':
        if (a.measure_from >= KeySource::Clause && b.measure_from >= KeySource::Clause &&
            !lex.measures_agree(a.measure, b.measure)) {
          return fmt::format("measure {} vs {}", lex.measures[static_cast<size_t>(a.measure)].name,
                             lex.measures[static_cast<size_t>(b.measure)].name);
        }
        break;
      case 't':
      case 'y':
        if (stated(a.time_from, KeySource::Clause) && stated(b.time_from, KeySource::Clause) &&
            times_differ(a.time, b.time, f == 't')) {
          return fmt::format("time {} vs {}", a.time.str(), b.time.str());
        }
        break;
      case 'p':
        if (a.place_from >= KeySource::Clause && b.place_from >= KeySource::Clause && !lex.places_agree(a.place, b.place)) {
          return fmt::format("place {} vs {}", lex.place_names[static_cast<size_t>(a.place)],
                             lex.place_names[static_cast<size_t>(b.place)]);
        }
        break;
      default:
        break;
    }
  }
  return "";
}

void weigh_links(ClaimContext& ctx, const KeyLexicon& lex) {
  ClaimSet& set = ctx.set;
  for (Relation& r : set.relations) {
    const FamilyCheck* check = check_for(r.family);
    if (!check) continue;
    auto key = [&](size_t m) -> const MeasureKey& { return ctx.key(r.members[m]); };
    auto id = [&](size_t m) -> const std::string& { return set.claims[static_cast<size_t>(r.members[m])].id; };
    std::string clash, agree;
    bool across = false;
    for (size_t i = 0; i < r.members.size() && clash.empty(); ++i) {
      for (size_t j = i + 1; j < r.members.size() && clash.empty(); ++j) {
        const std::string &ri = r.roles[i], &rj = r.roles[j];
        if (check->whole_part ? whole_role(ri) == whole_role(rj) : !(level_role(ri) && level_role(rj))) continue;
        if (set.claims[static_cast<size_t>(r.members[i])].sentence != set.claims[static_cast<size_t>(r.members[j])].sentence) {
          across = true;
        }
        std::string c = key_clash(key(i), key(j), check->fields, set, lex);
        if (!c.empty()) {
          clash = fmt::format("{} ({} {}, {} {})", c, ri, id(i), rj, id(j));
        } else if (agree.empty()) {
          agree = agreement(key(i), key(j), set, lex);
        }
      }
    }
    std::string note;
    if (!clash.empty()) {
      r.confidence = std::min(r.confidence, kKeyClashConfidence);
      note = "keys differ: " + clash;
    } else if (!agree.empty()) {
      note = "keys agree: " + agree;
    } else if (across && r.evidence.empty()) {
      r.confidence = std::min(r.confidence, kUnkeyedConfidence);
      note = "keys: nothing stated in common";
    }
    if (!note.empty()) r.evidence += (r.evidence.empty() ? "" : "; ") + note;
  }
}

}  // namespace cc
