#pragma once
// The MCP server's tools as data: their descriptions and input schemas (tools/list), and
// the validation of a call's arguments against them, with an invalid-params RpcError
// naming the argument and what is wrong with it.

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "read/source_document.hpp"

namespace claimcheck {

// One article a tool was given.
struct ToolArticle {
  std::string name;
  std::string text;
  Format format = Format::Text;
};

// Every tool, as tools/list returns them.
nlohmann::json tool_descriptions();

// check_text's article (first) and its other articles; default names "article",
// "other-1", "other-2", ...
std::vector<ToolArticle> check_text_arguments(const nlohmann::json& arguments);

ToolArticle extract_claims_arguments(const nlohmann::json& arguments);

}  // namespace claimcheck
