#include <catch2/catch.hpp>

#include "claims/key_links.h"
#include "claims/keying.h"
#include "pipeline_fixture.h"

namespace {

// The key of the claim whose text is `figure` in `text`, as explain prints it.
std::string key_of(const std::string& text, const std::string& figure) {
  const cc::Pipeline& p = cc::test::pipeline();
  cc::SourceFile f("t.md", text);
  cc::ClaimSet set = p.claims(p.read(f));
  for (const cc::Claim& c : set.claims) {
    if (c.quantity.text == figure) return cc::key_text(c.key, set, p.keys());
  }
  return "no claim " + figure;
}

const cc::Relation* find(const cc::ClaimSet& set, const std::string& family) {
  for (const cc::Relation& r : set.relations) {
    if (r.family == family) return &r;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("entity: possessive, clause subject, and references back") {
  std::string t = "ByteDance plans to spend more than $12bn this year. The company budgeted Rmb40bn for chips. "
                  "Microsoft's $31bn led the market.";
  CHECK(key_of(t, "more than $12bn").find("entity ByteDance,") == 0);
  CHECK(key_of(t, "Rmb40bn").find("entity ByteDance (reference)") == 0);
  CHECK(key_of(t, "$31bn").find("entity Microsoft,") == 0);
  // "Elon Musk's xAI": the owner is not the subject
  CHECK(key_of("Elon Musk's xAI is seeking to raise $10bn.", "$10bn").find("entity xAI") == 0);
  // a source or a rival is not the subject: the figure is Tencent's
  CHECK(key_of("According to Kestrel, Tencent bought 140,000 chips.", "140,000").find("entity Tencent") == 0);
  // "Alibaba Group Holding" and a later "Alibaba" are one entity
  std::string a = "Alibaba Group Holding will invest Rmb380bn. Alibaba spent Rmb77bn last year.";
  CHECK(key_of(a, "Rmb77bn").find("entity Alibaba,") == 0);  // suffixes dropped
}

TEST_CASE("a sentence's first word is a name only when the document says so") {
  // "Revenue" is a measure word, never a name
  CHECK(key_of("Revenue rose to $10bn.", "$10bn").find("entity") == std::string::npos);
  // a dateline is no name
  CHECK(key_of("BEIJING, March 5 (Reuters) - Output rose 5 per cent.", "5 per cent").find("entity") == std::string::npos);
  // "Hangzhou-based" is an adjective
  CHECK(key_of("The Hangzhou-based group spent Rmb77bn.", "Rmb77bn").find("Hangzhou") == std::string::npos);
}

TEST_CASE("time: years, quarters, fiscal years and relative years against the front matter date") {
  std::string dated = "---\ndate: 2025-05-14\n---\nThe group will spend $12bn this year, up from $10bn last year.\n";
  CHECK(key_of(dated, "$12bn").find("time 2025") != std::string::npos);
  CHECK(key_of(dated, "$10bn").find("time 2024") != std::string::npos);
  std::string undated = "The group will spend $12bn this year, up from $10bn last year.";
  CHECK(key_of(undated, "$12bn").find("time this year") != std::string::npos);
  CHECK(key_of("Revenue rose 16 per cent to $10.2bn in the fourth quarter of 2024.", "$10.2bn").find("time 2024-Q4") !=
        std::string::npos);
  CHECK(key_of("Sony expects profit of ¥1.28tn in the fiscal year to March 2026.", "¥1.28tn").find("time FY2026") !=
        std::string::npos);
  // "a year earlier" takes the period the sentence names, a year back
  CHECK(key_of("Deliveries fell 13.5 per cent to 384,122 in the second quarter of 2025 from 444,000 a year earlier.",
               "444,000")
            .find("time 2024-Q2") != std::string::npos);
  // "founded in Bristol in 2012" dates nothing the figure measures
  CHECK(key_of("Castlerock, founded in Bristol in 2012, has 4.6 million customers.", "4.6 million").find("2012") ==
        std::string::npos);
  // a time carried from the sentence before says so
  CHECK(key_of("Revenue was $10bn in 2024. Profit was $2bn.", "$2bn").find("time 2024 (carried)") != std::string::npos);
}

TEST_CASE("place and measure") {
  CHECK(key_of("It will invest about $6.8bn overseas.", "about $6.8bn").find("place abroad") != std::string::npos);
  CHECK(key_of("TikTok has 150 million American users.", "150 million").find("place US") != std::string::npos);
  // the pronoun "us" is no place
  CHECK(key_of("They sold us 40,000 chips.", "40,000").find("place") == std::string::npos);
  // stems: "investment", "invested" and "invest" are one measure
  CHECK(key_of("The $6.8bn investment was approved.", "$6.8bn").find("measure investment") != std::string::npos);
  CHECK(key_of("It invested $6.8bn.", "$6.8bn").find("measure investment") != std::string::npos);
  // "sales" is revenue only for money
  CHECK(key_of("Sales were $5bn.", "$5bn").find("measure revenue") != std::string::npos);
  CHECK(key_of("It made 5 million sales.", "5 million").find("measure revenue") == std::string::npos);
}

TEST_CASE("a link the keys speak against adds no constraint") {
  const cc::Pipeline& p = cc::test::pipeline();
  // the same words, but another company's figure: the restatement is doubtful
  std::string t = "Shell said its investment in 2024 was $7bn. BP said the $7bn investment in 2023 was a record.";
  cc::ClaimSet set = p.claims(p.read(cc::SourceFile("t.md", t)));
  if (const cc::Relation* r = find(set, "restatement")) {
    CHECK(r->confidence < 0.5);
    CHECK(r->evidence.find("keys differ") != std::string::npos);
  }
  // agreeing keys say so
  std::string u = "ByteDance will invest about $6.8bn overseas. The $6.8bn overseas investment is for data centres.";
  cc::ClaimSet agree = p.claims(p.read(cc::SourceFile("t.md", u)));
  const cc::Relation* r = find(agree, "restatement");
  REQUIRE(r);
  CHECK(r->confidence == 1.0);
  CHECK(r->evidence.find("keys agree") != std::string::npos);
}

TEST_CASE("key_clash compares only what both figures' own sentences state") {
  const cc::KeyLexicon& lex = cc::test::pipeline().keys();
  cc::ClaimSet set;
  set.entities = {"ByteDance", "TikTok"};
  cc::MeasureKey a, b;
  a.entity = 0;
  b.entity = 1;
  a.entity_from = cc::KeySource::Possessive;
  b.entity_from = cc::KeySource::Carried;
  CHECK(cc::key_clash(a, b, "e", set, lex).empty());  // carried: no evidence against
  b.entity_from = cc::KeySource::Clause;
  CHECK(cc::key_clash(a, b, "e", set, lex) == "entity ByteDance vs TikTok");
  a.time.period = b.time.period = 'Y';
  a.time.year = 2025;
  b.time.year = 2024;
  a.time_from = b.time_from = cc::KeySource::Clause;
  CHECK(cc::key_clash(a, b, "y", set, lex) == "time 2025 vs 2024");
  b.time.year = 2025;
  b.time.period = 'Q';
  b.time.n = 1;
  CHECK(cc::key_clash(a, b, "y", set, lex).empty());     // the same year
  CHECK(cc::key_clash(a, b, "t", set, lex) == "time 2025 vs 2025-Q1");  // but not the same span
}
