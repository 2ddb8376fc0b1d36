#pragma once
// What `serve` checks: the articles of one request, analysed and checked as `claimcheck
// check` does files (the same pipeline, the same findings and fingerprints for the same
// names and texts), within the request's limits. Nothing is written to disk.

#include <chrono>
#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "app/pipeline.hpp"

namespace claimcheck {

// One article as a request gives it: its name (the report's file name), text and format.
struct ArticleInput {
  std::string name;
  std::string text;
  Format format = Format::Text;
};

// What one request may ask for.
struct RequestLimits {
  std::size_t max_articles = 100;
  std::size_t max_article_bytes = std::size_t{4} << 20U;
  // The check stops once this has passed, at the stage it is at: between articles, inside
  // one after its extraction and its resolution, between groups of claims and between the
  // rules across articles (support/deadline.hpp).
  std::chrono::milliseconds time_limit{std::chrono::seconds(20)};
};

// A request the server refuses, and the HTTP status that says why; what() is the message
// the client reads.
class RequestError : public std::runtime_error {
 public:
  RequestError(int status, const std::string& message) : std::runtime_error(message), status_(status) {}
  [[nodiscard]] int status() const { return status_; }

 private:
  int status_;
};

// "text", "markdown" or "html"; an empty name takes the format from the article's name
// as a file's extension would. Throws RequestError (400) for another name.
Format article_format(std::string_view format, const std::string& article_name);

// The articles of an /api/check body: {"articles": [{"name", "text", "format"?}, ...]}.
// Throws RequestError (400) naming the field or the article that is wrong.
std::vector<ArticleInput> articles_from_json(std::string_view body, const RequestLimits& limits);

// Refuses (400) no articles, too many, an unnamed one, two of one name or one over the size
// limit. Both the JSON and the form inputs go through it.
void check_article_limits(const std::vector<ArticleInput>& articles, const RequestLimits& limits);

// The run over `articles`, as `check` runs over files: an empty or binary article is an
// input error in the report's diagnostics, never a refused request. Throws RequestError
// (503) when the time limit passes. Keeps up to `article_text_bytes` of the articles' text
// for the HTML report (model/article_text.hpp); 0 keeps none.
RunResult check_articles(const Pipeline& pipeline, std::vector<ArticleInput> articles, const RequestLimits& limits,
                         std::size_t article_text_bytes = 0);

}  // namespace claimcheck
