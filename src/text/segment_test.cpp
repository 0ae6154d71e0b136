#include <catch2/catch.hpp>

#include "text_fixture.h"

using cc::test::sentences;
using V = std::vector<std::string>;

TEST_CASE("full stops end sentences, amounts and abbreviations do not") {
  CHECK(sentences("It spent $6.8bn. Sales rose.") == V{"It spent $6.8bn.", "Sales rose."});
  CHECK(sentences("Acme Corp. Chief Jane Doe spoke.") == V{"Acme Corp. Chief Jane Doe spoke."});
  CHECK(sentences("The firm is based in the U.S. It employs 400.") ==
        V{"The firm is based in the U.S.", "It employs 400."});
  CHECK(sentences("Dr. Smith met George W. Bush.") == V{"Dr. Smith met George W. Bush."});
  CHECK(sentences("Growth was 3.5% in 2024.") == V{"Growth was 3.5% in 2024."});
}

TEST_CASE("garbled text with lost spaces still splits") {
  CHECK(sentences("They bought Nvidia.chips are scarce.") == V{"They bought Nvidia.", "chips are scarce."});
  CHECK(sentences("Visit example.com for details.") == V{"Visit example.com for details."});
}

TEST_CASE("quotes and brackets stay with their sentence") {
  CHECK(sentences("He said: \"We will.\" Then he left.") == V{"He said: \"We will.\"", "Then he left."});
}

TEST_CASE("a headline line without a full stop stands alone") {
  CHECK(sentences("Chipmaker lifts spending\nThe company said on Monday it would spend more.") ==
        V{"Chipmaker lifts spending", "The company said on Monday it would spend more."});
}

TEST_CASE("spans survive CRLF and Unicode spaces") {
  std::string text = "Revenue\xC2\xA0rose 5%.\r\nCosts fell.\r\n";
  CHECK(sentences(text) == V{"Revenue\xC2\xA0rose 5%.", "Costs fell."});
}
