// Running every rule file's examples: the engine of `claimcheck rules test`.
#pragma once

#include <string>
#include <vector>

#include "cli/pipeline.h"

namespace cc {

// One failed expectation: where (file:line) and what went wrong.
struct RuleFailure {
  std::string where;
  std::string message;
};

struct RuleCheckResult {
  size_t rules = 0, examples = 0, passed = 0;
  std::vector<RuleFailure> failures;
};

// Checks the rules whose file lies below one of `dirs` (all rules when
// `dirs` is empty): each has an example and a counter-example, each example
// yields exactly its expected relations, each counter-example none.
RuleCheckResult check_rules(const Pipeline& pipeline, const std::vector<std::string>& dirs = {});

}  // namespace cc
