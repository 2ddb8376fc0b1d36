#include "cli/typos.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <charconv>

#include "support/nearest_name.hpp"

namespace claimcheck::cli {
namespace {

std::string did_you_mean(const std::optional<std::string>& nearest) {
  return nearest ? fmt::format(" (did you mean '{}'?)", *nearest) : std::string();
}

std::vector<std::string> option_names(const CLI::App& sub) {
  std::vector<std::string> names;
  for (const CLI::Option* option : sub.get_options()) {
    for (const std::string& name : option->get_lnames()) names.push_back("--" + name);
    for (const std::string& name : option->get_snames()) names.push_back("-" + name);
  }
  return names;
}

std::optional<std::string> unknown_option(CLI::App& sub, const std::vector<std::string>& args, std::size_t from) {
  for (std::size_t i = from; i < args.size(); ++i) {
    const std::string& word = args[i];
    if (word == "--") break;
    if (word.size() < 2 || word[0] != '-') continue;
    const std::string name = word.substr(0, word.find('='));
    // "-j4" is -j with its value.
    const std::string lookup = name[1] != '-' ? name.substr(0, 2) : name;
    if (sub.get_option_no_throw(lookup) != nullptr) continue;
    return fmt::format("unknown option '{}' for '{}'{}", name, sub.get_name(),
                       did_you_mean(nearest_name(name, option_names(sub))));
  }
  return std::nullopt;
}

}  // namespace

std::optional<std::string> describe_unknown_word(CLI::App& app, const std::vector<std::string>& args) {
  const std::vector<CLI::App*> subs = app.get_subcommands([](const CLI::App*) { return true; });
  std::vector<std::string> commands;
  commands.reserve(subs.size());
  for (const CLI::App* sub : subs) commands.push_back(sub->get_name());
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (args[i].starts_with("-")) {  // before the command: --help, --version
      if (app.get_option_no_throw(args[i]) != nullptr) continue;
      return fmt::format("unknown option '{}'{}", args[i], did_you_mean(nearest_name(args[i], option_names(app))));
    }
    const auto sub =
        std::find_if(subs.begin(), subs.end(), [&](const CLI::App* s) { return s->get_name() == args[i]; });
    if (sub == subs.end()) {
      return fmt::format("unknown command '{}'{}; the commands are {}", args[i],
                         did_you_mean(nearest_name(args[i], commands)), fmt::join(commands, ", "));
    }
    return unknown_option(**sub, args, i + 1);
  }
  return std::nullopt;
}

CLI::Validator whole_number_range(unsigned long long low, unsigned long long high, const std::string& description) {
  return CLI::Validator(
      [=](std::string& value) -> std::string {
        unsigned long long n = 0;
        const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), n);
        if (ec == std::errc() && end == value.data() + value.size() && n >= low && n <= high) return {};
        return fmt::format("must be {}, not '{}'", description, value);
      },
      description);
}

}  // namespace claimcheck::cli
