// Names in a document's sentences, and the organization each sentence is
// about: what keying.cpp needs for a figure's entity.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "claims/extract.h"
#include "claims/key.h"

namespace cc {

// A run of capitalised words that names someone: tokens [first, last) of
// its sentence, the entity it names (index into ClaimSet::entities).
struct NameMention {
  size_t first = 0, last = 0;
  int entity = -1;
  bool possessive = false;  // followed by "'s"
  bool subject = true;      // not after "according to", "than", ...
  bool weak = false;        // a sentence's first word taken for a name only because it is never lower case
};

// A reference to the organization last named: "the company", "it", "its".
struct Reference {
  size_t first = 0, last = 0;
  bool possessive = false;  // "its"
};

struct SentenceNames {
  std::vector<NameMention> names;
  std::vector<Reference> references;
  int current = -1;  // the entity a reference in this sentence means (-1 none)
};

class NameFinder;

// The names and references of a document's sentences, read when asked for:
// entities are interned in ctx.set.entities ("Alibaba Group Holding" and a
// later "Alibaba" are one; "Elon Musk" and "Musk" are one), and a
// sentence's references mean the subject of the nearest sentence before it
// that names one (not across a level 1 or 2 heading, at most 12 back).
class NameIndex {
 public:
  NameIndex(const ClaimContext& ctx, const KeyLexicon& lex);  // reads every word once
  ~NameIndex();
  NameIndex(const NameIndex&) = delete;
  NameIndex& operator=(const NameIndex&) = delete;
  const SentenceNames& of(size_t s);

 private:
  std::unique_ptr<NameFinder> finder_;
};

}  // namespace cc
