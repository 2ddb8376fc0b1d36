#pragma once
// The one error type for a problem with an input: an article, a JSON Lines record, a
// claim stream, a rule or lexicon file, the configuration, a baseline. Where the problem
// is travels as data (the file, and the line and column where the reader knows them), so
// that every output can place it: the diagnostic made of it (GitHub's line=/col=, SARIF
// regions, JSON, JUnit, GitLab, rdjson), and an error that ends the run alike.
//
// Readers of articles and claim streams throw InputError itself: the run goes on and
// reports it as a diagnostic about the file. The loaders of what a run is configured with
// throw a LoadError of their own (RuleConfigError, LexiconError, ConfigError,
// BaselineError), which ends the run; all are caught as InputError.

#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <utility>

#include "model/diagnostic.hpp"

namespace claimcheck {

class InputError : public std::runtime_error {
 public:
  // `line`, `column`: 1-based; 0 when the problem is the file as a whole, or no column.
  // what() is `problem`: the diagnostic names the file beside it.
  InputError(std::string path, const std::string& problem, std::size_t line = 0, std::size_t column = 0)
      : InputError(std::move(path), problem, problem, line, column) {}

  [[nodiscard]] const std::string& path() const { return path_; }
  [[nodiscard]] const std::string& problem() const { return problem_; }
  [[nodiscard]] std::uint32_t line() const { return line_; }
  [[nodiscard]] std::uint32_t column() const { return column_; }

  // The diagnostic a run reports for it.
  [[nodiscard]] Diagnostic diagnostic(DiagnosticLevel level = DiagnosticLevel::Error) const {
    return {level, path_, problem_, line_, column_};
  }

 protected:
  InputError(std::string path, const std::string& message, std::string problem, std::size_t line, std::size_t column)
      : std::runtime_error(message),
        path_(std::move(path)),
        problem_(std::move(problem)),
        line_(static_cast<std::uint32_t>(line)),
        column_(static_cast<std::uint32_t>(column)) {}

 private:
  std::string path_;
  std::string problem_;
  std::uint32_t line_ = 0;
  std::uint32_t column_ = 0;
};

// A file the run is configured with is wrong, and the run cannot start: what() names the
// file first ("PATH: PROBLEM"), the one line printed on standard error.
class LoadError : public InputError {
 public:
  LoadError(const std::string& path, const std::string& problem, std::size_t line = 0, std::size_t column = 0)
      : InputError(path, path + ": " + problem, problem, line, column) {}
};

}  // namespace claimcheck
