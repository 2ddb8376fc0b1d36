#pragma once
// Runs `claimcheck lsp` or `claimcheck mcp` (CLAIMCHECK_BINARY) as an editor or an
// assistant would: a child process with pipes for its standard input and output, in a
// fresh temporary folder that is also its working directory.

#include <gtest/gtest.h>
#include <sys/types.h>

#include <chrono>
#include <filesystem>
#include <functional>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "rpc/message_stream.hpp"

namespace claimcheck::testing {

class ServerProcess {
 public:
  // Starts the binary with `args` ("lsp", "mcp --no-config") in `dir`.
  ServerProcess(const std::string& args, const std::filesystem::path& dir, Framing framing);
  ServerProcess(const ServerProcess&) = delete;
  ServerProcess& operator=(const ServerProcess&) = delete;
  ~ServerProcess();

  // Writes bytes as they are (malformed framing, huge messages); false if the pipe closed.
  bool send_raw(std::string_view bytes);
  // One message, framed.
  void send(const nlohmann::json& message);
  void request(int id, const std::string& method, const nlohmann::json& params);
  void notify(const std::string& method, const nlohmann::json& params);

  // The next message the server sends, within `timeout`; nullopt on timeout or end.
  std::optional<nlohmann::json> receive(std::chrono::milliseconds timeout = std::chrono::seconds(20));
  // Reads messages until one satisfies `match` (the others are dropped); nullopt on timeout.
  std::optional<nlohmann::json> receive_until(const std::function<bool(const nlohmann::json&)>& match,
                                              std::chrono::milliseconds timeout = std::chrono::seconds(20));
  // The response to request `id`.
  std::optional<nlohmann::json> response(int id);

  // Closes its input and waits for it to end; its exit code (-1 if killed by a signal).
  int finish();
  // Waits for the process to end by itself, within `timeout`; its exit code or nullopt.
  std::optional<int> wait_exit(std::chrono::milliseconds timeout);

 private:
  pid_t pid_ = -1;
  int to_child_ = -1;
  int from_child_ = -1;
  Framing framing_;
  std::unique_ptr<MessageReader> reader_;
};

// A made-up story whose headline says 25% where its body says 2.5%.
inline constexpr const char* kSlipStory =
    "Meta Stock Rises 25% on Muse Spark\n\nMeta's stock rose 2.5%, reflecting tailwinds from its new model.\n";

// A test with a fresh temporary folder (dir_) and the server started in it (server_).
class ServerTest : public ::testing::Test {
 protected:
  ServerTest(std::string args, Framing framing) : args_(std::move(args)), framing_(framing) {}
  void SetUp() override;
  void TearDown() override;

  std::filesystem::path dir_;
  std::unique_ptr<ServerProcess> server_;

 private:
  std::string args_;
  Framing framing_;
};

}  // namespace claimcheck::testing
