#pragma once
// Findings and claims as the Language Server Protocol shows them: diagnostics (with the
// finding's other claims as related locations), quick fixes, hovers.

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "model/diagnostic.hpp"
#include "model/finding.hpp"
#include "rpc/article_check.hpp"
#include "rpc/text_position.hpp"

namespace claimcheck {

// The URI an editor knows a document id by: a path becomes a file URI; any other id is
// the URI it came from ("untitled:Untitled-1").
std::string uri_of_document(std::string_view id);

// Where the claims of a check's articles stand, in editor ranges.
class ArticleLocator {
 public:
  ArticleLocator(const std::vector<const AnalysedArticle*>& articles, PositionEncoding encoding);

  // {"uri", "range"} of a claim's figure; nullopt when its article is not in the check.
  [[nodiscard]] std::optional<nlohmann::json> location(const Claim& claim) const;
  // The LSP range of bytes [begin, end) of article `id` (which must be in the check).
  [[nodiscard]] nlohmann::json range(std::string_view id, std::size_t begin, std::size_t end) const;
  [[nodiscard]] PositionEncoding encoding() const { return encoding_; }

 private:
  std::unordered_map<std::string_view, LineStarts> lines_;
  PositionEncoding encoding_;
};

// A Diagnostic for `finding` (its questioned claim's range), with rule id as code and the
// other claims as relatedInformation.
nlohmann::json diagnostic_json(const Finding& finding, const ArticleLocator& locator);

// The figure the finding's other claims agree on, to write in place of the questioned one
// ("2.5%" for a headline's 25% that two body figures give as 2.5%); nullopt when they do
// not agree, write it the same way, or are of another unit.
std::optional<std::string> suggested_replacement(const Finding& finding);

// The comment that silences `rule` for the line below it (read/suppressions.hpp); it is
// the same in plain text, Markdown and HTML.
std::string disable_line_comment(std::string_view rule);

// Quick fixes for one finding questioning a figure of `article` (`diagnostic` is how it
// was published): the suggested replacement, if any, and a comment disabling its rule
// for the figure's line.
nlohmann::json code_actions(const Finding& finding, const nlohmann::json& diagnostic, const AnalysedArticle& article,
                            PositionEncoding encoding);

// The position `name` of a request's params ({"line", "character"}); RpcError naming it
// when it is missing or malformed.
TextPosition position_param(const nlohmann::json& params, const char* name);

// An input problem of a document (not UTF-8, too many figures, a broken configuration),
// as a diagnostic at its start.
nlohmann::json problem_diagnostic(const Diagnostic& problem);

// Markdown for a hover over `claim`: how the figure was read.
std::string hover_markdown(const Claim& claim);

}  // namespace claimcheck
