#include "base/error.h"

#include <fmt/format.h>

namespace cc {

UserError UserError::at(const std::string& path, int line, int column, const std::string& message) {
  if (line <= 0) return UserError(fmt::format("{}: error: {}", path, message));
  return UserError(fmt::format("{}:{}:{}: error: {}", path, line, column, message));
}

}  // namespace cc
