#pragma once
// "Did you mean ...?" for a command line CLI11 refused: a word where the subcommand goes
// that names none ("chek"), or an option the subcommand does not have ("--formt"), gets
// the nearest known name (support/nearest_name.hpp). Asked only after a parse error, so
// a valid command line is never second-guessed.

#include <CLI/CLI.hpp>
#include <optional>
#include <string>
#include <vector>

namespace claimcheck::cli {

// One line naming the first unknown subcommand or option in `args` (argv without the
// program name), with a suggestion when one is near; nothing when every word is known.
std::optional<std::string> describe_unknown_word(CLI::App& app, const std::vector<std::string>& args);

// A validator for a whole number from `low` to `high` whose error reads as a person would
// put it ("--jobs: must be 1 or more, not '0'"), not CLI11's "not in range 0 to 1.79769e+308".
CLI::Validator whole_number_range(unsigned long long low, unsigned long long high, const std::string& description);

}  // namespace claimcheck::cli
