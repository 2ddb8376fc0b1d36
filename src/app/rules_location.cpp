#include "app/rules_location.hpp"

#include <cstdlib>
#include <system_error>

namespace claimcheck {

std::filesystem::path locate_rules_dir(const std::optional<std::filesystem::path>& explicit_dir,
                                       const std::filesystem::path& executable) {
  if (explicit_dir) return *explicit_dir;
  if (const char* env = std::getenv("CLAIMCHECK_RULES_DIR"); env != nullptr && *env != '\0') return env;
  // The running binary: a shell that found it through PATH passes a bare name as argv[0]
  // (`claimcheck`, as the container image's entrypoint and every installed use run it),
  // which names no file; Linux's /proc/self/exe names it whatever argv[0] says.
  std::error_code ec;
  auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (ec) exe = std::filesystem::canonical(executable, ec);
  if (!ec) {
    auto installed = exe.parent_path().parent_path() / "share" / "claimcheck" / "rules";
    if (std::filesystem::is_directory(installed / "lexicon", ec)) return installed;
  }
  return CLAIMCHECK_DEFAULT_RULES_DIR;
}

}  // namespace claimcheck
