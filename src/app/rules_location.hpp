#pragma once
// Where the rule and lexicon data live: --rules-dir if given, else $CLAIMCHECK_RULES_DIR,
// else share/claimcheck/rules beside an installed binary (the running one, found through
// /proc/self/exe; `executable`, argv[0], where that is unreadable), else the source
// tree's rules/.

#include <filesystem>
#include <optional>

namespace claimcheck {

std::filesystem::path locate_rules_dir(const std::optional<std::filesystem::path>& explicit_dir,
                                       const std::filesystem::path& executable);

}  // namespace claimcheck
