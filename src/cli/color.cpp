#include "cli/color.hpp"

namespace claimcheck::cli {
namespace {

bool set(const char* value) { return value != nullptr && *value != '\0'; }

}  // namespace

ColorMode color_mode_from(std::string_view name) {
  if (name == "always") return ColorMode::Always;
  if (name == "never") return ColorMode::Never;
  return ColorMode::Auto;
}

bool use_color(ColorMode mode, const ColorEnvironment& env) {
  if (mode != ColorMode::Auto) return mode == ColorMode::Always;
  if (set(env.no_color)) return false;
  if (set(env.force_color)) {
    const std::string_view value = env.force_color;
    return value != "0" && value != "false";
  }
  return env.terminal;
}

}  // namespace claimcheck::cli
