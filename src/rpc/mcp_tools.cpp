#include "rpc/mcp_tools.hpp"

#include <fmt/format.h>

#include <set>

#include "rpc/jsonrpc.hpp"
#include "rpc/mcp_server.hpp"

namespace claimcheck {

using nlohmann::json;

namespace {

constexpr std::size_t kMaxNameBytes = 200;
// All articles of one call together.
constexpr std::size_t kMaxTotalBytes = std::size_t{8} * 1024 * 1024;

json article_properties() {
  return {{"text", {{"type", "string"}, {"description", "The article's text (at most 2 MB)."}}},
          {"format",
           {{"type", "string"},
            {"enum", {"text", "markdown", "html"}},
            {"description", "How the text is written (default text: the first line is the headline)."}}},
          {"name", {{"type", "string"}, {"description", "What findings call the article (default \"article\")."}}}};
}

[[noreturn]] void refuse(const std::string& where, const std::string& problem) {
  throw RpcError(rpc::kInvalidParams, fmt::format("{}: {}", where, problem));
}

// One article's fields, at `where` ("arguments", "arguments.others[2]").
ToolArticle read_article(const json& value, const std::string& where, const std::string& default_name) {
  if (!value.is_object()) refuse(where, "must be an object");
  for (const auto& [key, field] : value.items()) {
    if (key != "text" && key != "format" && key != "name" && !(where == "arguments" && key == "others")) {
      refuse(where, fmt::format("unknown field \"{}\"", key));
    }
  }
  ToolArticle article{default_name, {}, Format::Text};
  const auto text = value.find("text");
  if (text == value.end()) refuse(where, "\"text\" is required");
  if (!text->is_string()) refuse(where + ".text", "must be a string");
  article.text = text->get<std::string>();
  if (article.text.empty()) refuse(where + ".text", "is empty");
  if (article.text.size() > kMaxToolTextBytes) {
    refuse(where + ".text", fmt::format("is {} bytes, over the limit of {}", article.text.size(), kMaxToolTextBytes));
  }
  if (const auto format = value.find("format"); format != value.end()) {
    const std::string f = format->is_string() ? format->get<std::string>() : "";
    if (f != "text" && f != "markdown" && f != "html")
      refuse(where + ".format", "must be \"text\", \"markdown\" or \"html\"");
    article.format = f == "markdown" ? Format::Markdown : f == "html" ? Format::Html : Format::Text;
  }
  if (const auto name = value.find("name"); name != value.end()) {
    if (!name->is_string() || name->get<std::string>().empty() || name->get<std::string>().size() > kMaxNameBytes) {
      refuse(where + ".name", fmt::format("must be a string of 1 to {} bytes", kMaxNameBytes));
    }
    article.name = name->get<std::string>();
  }
  return article;
}

}  // namespace

json tool_descriptions() {
  json check_properties = article_properties();
  check_properties["others"] = {
      {"type", "array"},
      {"maxItems", kMaxToolOtherArticles},
      {"description",
       "Other articles on the same story, checked with it (a figure they agree on against the "
       "article's is a finding)."},
      {"items", {{"type", "object"}, {"properties", article_properties()}, {"required", {"text"}}}}};
  return json::array({{{"name", "check_text"},
                       {"title", "Check an article's figures"},
                       {"description",
                        "Finds numeric claims that contradict each other: a headline's 25% against the body's 2.5%, "
                        "a change that does not add up, a weekday that does not match its date. Returns findings "
                        "with the rule, message, suggested fix and every claim involved."},
                       {"inputSchema",
                        {{"type", "object"},
                         {"properties", check_properties},
                         {"required", {"text"}},
                         {"additionalProperties", false}}}},
                      {{"name", "extract_claims"},
                       {"title", "List an article's figures"},
                       {"description",
                        "Every numeric claim in the article as claimcheck reads it: value interval, unit, hedge, "
                        "direction, entity, metric and period."},
                       {"inputSchema",
                        {{"type", "object"},
                         {"properties", article_properties()},
                         {"required", {"text"}},
                         {"additionalProperties", false}}}}});
}

std::vector<ToolArticle> check_text_arguments(const json& arguments) {
  std::vector<ToolArticle> articles{read_article(arguments, "arguments", "article")};
  std::size_t total = articles.front().text.size();
  if (const auto others = arguments.find("others"); others != arguments.end()) {
    if (!others->is_array()) refuse("arguments.others", "must be an array");
    if (others->size() > kMaxToolOtherArticles) {
      refuse("arguments.others",
             fmt::format("has {} articles, over the limit of {}", others->size(), kMaxToolOtherArticles));
    }
    for (std::size_t i = 0; i < others->size(); ++i) {
      const std::string where = fmt::format("arguments.others[{}]", i);
      articles.push_back(read_article((*others)[i], where, fmt::format("other-{}", i + 1)));
      total += articles.back().text.size();
      if (total > kMaxTotalBytes) refuse(where, fmt::format("the articles come to over {} bytes", kMaxTotalBytes));
    }
  }
  std::set<std::string> names;
  for (const ToolArticle& a : articles) {
    if (!names.insert(a.name).second) refuse("arguments", fmt::format("two articles are named \"{}\"", a.name));
  }
  return articles;
}

ToolArticle extract_claims_arguments(const json& arguments) {
  if (arguments.is_object() && arguments.contains("others")) refuse("arguments", "unknown field \"others\"");
  return read_article(arguments, "arguments", "article");
}

}  // namespace claimcheck
