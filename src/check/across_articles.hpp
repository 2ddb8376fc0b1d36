#pragma once
// Loads rules/across-articles.json, how the articles of a run are compared with each
// other (model/across_articles.hpp):
//   {"description": "...", "event_window_days": 14, "cross_article_confidence": 0.85}
// Both fields are required; a missing file, a missing, unknown or out-of-range field
// throws RuleConfigError naming the file and the field, at its line and column.

#include <filesystem>

#include "model/across_articles.hpp"

namespace claimcheck {

AcrossArticles load_across_articles(const std::filesystem::path& file);

}  // namespace claimcheck
