#include "rpc/mcp_server.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <filesystem>
#include <set>

#include "model/json_io.hpp"
#include "rpc/mcp_tools.hpp"

namespace claimcheck {

using nlohmann::json;

namespace {

// Protocol revisions this server speaks, newest first; a client asking for another gets
// the newest, as the specification's version negotiation says.
constexpr std::array<const char*, 3> kProtocolVersions{"2025-06-18", "2025-03-26", "2024-11-05"};

json tool_result(json structured) {
  return {
      {"content",
       json::array({{{"type", "text"}, {"text", structured.dump(-1, ' ', false, json::error_handler_t::replace)}}})},
      {"structuredContent", std::move(structured)},
      {"isError", false}};
}

json diagnostics_json(const Diagnostics& diagnostics) {
  json out = json::array();
  for (const Diagnostic& d : diagnostics) {
    out.push_back({{"level", d.level == DiagnosticLevel::Error ? "error" : "notice"},
                   {"document", d.path},
                   {"message", d.message}});
  }
  return out;
}

}  // namespace

McpServer::McpServer(ServerOptions options) : workspace_(std::move(options)) {}

json McpServer::call(const RpcRequest& request) {
  const std::string& m = request.method;
  if (m == "initialize") return initialize(request.params);
  if (m == "ping") return json::object();
  if (request.notification && m.starts_with("notifications/")) return nullptr;
  if (!initialized_) throw RpcError(rpc::kServerNotInitialized, "send initialize first");
  if (m == "tools/list") return {{"tools", tool_descriptions()}};
  if (m == "tools/call") return call_tool(request.params);
  throw RpcError(rpc::kMethodNotFound, fmt::format("unknown method \"{}\"", m));
}

json McpServer::initialize(const json& params) {
  if (!params.is_object()) throw RpcError(rpc::kInvalidParams, "params must be an object");
  const std::string asked = params.value("protocolVersion", "");
  const auto known = std::find(kProtocolVersions.begin(), kProtocolVersions.end(), asked);
  initialized_ = true;
  return {{"protocolVersion", known != kProtocolVersions.end() ? *known : kProtocolVersions.front()},
          {"capabilities", {{"tools", {{"listChanged", false}}}}},
          {"serverInfo", {{"name", "claimcheck"}, {"version", CLAIMCHECK_VERSION}}},
          {"instructions",
           "check_text finds numeric claims in an article that contradict each other or other articles "
           "(25% in the headline, 2.5% in the body); extract_claims lists every figure as it was read."}};
}

RuleSetup McpServer::rules() {
  try {
    return workspace_.setup_for(std::filesystem::current_path());
  } catch (const std::exception& e) {
    throw RpcError(rpc::kInternalError, fmt::format("cannot load the rules: {}", e.what()));
  }
}

json McpServer::call_tool(const json& params) {
  const std::string name = param(params, "name", json::value_t::string).get<std::string>();
  const json arguments = params.is_object() ? params.value("arguments", json::object()) : json::object();
  if (!arguments.is_object()) throw RpcError(rpc::kInvalidParams, "\"arguments\" must be an object");
  if (name == "check_text") return check_text(arguments);
  if (name == "extract_claims") return extract_claims(arguments);
  throw RpcError(rpc::kInvalidParams, fmt::format("unknown tool \"{}\" (tools: check_text, extract_claims)", name));
}

json McpServer::check_text(const json& arguments) {
  const std::vector<ToolArticle> inputs = check_text_arguments(arguments);
  const RuleSetup setup = rules();
  std::vector<AnalysedArticle> analysed;
  analysed.reserve(inputs.size());
  for (const ToolArticle& a : inputs) analysed.push_back(analyse_article(*setup.pipeline, a.name, a.text, a.format));
  std::vector<const AnalysedArticle*> articles;
  articles.reserve(analysed.size());
  for (const AnalysedArticle& a : analysed) articles.push_back(&a);
  const ArticleCheck result = check_articles(*setup.pipeline, articles);
  json findings = json::array();
  for (const Finding& f : result.findings) findings.push_back(to_json(f));
  std::size_t claims = 0;
  for (const AnalysedArticle& a : analysed) claims += a.claims.claims.size();
  json summary = {{"articles", analysed.size()},
                  {"claims", claims},
                  {"findings", findings.size()},
                  {"suppressed", result.suppressed}};
  return tool_result({{"findings", std::move(findings)},
                      {"diagnostics", diagnostics_json(result.diagnostics)},
                      {"summary", std::move(summary)}});
}

json McpServer::extract_claims(const json& arguments) {
  const ToolArticle input = extract_claims_arguments(arguments);
  const RuleSetup setup = rules();
  const AnalysedArticle article = analyse_article(*setup.pipeline, input.name, input.text, input.format);
  json claims = json::array();
  for (const Claim& c : article.claims.claims) claims.push_back(to_json(c));
  return tool_result({{"claims", std::move(claims)}, {"diagnostics", diagnostics_json(article.diagnostics)}});
}

int run_mcp_server(const ServerOptions& options, int in_fd, std::ostream& out) {
  RpcChannel channel(out, Framing::Lines);
  MessageReader reader(in_fd, Framing::Lines, options.max_message_bytes);
  McpServer server(options);
  serve(reader, channel, server);
  return 0;
}

}  // namespace claimcheck
