#include "rpc/jsonrpc.hpp"

#include <fmt/format.h>

#include <variant>

namespace claimcheck {

namespace {

using nlohmann::json;

// A request, or the error to answer it with (and the id to answer, when it had one).
struct BadMessage {
  json id;
  int code = rpc::kInvalidRequest;
  std::string message;
};

std::variant<RpcRequest, BadMessage> parse_request(const std::string& body) {
  json message = json::parse(body, nullptr, false);
  if (message.is_discarded()) return BadMessage{nullptr, rpc::kParseError, "invalid JSON"};
  if (!message.is_object()) return BadMessage{nullptr, rpc::kInvalidRequest, "a message must be a JSON object"};
  json id = message.contains("id") ? message["id"] : json();
  if (!id.is_null() && !id.is_string() && !id.is_number_integer()) {
    return BadMessage{nullptr, rpc::kInvalidRequest, "\"id\" must be a string or an integer"};
  }
  if (message.value("jsonrpc", json()) != "2.0")
    return BadMessage{id, rpc::kInvalidRequest, "\"jsonrpc\" must be \"2.0\""};
  const auto method = message.find("method");
  if (method == message.end() || !method->is_string()) {
    // A response to a request the server never sends, or a message without a method.
    return BadMessage{id, rpc::kInvalidRequest, "a request needs a string \"method\""};
  }
  json params = message.value("params", json());
  if (!params.is_null() && !params.is_object() && !params.is_array()) {
    return BadMessage{id, rpc::kInvalidRequest, "\"params\" must be an object or an array"};
  }
  return RpcRequest{method->get<std::string>(), std::move(params), id, !message.contains("id")};
}

void fail(const RpcRequest& request, int code, const std::string& message, RpcChannel& channel, RpcService& service) {
  if (request.notification) {
    service.notification_failed(request, message);
  } else {
    channel.respond_error(request.id, code, message);
  }
}

void dispatch(const RpcRequest& request, RpcChannel& channel, RpcService& service) {
  try {
    json result = service.call(request);
    if (!request.notification) channel.respond(request.id, result);
  } catch (const RpcError& e) {
    fail(request, e.code(), e.what(), channel, service);
  } catch (const std::exception& e) {
    fail(request, rpc::kInternalError, e.what(), channel, service);
  }
}

const char* type_name(json::value_t type) {
  switch (type) {
    case json::value_t::object:
      return "an object";
    case json::value_t::array:
      return "an array";
    case json::value_t::string:
      return "a string";
    case json::value_t::boolean:
      return "a boolean";
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
      return "an integer";
    default:
      return "a value";
  }
}

bool has_type(const json& value, json::value_t type) {
  if (type == json::value_t::number_integer) return value.is_number_integer();
  return value.type() == type;
}

}  // namespace

void RpcChannel::send(const json& message) {
  write_message(out_, framing_, message.dump(-1, ' ', false, json::error_handler_t::replace));
}

void RpcChannel::respond(const json& id, const json& result) {
  send({{"jsonrpc", "2.0"}, {"id", id}, {"result", result}});
}

void RpcChannel::respond_error(const json& id, int code, const std::string& message) {
  send({{"jsonrpc", "2.0"}, {"id", id}, {"error", {{"code", code}, {"message", message}}}});
}

void RpcChannel::notify(const std::string& method, const json& params) {
  send({{"jsonrpc", "2.0"}, {"method", method}, {"params", params}});
}

void serve(MessageReader& reader, RpcChannel& channel, RpcService& service) {
  while (!service.finished()) {
    ReadEvent e = reader.next(service.idle_timeout_ms());
    switch (e.kind) {
      case ReadEvent::Kind::End:
        return;
      case ReadEvent::Kind::Timeout:
        service.on_idle();
        break;
      case ReadEvent::Kind::Error:
        channel.respond_error(nullptr, rpc::kParseError, e.text);
        break;
      case ReadEvent::Kind::Message: {
        auto parsed = parse_request(e.text);
        if (const auto* bad = std::get_if<BadMessage>(&parsed)) {
          channel.respond_error(bad->id, bad->code, bad->message);
        } else {
          dispatch(std::get<RpcRequest>(parsed), channel, service);
        }
        break;
      }
    }
  }
}

const json& param(const json& params, const char* name, json::value_t type) {
  if (!params.is_object()) throw RpcError(rpc::kInvalidParams, "params must be an object");
  const auto it = params.find(name);
  if (it == params.end()) throw RpcError(rpc::kInvalidParams, fmt::format("missing parameter \"{}\"", name));
  if (!has_type(*it, type)) {
    throw RpcError(rpc::kInvalidParams, fmt::format("parameter \"{}\" must be {}", name, type_name(type)));
  }
  return *it;
}

}  // namespace claimcheck
