// Inline suppression: comments in the checked file that silence findings.
//   <!-- claimcheck-disable-next-line [rule ...] -->  the next line only
//   <!-- claimcheck-disable [rule ...] -->             until ...
//   <!-- claimcheck-enable [rule ...] -->              ... this, or the end
// With no rule named, every rule. A finding is silenced when any of its
// statements starts on a silenced line for its rule.
#pragma once

#include <vector>

#include "report/findings.h"
#include "text/source.h"

namespace cc {

// Removes silenced findings; returns how many were removed.
size_t apply_suppressions(const SourceFile& file, std::vector<Finding>& findings);

}  // namespace cc
