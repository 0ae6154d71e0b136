// Errors a user can fix: a message in compiler form, and exit code 2.
#pragma once

#include <stdexcept>
#include <string>

namespace cc {

// A problem with the input, a rule file or the command line. `what()` is the
// whole one-line message, e.g. "draft.md: error: cannot open file".
class UserError : public std::runtime_error {
 public:
  explicit UserError(const std::string& message) : std::runtime_error(message) {}
  // "path:line:col: error: message"
  static UserError at(const std::string& path, int line, int column, const std::string& message);
};

// An input that is not text (NUL bytes): skipped with a warning, not an error.
class NotText : public UserError {
 public:
  explicit NotText(const std::string& message) : UserError(message) {}
};

}  // namespace cc
