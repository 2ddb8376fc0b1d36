#include "app/rules_location.hpp"

#include <cstdlib>
#include <system_error>

namespace claimcheck {

std::filesystem::path locate_rules_dir(const std::optional<std::filesystem::path>& explicit_dir,
                                       const std::filesystem::path& executable) {
  if (explicit_dir) return *explicit_dir;
  if (const char* env = std::getenv("CLAIMCHECK_RULES_DIR"); env != nullptr && *env != '\0') return env;
  std::error_code ec;
  const auto exe = std::filesystem::canonical(executable, ec);
  if (!ec) {
    auto installed = exe.parent_path().parent_path() / "share" / "claimcheck" / "rules";
    if (std::filesystem::is_directory(installed / "lexicon", ec)) return installed;
  }
  return CLAIMCHECK_DEFAULT_RULES_DIR;
}

}  // namespace claimcheck
