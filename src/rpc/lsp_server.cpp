#include "rpc/lsp_server.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <iostream>

#include "read/document_reader.hpp"
#include "rpc/file_uri.hpp"
#include "rpc/lsp_findings.hpp"

namespace claimcheck {

using nlohmann::json;
namespace fs = std::filesystem;

namespace {

const json& object_param(const json& params, const char* name) { return param(params, name, json::value_t::object); }

std::string string_param(const json& params, const char* name) {
  return param(params, name, json::value_t::string).get<std::string>();
}

// The document's format: from its language id, else from its file's extension.
Format format_of(const std::string& language, const std::string& id) {
  if (language == "markdown") return Format::Markdown;
  if (language == "html") return Format::Html;
  return format_for_path(id);
}

bool offers_utf8(const json& params) {
  const json general = params.value("capabilities", json::object()).value("general", json::object());
  const json encodings = general.value("positionEncodings", json::array());
  return encodings.is_array() && std::find(encodings.begin(), encodings.end(), "utf-8") != encodings.end();
}

}  // namespace

LspServer::LspServer(ServerOptions options, RpcChannel& channel)
    : options_(std::move(options)), channel_(channel), workspace_(options_) {}

json LspServer::call(const RpcRequest& request) {
  const std::string& m = request.method;
  if (m == "exit") {
    exited_ = true;
    return nullptr;
  }
  if (!initialized_ && m != "initialize") {
    if (request.notification) return nullptr;  // the protocol drops notifications before initialize
    throw RpcError(rpc::kServerNotInitialized, "the server is not initialized yet");
  }
  if (shut_down_ && !request.notification) throw RpcError(rpc::kInvalidRequest, "the server is shut down");
  if (m == "initialize") return initialize(request.params);
  if (m == "shutdown") {
    shut_down_ = true;
    return nullptr;
  }
  if (m == "textDocument/didOpen") did_open(request.params);
  if (m == "textDocument/didChange") did_change(request.params);
  if (m == "textDocument/didClose") did_close(request.params);
  if (m == "textDocument/didSave" || m == "workspace/didChangeWatchedFiles") recheck_all();
  if (m == "textDocument/codeAction") return code_action(request.params);
  if (m == "textDocument/hover") return hover(request.params);
  static const std::vector<std::string> notifications{"initialized",
                                                      "textDocument/didOpen",
                                                      "textDocument/didChange",
                                                      "textDocument/didClose",
                                                      "textDocument/didSave",
                                                      "workspace/didChangeWatchedFiles",
                                                      "workspace/didChangeConfiguration"};
  const bool known = std::find(notifications.begin(), notifications.end(), m) != notifications.end();
  if (known || (request.notification && m.starts_with("$/"))) return nullptr;
  throw RpcError(rpc::kMethodNotFound, fmt::format("unknown method \"{}\"", m));
}

json LspServer::initialize(const json& params) {
  if (initialized_) throw RpcError(rpc::kInvalidRequest, "initialize was already received");
  if (!params.is_object()) throw RpcError(rpc::kInvalidParams, "params must be an object");
  initialized_ = true;
  encoding_ = offers_utf8(params) ? PositionEncoding::Utf8 : PositionEncoding::Utf16;
  return {{"capabilities",
           {{"positionEncoding", encoding_ == PositionEncoding::Utf8 ? "utf-8" : "utf-16"},
            {"textDocumentSync", {{"openClose", true}, {"change", 2}}},  // 2: incremental
            {"codeActionProvider", {{"codeActionKinds", json::array({"quickfix"})}}},
            {"hoverProvider", true}}},
          {"serverInfo", {{"name", "claimcheck"}, {"version", CLAIMCHECK_VERSION}}}};
}

LspServer::OpenDocument& LspServer::document(const json& params) {
  const std::string uri = string_param(object_param(params, "textDocument"), "uri");
  const auto found = open_.find(uri);
  if (found == open_.end()) throw RpcError(rpc::kInvalidParams, fmt::format("document {} is not open", uri));
  return found->second;
}

void LspServer::did_open(const json& params) {
  const json& item = object_param(params, "textDocument");
  const std::string uri = string_param(item, "uri");
  OpenDocument doc;
  doc.id = document_id_from_uri(uri);
  doc.text = string_param(item, "text");
  doc.format = format_of(item.value("languageId", ""), doc.id);
  open_.insert_or_assign(uri, std::move(doc));
  check(uri);
}

void LspServer::did_change(const json& params) {
  OpenDocument& doc = document(params);
  const json& changes = param(params, "contentChanges", json::value_t::array);
  std::string text = doc.text;  // applied whole or not at all
  for (const json& change : changes) {
    const std::string replacement = string_param(change, "text");
    if (!change.contains("range")) {
      text = replacement;
      continue;
    }
    const json& range = object_param(change, "range");
    try {
      apply_edit(text, position_param(range, "start"), position_param(range, "end"), replacement, encoding_);
    } catch (const std::invalid_argument& e) {
      throw RpcError(rpc::kInvalidParams, e.what());
    }
    if (text.size() > kDefaultMaxDocumentBytes) throw RpcError(rpc::kInvalidParams, "the document grew over 64 MB");
  }
  doc.text = std::move(text);
  doc.analysed.reset();
  doc.due = Clock::now() + std::chrono::milliseconds(options_.debounce_ms);
}

void LspServer::did_close(const json& params) {
  const std::string uri = string_param(object_param(params, "textDocument"), "uri");
  if (open_.erase(uri) > 0) {
    channel_.notify("textDocument/publishDiagnostics", {{"uri", uri}, {"diagnostics", json::array()}});
  }
}

int LspServer::idle_timeout_ms() const {
  std::optional<Clock::time_point> first;
  for (const auto& [uri, doc] : open_) {
    if (doc.due && (!first || *doc.due < *first)) first = doc.due;
  }
  if (!first) return -1;
  const auto wait = std::chrono::duration_cast<std::chrono::milliseconds>(*first - Clock::now()).count();
  return static_cast<int>(std::clamp<long long>(wait, 0, options_.debounce_ms));
}

void LspServer::on_idle() {
  const Clock::time_point now = Clock::now();
  std::vector<std::string> due;
  for (const auto& [uri, doc] : open_) {
    if (doc.due && *doc.due <= now) due.push_back(uri);
  }
  for (const std::string& uri : due) {
    try {
      check_if_due(uri);
    } catch (const std::exception& e) {  // no request to answer: say it in the client's log
      channel_.notify("window/logMessage", {{"type", 1}, {"message", fmt::format("checking {}: {}", uri, e.what())}});
    }
  }
}

void LspServer::recheck_all() {
  const Clock::time_point due = Clock::now() + std::chrono::milliseconds(options_.debounce_ms);
  for (auto& [uri, doc] : open_) doc.due = due;
}

void LspServer::check_if_due(const std::string& uri) {
  const auto found = open_.find(uri);
  if (found != open_.end() && found->second.due) check(uri);
}

void LspServer::notification_failed(const RpcRequest& request, const std::string& message) {
  channel_.notify("window/logMessage", {{"type", 1}, {"message", fmt::format("{}: {}", request.method, message)}});
}

int run_lsp_server(const ServerOptions& options, int in_fd, std::ostream& out) {
  RpcChannel channel(out, Framing::ContentLength);
  MessageReader reader(in_fd, Framing::ContentLength, options.max_message_bytes);
  LspServer server(options, channel);
  serve(reader, channel, server);
  return server.exit_code();
}

}  // namespace claimcheck
