#pragma once
// Whether the output is coloured: --color auto|always|never (--no-color is never), then
// the environment, then whether standard output is a terminal. NO_COLOR (no-color.org)
// wins over FORCE_COLOR (force-color.org) when both are set, as in Python 3.13: a user's
// standing wish for no colour outlasts a CI default that forces it. Either variable
// counts only when set to a non-empty value; FORCE_COLOR=0 or =false asks for none.

#include <string_view>

namespace claimcheck::cli {

enum class ColorMode { Auto, Always, Never };

struct ColorEnvironment {
  const char* no_color = nullptr;     // getenv("NO_COLOR")
  const char* force_color = nullptr;  // getenv("FORCE_COLOR")
  bool terminal = false;              // standard output is a TTY
};

// "auto", "always" or "never" (CLI11 checks the spelling first).
ColorMode color_mode_from(std::string_view name);

bool use_color(ColorMode mode, const ColorEnvironment& env);

}  // namespace claimcheck::cli
