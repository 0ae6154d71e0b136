#include "quantity/number.h"

#include <string>
#include <vector>

namespace cc {
namespace {

std::vector<std::string_view> split(std::string_view s, char sep) {
  std::vector<std::string_view> parts;
  size_t from = 0;
  for (size_t i = 0; i <= s.size(); ++i) {
    if (i == s.size() || s[i] == sep) {
      parts.push_back(s.substr(from, i - from));
      from = i + 1;
    }
  }
  return parts;
}

// "1,700,000" or Indian "1,20,00,000": a valid grouping of an integer.
bool valid_grouping(const std::vector<std::string_view>& g) {
  if (g.size() < 2 || g[0].empty() || g[0].size() > 3) return false;
  if (g.back().size() != 3) return false;
  bool all3 = true, indian = true;
  for (size_t i = 1; i + 1 < g.size(); ++i) {
    all3 = all3 && g[i].size() == 3;
    indian = indian && g[i].size() == 2;
  }
  if (indian && g.size() > 2 && g[0].size() > 2) indian = false;
  return all3 || indian;
}

}  // namespace

std::optional<Numeral> parse_numeral(std::string_view s) {
  if (size_t e = s.find_first_of("eE"); e != std::string_view::npos) {
    // "1.3e6": the digits times a power of ten.
    std::optional<Numeral> n = parse_numeral(s.substr(0, e));
    std::string_view p = s.substr(e + 1);
    bool minus = !p.empty() && p[0] == '-';
    if (!p.empty() && (p[0] == '-' || p[0] == '+')) p.remove_prefix(1);
    if (!n || p.empty() || p.size() > 2) return std::nullopt;
    int k = 0;
    for (char c : p) k = k * 10 + (c - '0');
    if (minus) k = -k;
    if (k > 15 || k < -12) return std::nullopt;  // beyond any amount in prose, and beyond exact arithmetic
    n->value = n->value * Decimal::from_parts(1, k);
    n->exponent += k;
    n->grouped = false;
    n->int_digits = 0;
    return n;
  }
  if (s.find('_') != std::string_view::npos) {
    // "1_234_567.89": groups set apart by thin spaces (normalize writes them '_').
    std::string joined;
    size_t at = s.find_first_of(".,");
    std::string_view int_part = s.substr(0, at);
    auto groups = split(int_part, '_');
    if (groups[0].empty() || groups[0].size() > 3) return std::nullopt;
    for (size_t g = 1; g < groups.size(); ++g) {
      if (groups[g].size() != 3) return std::nullopt;
    }
    for (auto g : groups) joined += g;
    std::string_view rest = at == std::string_view::npos ? std::string_view() : s.substr(at);
    if (!rest.empty() && (rest.size() < 2 || rest.find_first_of(".,_", 1) != std::string_view::npos)) return std::nullopt;
    std::optional<Numeral> n = parse_numeral(joined + (rest.empty() ? "" : "." + std::string(rest.substr(1))));
    if (!n) return std::nullopt;
    n->grouped = true;
    n->int_digits = static_cast<int>(joined.size());
    if (rest.empty()) {
      int zeros = 0;
      for (size_t i = joined.size(); i > 1 && joined[i - 1] == '0'; --i) ++zeros;
      n->exponent = zeros;
    }
    return n;
  }
  size_t commas = 0, dots = 0;
  for (char c : s) {
    commas += c == ',';
    dots += c == '.';
  }
  std::string int_part, frac_part;
  bool grouped = false;
  auto join = [](const std::vector<std::string_view>& parts) {
    std::string out;
    for (auto p : parts) out += p;
    return out;
  };
  if (commas && dots) {
    char dec = s.rfind(',') > s.rfind('.') ? ',' : '.';
    char grp = dec == ',' ? '.' : ',';
    size_t at = s.rfind(dec);
    auto groups = split(s.substr(0, at), grp);
    if (s.substr(0, at).find(dec) != std::string_view::npos || !valid_grouping(groups)) return std::nullopt;
    int_part = join(groups);
    frac_part = std::string(s.substr(at + 1));
    grouped = true;
  } else if (commas) {
    auto groups = split(s, ',');
    if (valid_grouping(groups)) {
      int_part = join(groups);
      grouped = true;
    } else if (commas == 1 && groups[1].size() != 3) {
      int_part = std::string(groups[0]);  // decimal comma: "27,50", "1,5"
      frac_part = std::string(groups[1]);
    } else {
      return std::nullopt;
    }
  } else if (dots) {
    auto groups = split(s, '.');
    if (dots == 1) {
      int_part = groups[0].empty() ? std::string("0") : std::string(groups[0]);  // ".77"
      frac_part = std::string(groups[1]);
    } else if (valid_grouping(groups)) {
      int_part = join(groups);
      grouped = true;
    } else {
      return std::nullopt;  // "1.2.3": a version or a date
    }
  } else {
    int_part = std::string(s);
  }
  Numeral n;
  std::optional<Decimal> v = Decimal::parse(frac_part.empty() ? int_part : int_part + "." + frac_part);
  if (!v) return std::nullopt;
  n.value = *v;
  n.grouped = grouped;
  n.int_digits = static_cast<int>(int_part.size());
  n.leading_zero = int_part.size() > 1 && int_part[0] == '0' && frac_part.empty();
  if (!frac_part.empty()) {
    n.exponent = -static_cast<int>(frac_part.size());
  } else if (grouped) {
    int zeros = 0;
    for (size_t i = int_part.size(); i > 1 && int_part[i - 1] == '0'; --i) ++zeros;
    n.exponent = zeros;
  }
  return n;
}

}  // namespace cc
