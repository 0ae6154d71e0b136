#include "text/dateline.h"

#include <array>
#include <cctype>
#include <string>

namespace cc {

namespace {

bool digit(char c) { return c >= '0' && c <= '9'; }

char lower_char(char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); }

// "2025-05-14", "2025/05/14", "2025-05", "2025-05-14T08:00:00Z" at the start of v.
PublicationDate iso_date(std::string_view v) {
  PublicationDate d;
  if (v.size() < 4 || !digit(v[0]) || !digit(v[1]) || !digit(v[2]) || !digit(v[3])) return d;
  if (v.size() > 4 && digit(v[4])) return d;
  int year = std::stoi(std::string(v.substr(0, 4)));
  if (year < 1900 || year > 2099) return d;
  d.year = year;
  if (v.size() >= 7 && (v[4] == '-' || v[4] == '/') && digit(v[5]) && digit(v[6])) {
    int month = (v[5] - '0') * 10 + (v[6] - '0');
    if (month >= 1 && month <= 12) d.month = month;
  }
  return d;
}

// "14 May 2025", "May 14, 2025", "March 2025": a month name and a year,
// both in the first few words of v.
PublicationDate written_date(std::string_view v) {
  static const std::array<std::string_view, 12> kMonths = {"jan", "feb", "mar", "apr", "may", "jun",
                                                           "jul", "aug", "sep", "oct", "nov", "dec"};
  PublicationDate d;
  int month = 0;
  size_t words = 0;
  for (size_t i = 0; i < v.size() && words < 8;) {
    while (i < v.size() && !std::isalnum(static_cast<unsigned char>(v[i]))) ++i;
    size_t start = i;
    while (i < v.size() && std::isalnum(static_cast<unsigned char>(v[i]))) ++i;
    if (start == i) break;
    ++words;
    std::string_view w = v.substr(start, i - start);
    if (w.size() == 4 && digit(w[0])) {
      PublicationDate y = iso_date(w);
      if (y.year && month) {
        y.month = month;
        return y;
      }
    } else if (w.size() >= 3 && !digit(w[0])) {
      std::string l;
      for (char c : w.substr(0, 3)) l += lower_char(c);
      for (size_t m = 0; m < kMonths.size(); ++m) {
        if (l == kMonths[m]) month = static_cast<int>(m) + 1;
      }
    }
  }
  return d;
}

// The value of a "date:"-like key in front matter, or "" when absent.
PublicationDate front_matter_date(std::string_view bytes) {
  size_t start = bytes.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
  if (bytes.substr(start, 3) != "---") return {};
  size_t pos = bytes.find('\n', start);
  while (pos != std::string_view::npos && pos + 1 < bytes.size()) {
    size_t next = bytes.find('\n', pos + 1);
    std::string_view line = bytes.substr(pos + 1, (next == std::string_view::npos ? bytes.size() : next) - pos - 1);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line == "---" || line == "...") break;
    for (std::string_view key : {"date:", "published:", "pubdate:", "publish_date:", "published_at:", "created:"}) {
      if (line.size() > key.size() && line.substr(0, key.size()) == key) {
        std::string_view v = line.substr(key.size());
        while (!v.empty() && (v.front() == ' ' || v.front() == '"' || v.front() == '\'')) v.remove_prefix(1);
        PublicationDate d = iso_date(v);
        if (!d.year) d = written_date(v);
        if (d.year) return d;
      }
    }
    pos = next;
  }
  return {};
}

std::string lowered(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) out += lower_char(c);
  return out;
}

// <meta property="article:published_time" content="2025-05-14..."> or
// <time datetime="2025-05-14">, the first one in the page.
PublicationDate html_date(std::string_view bytes) {
  std::string page = lowered(bytes.substr(0, 200000));
  for (std::string_view marker : {"article:published_time", "\"date\"", "\"pubdate\"", "dc.date", "datepublished", "<time "}) {
    size_t at = page.find(marker);
    if (at == std::string::npos) continue;
    size_t end = page.find('>', at);
    size_t tag = page.rfind('<', at);
    if (end == std::string::npos || tag == std::string::npos) continue;
    std::string_view element = std::string_view(page).substr(tag, end - tag);
    for (std::string_view attr : {"content=\"", "datetime=\"", "content='", "datetime='"}) {
      size_t a = element.find(attr);
      if (a == std::string_view::npos) continue;
      PublicationDate d = iso_date(element.substr(a + attr.size()));
      if (d.year) return d;
    }
    if (marker == "datepublished") {  // JSON-LD: "datePublished": "2025-05-14"
      size_t q = page.find('"', page.find(':', at));
      if (q != std::string::npos) {
        PublicationDate d = iso_date(std::string_view(page).substr(q + 1));
        if (d.year) return d;
      }
    }
  }
  return {};
}

// A line of its own among the first five that is only a date ("14 May
// 2025", "Published: 2025-05-14", "Updated May 14, 2025 10:02 GMT").
PublicationDate text_dateline(std::string_view bytes) {
  size_t pos = 0;
  for (int line = 0; line < 5 && pos < bytes.size(); ++line) {
    size_t next = bytes.find('\n', pos);
    std::string_view l = bytes.substr(pos, (next == std::string_view::npos ? bytes.size() : next) - pos);
    pos = next == std::string_view::npos ? bytes.size() : next + 1;
    if (l.size() > 60) continue;
    std::string lw = lowered(l);
    size_t skip = 0;
    for (std::string_view lead : {"published:", "published", "updated:", "updated", "date:", "posted:", "posted"}) {
      if (lw.compare(0, lead.size(), lead) == 0) {
        skip = lead.size();
        break;
      }
    }
    std::string_view rest = l.substr(skip);
    while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
    PublicationDate d = iso_date(rest);
    if (!d.year) d = written_date(rest);
    if (d.year) return d;
  }
  return {};
}

}  // namespace

PublicationDate publication_date(std::string_view bytes, InputType type) {
  switch (type) {
    case InputType::Markdown: {
      PublicationDate d = front_matter_date(bytes);
      return d.year ? d : text_dateline(bytes);
    }
    case InputType::Text: return text_dateline(bytes);
    case InputType::Html: return html_date(bytes);
  }
  return {};
}

}  // namespace cc
