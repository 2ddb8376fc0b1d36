#include "serve/check_request.hpp"

#include <fmt/format.h>

#include <nlohmann/json.hpp>
#include <set>

namespace claimcheck {
namespace {

using nlohmann::json;

constexpr std::size_t kMaxNameBytes = 512;

const json& string_field(const json& article, std::size_t i, const char* field) {
  const auto it = article.find(field);
  if (it == article.end() || !it->is_string()) {
    throw RequestError(400, fmt::format("articles[{}]: '{}' must be a string", i, field));
  }
  return *it;
}

ArticleInput article_from_json(const json& article, std::size_t i) {
  if (!article.is_object()) throw RequestError(400, fmt::format("articles[{}] must be an object", i));
  ArticleInput in;
  in.name = string_field(article, i, "name").get<std::string>();
  in.text = string_field(article, i, "text").get<std::string>();
  const bool has_format = article.contains("format");
  in.format = article_format(has_format ? string_field(article, i, "format").get<std::string>() : "", in.name);
  return in;
}

// Why `text` is no article, or empty: the messages `check` gives for such files.
std::string unreadable(std::string_view text) {
  if (text.empty()) return "empty input";
  if (text.find('\0') != std::string_view::npos) return "binary content (NUL bytes), not an article";
  return {};
}

// One article into the run, read as `check` reads a file; stops at the stage it is at once
// the deadline passes (DeadlinePassed).
void add_article(const Pipeline& pipeline, ArticleInput& a, RunResult& result, const Deadline& deadline) {
  deadline.throw_if_passed();
  ++result.files_read;
  if (const std::string problem = unreadable(a.text); !problem.empty()) {
    result.diagnostics.push_back({DiagnosticLevel::Error, a.name, problem});
    return;
  }
  try {
    pipeline.add_document(make_document(a.name, std::move(a.text), a.format), result, deadline);
  } catch (const InputError& e) {
    result.diagnostics.push_back(e.diagnostic());
  }
}

}  // namespace

Format article_format(std::string_view format, const std::string& article_name) {
  if (format.empty()) return format_for_path(article_name);
  if (format == "text") return Format::Text;
  if (format == "markdown") return Format::Markdown;
  if (format == "html") return Format::Html;
  throw RequestError(400, fmt::format("unknown format '{}' (text, markdown or html)", format));
}

void check_article_limits(const std::vector<ArticleInput>& articles, const RequestLimits& limits) {
  if (articles.empty()) throw RequestError(400, "no articles: give at least one");
  if (articles.size() > limits.max_articles) {
    throw RequestError(400,
                       fmt::format("{} articles, more than the limit of {}", articles.size(), limits.max_articles));
  }
  std::set<std::string_view> names;
  for (std::size_t i = 0; i < articles.size(); ++i) {
    const ArticleInput& a = articles[i];
    if (a.name.empty() || a.name.size() > kMaxNameBytes) {
      throw RequestError(400, fmt::format("article {}: a name of 1 to {} bytes is needed", i + 1, kMaxNameBytes));
    }
    if (!names.insert(a.name).second) {
      throw RequestError(400, fmt::format("article {}: a second article named '{}'", i + 1, a.name));
    }
    if (a.text.size() > limits.max_article_bytes) {
      throw RequestError(413, fmt::format("article '{}' is {} bytes, over the limit of {} bytes", a.name, a.text.size(),
                                          limits.max_article_bytes));
    }
  }
}

std::vector<ArticleInput> articles_from_json(std::string_view body, const RequestLimits& limits) {
  json request;
  try {
    request = json::parse(body);
  } catch (const json::parse_error& e) {
    throw RequestError(400, fmt::format("the body is not JSON: {}", e.what()));
  }
  if (!request.is_object() || !request.contains("articles") || !request["articles"].is_array()) {
    throw RequestError(400, "the body must be an object with an array 'articles' of {\"name\", \"text\", \"format\"}");
  }
  std::vector<ArticleInput> articles;
  for (std::size_t i = 0; i < request["articles"].size(); ++i) {
    articles.push_back(article_from_json(request["articles"][i], i));
  }
  check_article_limits(articles, limits);
  return articles;
}

RunResult check_articles(const Pipeline& pipeline, std::vector<ArticleInput> articles, const RequestLimits& limits,
                         std::size_t article_text_bytes) {
  const Deadline deadline = Deadline::after(limits.time_limit);
  RunResult result;
  result.retain = Retain::ClaimStore;
  result.article_texts.budget = article_text_bytes;
  result.jobs = 1;  // the server's concurrency is its requests, each on one thread
  try {
    for (ArticleInput& a : articles) add_article(pipeline, a, result, deadline);
    pipeline.check_run(result, UnusedSuppressions::Ignore, nullptr, deadline);
  } catch (const DeadlinePassed&) {
    throw RequestError(503, fmt::format("the check took longer than the limit of {} ms; send fewer or shorter "
                                        "articles",
                                        limits.time_limit.count()));
  }
  result.claims.release_claims();
  return result;
}

}  // namespace claimcheck
