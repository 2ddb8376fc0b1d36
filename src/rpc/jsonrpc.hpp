#pragma once
// JSON-RPC 2.0 over a MessageReader: parsing each message into a request, dispatching it
// to a service, and answering with its result or an error object. Every malformed
// message (bad framing, invalid JSON, a non-request, an unknown method, bad parameters)
// is answered with a JSON-RPC error where it has an id to answer (id null when it has
// none), and the loop goes on; nothing a client sends ends the server but `exit` or the
// end of its input.

#include <nlohmann/json.hpp>
#include <ostream>
#include <stdexcept>
#include <string>

#include "rpc/message_stream.hpp"

namespace claimcheck {

namespace rpc {
inline constexpr int kParseError = -32700;
inline constexpr int kInvalidRequest = -32600;
inline constexpr int kMethodNotFound = -32601;
inline constexpr int kInvalidParams = -32602;
inline constexpr int kInternalError = -32603;
// LSP: a request other than initialize before initialize, and any after shutdown.
inline constexpr int kServerNotInitialized = -32002;
}  // namespace rpc

// What a handler throws to answer a request with an error.
class RpcError : public std::runtime_error {
 public:
  RpcError(int code, const std::string& message) : std::runtime_error(message), code_(code) {}
  [[nodiscard]] int code() const { return code_; }

 private:
  int code_;
};

struct RpcRequest {
  std::string method;
  nlohmann::json params;  // an object, an array or null
  nlohmann::json id;      // null for a notification
  bool notification = false;
};

// The messages a server sends: responses, and the notifications it starts itself.
class RpcChannel {
 public:
  RpcChannel(std::ostream& out, Framing framing) : out_(out), framing_(framing) {}
  void respond(const nlohmann::json& id, const nlohmann::json& result);
  void respond_error(const nlohmann::json& id, int code, const std::string& message);
  void notify(const std::string& method, const nlohmann::json& params);

 private:
  void send(const nlohmann::json& message);
  std::ostream& out_;
  Framing framing_;
};

// A server's methods. call() returns a request's result (ignored for a notification) or
// throws RpcError; any other exception becomes an internal error naming it.
class RpcService {
 public:
  RpcService() = default;
  RpcService(const RpcService&) = delete;
  RpcService& operator=(const RpcService&) = delete;
  virtual ~RpcService() = default;

  virtual nlohmann::json call(const RpcRequest& request) = 0;
  // How long to wait for input before on_idle() (negative: no idle work pending).
  [[nodiscard]] virtual int idle_timeout_ms() const { return -1; }
  virtual void on_idle() {}
  // A notification that failed has no response to carry the error: the service may say
  // so its own way (LSP: window/logMessage).
  virtual void notification_failed(const RpcRequest& /*request*/, const std::string& /*message*/) {}
  // true once the service wants the loop to end (LSP `exit`).
  [[nodiscard]] virtual bool finished() const { return false; }
};

// Reads and answers messages until the input ends or the service is finished.
void serve(MessageReader& reader, RpcChannel& channel, RpcService& service);

// The parameter `name` of `params` as an object member, or an RpcError(kInvalidParams)
// naming what is missing or of the wrong type.
const nlohmann::json& param(const nlohmann::json& params, const char* name, nlohmann::json::value_t type);

}  // namespace claimcheck
