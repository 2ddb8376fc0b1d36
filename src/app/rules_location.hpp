#pragma once
// Where the rule and lexicon data live: --rules-dir if given, else $CLAIMCHECK_RULES_DIR,
// else share/claimcheck/rules beside an installed binary, else the source tree's rules/.

#include <filesystem>
#include <optional>

namespace claimcheck {

std::filesystem::path locate_rules_dir(const std::optional<std::filesystem::path>& explicit_dir,
                                       const std::filesystem::path& executable);

}  // namespace claimcheck
