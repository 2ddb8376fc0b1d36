#pragma once
// `claimcheck lsp`: a Language Server Protocol server over stdio. It checks the Markdown,
// plain-text and HTML documents an editor opens (on open, and again once edits pause)
// together with the other articles of their folder, and publishes the findings as
// diagnostics; it offers quick fixes (the figure the other claims agree on, a comment
// that disables the rule for the line) and hovers that show how a figure was read.

#include <chrono>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "rpc/article_check.hpp"
#include "rpc/jsonrpc.hpp"
#include "rpc/lsp_findings.hpp"
#include "rpc/server_options.hpp"
#include "rpc/text_position.hpp"
#include "rpc/workspace.hpp"

namespace claimcheck {

class LspServer : public RpcService {
 public:
  LspServer(ServerOptions options, RpcChannel& channel);

  nlohmann::json call(const RpcRequest& request) override;
  [[nodiscard]] int idle_timeout_ms() const override;
  void on_idle() override;
  void notification_failed(const RpcRequest& request, const std::string& message) override;
  [[nodiscard]] bool finished() const override { return exited_; }
  // 0 after shutdown then exit, 1 for an exit without shutdown (as the protocol says).
  [[nodiscard]] int exit_code() const { return shut_down_ ? 0 : 1; }

 private:
  using Clock = std::chrono::steady_clock;
  struct OpenDocument {
    std::string id;  // its path for a file: URI, else the URI
    std::string text;
    Format format = Format::Text;
    std::optional<CachedArticle> analysed;    // of `text`, while it is current
    std::vector<Finding> findings;            // the last check's, questioning this document
    std::vector<nlohmann::json> diagnostics;  // as published, one per finding
    std::optional<Clock::time_point> due;     // a check is pending, due then
  };

  nlohmann::json initialize(const nlohmann::json& params);
  void did_open(const nlohmann::json& params);
  void did_change(const nlohmann::json& params);
  void did_close(const nlohmann::json& params);
  nlohmann::json code_action(const nlohmann::json& params);
  nlohmann::json hover(const nlohmann::json& params);

  OpenDocument& document(const nlohmann::json& params);
  // Checks the document at `uri` now with the articles beside it, and publishes the
  // diagnostics of every open document of that check.
  void check(const std::string& uri);
  void check_if_due(const std::string& uri);
  // A file was saved or changed on disk: every open document may have new neighbours, so
  // each is checked again once things are quiet.
  void recheck_all();
  const AnalysedArticle& analysed(OpenDocument& doc, const RuleSetup& setup);
  // The check's diagnostics of `doc`: its input problems, and the findings that question
  // one of its figures.
  void publish(const std::string& uri, OpenDocument& doc, const ArticleCheck& result, const ArticleLocator& locator);

  ServerOptions options_;
  RpcChannel& channel_;
  Workspace workspace_;
  std::map<std::string, OpenDocument> open_;  // by URI
  PositionEncoding encoding_ = PositionEncoding::Utf16;
  bool initialized_ = false;
  bool shut_down_ = false;
  bool exited_ = false;
};

// Serves the protocol on `in_fd` and `out` until `exit` or the end of the input; returns
// the process exit code.
int run_lsp_server(const ServerOptions& options, int in_fd, std::ostream& out);

}  // namespace claimcheck
