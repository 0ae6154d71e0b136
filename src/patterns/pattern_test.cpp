#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "patterns/pattern.h"
#include "quantity/token.h"

namespace cc {
namespace {

// Items from a compact text: "#money" etc. is a figure of that kind (its id
// its position), "|" a sentence break, anything else tokens.
std::vector<Item> items(const std::string& text, std::vector<std::string>& store) {
  std::vector<Item> out;
  store.clear();
  store.reserve(text.size());
  size_t pos = 0;
  while (pos < text.size()) {
    size_t end = text.find(' ', pos);
    if (end == std::string::npos) end = text.size();
    std::string w = text.substr(pos, end - pos);
    pos = end + 1;
    if (w.empty()) continue;
    if (w == "|") {
      out.push_back({ItemKind::Break, QuantityKind::Number, -1, {}});
    } else if (w[0] == '#') {
      QuantityKind k = w == "#money" ? QuantityKind::Money : w == "#percent" ? QuantityKind::Percent : QuantityKind::Count;
      out.push_back({ItemKind::Figure, k, static_cast<int32_t>(out.size()), {}});
    } else {
      store.push_back(w);
      for (const Token& t : tokenize(store.back())) {
        out.push_back({t.kind == TokenKind::Punct ? ItemKind::Punct : ItemKind::Word, QuantityKind::Number, -1,
                       std::string_view(store.back()).substr(t.begin, t.end - t.begin)});
      }
    }
  }
  return out;
}

// "begin-end" of each match, and its captured figures: "0-3[0,2]".
std::string run(const std::string& pattern, const std::string& text, const WordClasses& words = {}) {
  PatternSet set;
  set.add(pattern, words, {});
  std::vector<std::string> store;
  std::vector<Item> in = items(text, store);
  Matcher m(set);
  std::vector<PatternMatch> out;
  for (const Item& it : in) m.feed(it, out);
  m.finish(out);
  std::string s;
  for (const PatternMatch& pm : out) {
    if (!s.empty()) s += " ";
    s += std::to_string(pm.begin) + "-" + std::to_string(pm.end) + "[";
    for (size_t k = 0; k < set.captures(pm.pattern).size(); ++k) s += (k ? "," : "") + std::to_string(pm.figures[k]);
    s += "]";
  }
  return s;
}

PatternError error_of(const std::string& pattern, const WordClasses& words = {}) {
  PatternSet set;
  try {
    set.add(pattern, words, {});
  } catch (const PatternError& e) {
    return e;
  }
  return {0, "no error"};
}

}  // namespace

TEST_CASE("literals match whole tokens, ignoring case", "[patterns]") {
  CHECK(run("the rest", "to Nvidia , The Rest to others") == "3-5[]");
  CHECK(run("the rest", "the restaurant") == "");
  CHECK(run("per-cent", "60 per-cent") == "1-4[]");
}

TEST_CASE("figures by kind, captured by role", "[patterns]") {
  CHECK(run("{a:money} , {b:percent}", "#money , #percent") == "0-3[0,2]");
  CHECK(run("{a:money} , {b:percent}", "#percent , #money") == "");
  CHECK(run("{a:money|percent} of {count}", "#percent of #count") == "0-3[0]");
  CHECK(run("{a:any} x", "#count x") == "0-2[0]");
}

TEST_CASE("optional parts are taken when they can be", "[patterns]") {
  CHECK(run("{a:money} [and {b:money}]", "#money and #money") == "0-3[0,2]");
  CHECK(run("{a:money} [and {b:money}]", "#money and more") == "0-1[0,-1]");
  CHECK(run("{a:money} x?", "#money x") == "0-2[0]");
  CHECK(run("led by ~3 {p:money} [~3 and ~3 {p:money}]", "led by Microsoft 's #money and Amazon 's #money .") ==
        "0-11[5,10]");  // "'s" is two tokens
}

TEST_CASE("gaps skip few words, never a figure or a sentence break", "[patterns]") {
  CHECK(run("{a:money} ~3 rest", "#money to A , rest") == "0-5[0]");
  CHECK(run("{a:money} ~3 rest", "#money to A , B rest") == "");
  CHECK(run("{a:money} ~3 rest", "#money #money rest") == "1-3[1]");
  CHECK(run("{a:money} ~5 rest", "#money to | rest") == "");
  CHECK(run("{a:money} ~5 <next> ~2 rest", "#money to | the rest") == "0-5[0]");
  CHECK(run("a _ c", "a b c a , c a #money c") == "0-3[] 3-6[]");
}

TEST_CASE("alternatives, word classes and regexes", "[patterns]") {
  WordClasses words = {{"most", {"most", "most of them", "the bulk of them"}}};
  CHECK(run("{w:count} , @most {p:count}", "#count , the bulk of them #count", words) == "0-7[0,6]");
  CHECK(run("{w:count} , @most {p:count}", "#count , most of them #count", words) == "0-6[0,5]");
  CHECK(run("(rose|climbed) to {n:money}", "sales climbed to #money") == "1-4[3]");
  CHECK(run("/ship(s|ped|ments)?/ rose", "shipments rose but shipping rose and Ships rose") == "0-2[]");
  CHECK(run("/(?i)ship(s|ped|ments)?/ rose", "shipments rose but shipping rose and Ships rose") == "0-2[] 6-8[]");
}

TEST_CASE("gaps step over minor figures only", "[patterns]") {
  PatternSet set;
  set.add("{a:money} ~4 , double", {}, {});
  std::vector<Item> in = {{ItemKind::Figure, QuantityKind::Money, 0, {}},
                          {ItemKind::Word, QuantityKind::Number, -1, "for"},
                          {ItemKind::Figure, QuantityKind::Number, 2, "three", true},
                          {ItemKind::Word, QuantityKind::Number, -1, "months"},
                          {ItemKind::Punct, QuantityKind::Number, -1, ","},
                          {ItemKind::Word, QuantityKind::Number, -1, "double"}};
  auto count = [&](bool minor) {
    in[2].minor = minor;
    Matcher m(set);
    std::vector<PatternMatch> out;
    for (const Item& it : in) m.feed(it, out);
    m.finish(out);
    return out.size();
  };
  CHECK(count(true) == 1);
  CHECK(count(false) == 0);
}

TEST_CASE("negated tokens", "[patterns]") {
  WordClasses words = {{"change", {"increase", "rise", "drop in"}}};
  CHECK(run("the {b:money} !@change", "the #money rise", words) == "");
  CHECK(run("the {b:money} !@change", "the #money drop", words) == "");  // the first word of "drop in"
  CHECK(run("the {b:money} !@change", "the #money in", words) == "0-3[1]");
  CHECK(run("the {b:money} !@change", "the #money .", words) == "0-3[1]");
  CHECK(run("the {b:money} !@change", "the #money", words) == "");  // a token is needed
  CHECK(run("the {b:money} !@change", "the #money #money", words) == "");  // not a figure
  CHECK(run("x !\",\" y", "x , y x z y") == "3-6[]");
  CHECK(error_of("a !per-cent").message.find("one token") != std::string::npos);
}

TEST_CASE("matches are leftmost and do not overlap", "[patterns]") {
  CHECK(run("x ~3 y", "x x y") == "0-3[]");
  CHECK(run("{a:money} ~4 rest", "#money x #money rest") == "2-4[2]");  // no gap over a figure
  CHECK(run("x x", "x x x x x") == "0-2[] 2-4[]");
  // Pending matches of one pattern and a later one both survive.
  CHECK(run("a [~3 z]", "a b a c") == "0-1[] 2-3[]");
}

TEST_CASE("matching stays linear on inputs that blow up backtracking", "[patterns]") {
  // (a?){n} a{n} style: a backtracking matcher takes exponential time here.
  std::string pattern, text;
  for (int i = 0; i < 20; ++i) pattern += "a? ";
  for (int i = 0; i < 20; ++i) pattern += "a ";
  for (int i = 0; i < 20; ++i) text += "a ";
  CHECK(run(pattern, text) == "0-20[]");
  // Many overlapping starts with long gaps: every thread merges into one per state.
  std::string many;
  for (int i = 0; i < 20000; ++i) many += "x ";
  CHECK(run("x ~50 ~50 y", many) == "");
}

TEST_CASE("bad patterns say what and where", "[patterns]") {
  CHECK(error_of("{part:mony}").offset == 6);
  CHECK(error_of("{part:mony}").message == "unknown figure kind 'mony' (did you mean 'money'?)");
  CHECK(error_of("the (rest").offset == 4);
  CHECK(error_of("the (rest").message == "'(' is not closed");
  CHECK(error_of("a | | b").message == "empty alternative");
  CHECK(error_of("[a] b?").message.find("can match without a token") != std::string::npos);
  CHECK(error_of("a ~99 b").message == "a gap of at most 50 words");
  CHECK(error_of("/(/").message.find("bad regular expression") == 0);
  CHECK(error_of("@mots", {{"most", {"most"}}}).message == "unknown word class '@mots' (did you mean 'most'?)");
  CHECK(error_of("a <nxt>").offset == 2);
  CHECK(error_of("{a:money} {b:money} {c:money} {d:money} {e:money} {f:money} {g:money} {h:money} {i:money}").offset ==
        80);
}

}  // namespace cc
