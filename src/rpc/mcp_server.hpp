#pragma once
// `claimcheck mcp`: a Model Context Protocol server over stdio (one JSON-RPC message a
// line), so that an AI writing assistant can check its own figures before it hands a
// draft back. Tools:
//   check_text      {text, format?, name?, others?: [{text, format?, name?}]}
//                   -> {findings: [Finding...], diagnostics, summary}
//   extract_claims  {text, format?, name?} -> {claims: [Claim...], diagnostics}
// Findings and claims have the JSON form of `claimcheck check --format json` (model/json_io.hpp).
// Arguments are validated (types, sizes, unknown fields) and refused with an
// invalid-params error that names the argument.

#include <nlohmann/json.hpp>
#include <ostream>

#include "rpc/jsonrpc.hpp"
#include "rpc/server_options.hpp"
#include "rpc/workspace.hpp"

namespace claimcheck {

// An article's text passed to a tool: at most this many bytes, and at most this many others.
inline constexpr std::size_t kMaxToolTextBytes = std::size_t{2} * 1024 * 1024;
inline constexpr std::size_t kMaxToolOtherArticles = 50;

class McpServer : public RpcService {
 public:
  explicit McpServer(ServerOptions options);
  nlohmann::json call(const RpcRequest& request) override;

 private:
  nlohmann::json initialize(const nlohmann::json& params);
  nlohmann::json call_tool(const nlohmann::json& params);
  nlohmann::json check_text(const nlohmann::json& arguments);
  nlohmann::json extract_claims(const nlohmann::json& arguments);
  RuleSetup rules();

  Workspace workspace_;
  bool initialized_ = false;
};

// Serves the protocol on `in_fd` and `out` until the input ends; the exit code.
int run_mcp_server(const ServerOptions& options, int in_fd, std::ostream& out);

}  // namespace claimcheck
