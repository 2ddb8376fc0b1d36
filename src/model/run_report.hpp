#pragma once
// What the report printers (report/) read of a run: the findings, the input diagnostics,
// the documents' claims where the run kept them, and the counts of the summary. A view:
// it points into the run it was taken from (app/pipeline.hpp: RunResult::report()) and is
// valid as long as that run is.

#include <cstddef>
#include <string_view>
#include <vector>

#include "model/article_text.hpp"
#include "model/diagnostic.hpp"
#include "model/document_info.hpp"
#include "model/finding.hpp"

namespace claimcheck {

struct RunReport {
  const std::vector<Finding>& findings;          // in report order
  const Diagnostics& diagnostics;                // input problems, in input order
  const std::vector<DocumentClaims>& documents;  // full claims (extract); empty when the run kept only its store
  const ArticleTexts& article_texts;             // for the HTML report; none unless the run was asked to keep them
  std::vector<std::string_view> document_ids;    // every document read, in input order
  std::size_t files_read = 0;
  std::size_t claims = 0;      // every claim read
  std::size_t suppressed = 0;  // findings removed by inline suppressions
  std::size_t baselined = 0;   // findings removed because a --baseline file lists them
};

}  // namespace claimcheck
