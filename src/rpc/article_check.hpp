#pragma once
// Checking articles held in memory, as the editor and assistant servers do: each article
// is analysed once (read/make_document, Pipeline::analyse) and kept; a check then runs the
// rules over a set of analysed articles, the same rules in the same order as
// `claimcheck check` over the same files, so the findings are the CLI's.

#include <cstdint>
#include <string>
#include <vector>

#include "app/pipeline.hpp"
#include "model/diagnostic.hpp"
#include "model/document_info.hpp"
#include "model/finding.hpp"
#include "read/source_document.hpp"

namespace claimcheck {

struct AnalysedArticle {
  std::string id;     // the document id its claims carry (a path, or a name an assistant gave)
  std::string bytes;  // the text as analysed: claim spans index it
  Format format = Format::Text;
  DocumentClaims claims;
  Suppressions suppressions;
  Diagnostics diagnostics;  // what reading and analysing it reported
};

// Analyses `bytes` as a document named `id`. Input problems (not UTF-8, too many figures)
// are in the result's diagnostics, never thrown.
AnalysedArticle analyse_article(const Pipeline& pipeline, std::string id, std::string bytes, Format format);

struct ArticleCheck {
  std::vector<Finding> findings;  // in report order, less those inline comments suppress
  Diagnostics diagnostics;        // the articles' own, then the run's
  std::size_t suppressed = 0;
};

// The rules over `articles` together (cross-article rules compare them with each other).
ArticleCheck check_articles(const Pipeline& pipeline, const std::vector<const AnalysedArticle*>& articles);

// The claims of `article` at byte `offset` (its figure's span holds it), if any.
const Claim* claim_at(const AnalysedArticle& article, std::size_t offset);

}  // namespace claimcheck
