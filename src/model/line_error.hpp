#pragma once
// A problem at one line of an input (a broken JSON Lines record, a bad claim-stream
// record): what the readers throw where they know the line, so that the diagnostic made
// of it carries the line as data (Diagnostic::line) as well as in its message.

#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>

namespace claimcheck {

class LineError : public std::invalid_argument {
 public:
  LineError(const std::string& message, std::size_t line)
      : std::invalid_argument(message), line_(static_cast<std::uint32_t>(line)) {}
  [[nodiscard]] std::uint32_t line() const { return line_; }

 private:
  std::uint32_t line_;
};

}  // namespace claimcheck
