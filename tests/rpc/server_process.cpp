#include "rpc/server_process.hpp"

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <csignal>
#include <sstream>
#include <stdexcept>
#include <thread>

namespace claimcheck::testing {

using nlohmann::json;

ServerProcess::ServerProcess(const std::string& args, const std::filesystem::path& dir, Framing framing)
    : framing_(framing) {
  std::signal(SIGPIPE, SIG_IGN);  // a server that stops reading must not kill the test
  int in[2];
  int out[2];
  if (::pipe(in) != 0 || ::pipe(out) != 0) throw std::runtime_error("pipe failed");
  pid_ = ::fork();
  if (pid_ < 0) throw std::runtime_error("fork failed");
  if (pid_ == 0) {
    ::dup2(in[0], STDIN_FILENO);
    ::dup2(out[1], STDOUT_FILENO);
    ::close(in[0]);
    ::close(in[1]);
    ::close(out[0]);
    ::close(out[1]);
    if (::chdir(dir.c_str()) != 0) ::_exit(127);
    const std::string command = std::string("exec ") + CLAIMCHECK_BINARY + " " + args;
    ::execl("/bin/sh", "sh", "-c", command.c_str(), static_cast<char*>(nullptr));
    ::_exit(127);
  }
  ::close(in[0]);
  ::close(out[1]);
  to_child_ = in[1];
  from_child_ = out[0];
  reader_ = std::make_unique<MessageReader>(from_child_, framing_);
}

ServerProcess::~ServerProcess() {
  if (to_child_ >= 0) ::close(to_child_);
  if (pid_ > 0 && !wait_exit(std::chrono::seconds(5))) {
    ::kill(pid_, SIGKILL);
    ::waitpid(pid_, nullptr, 0);
  }
  if (from_child_ >= 0) ::close(from_child_);
}

bool ServerProcess::send_raw(std::string_view bytes) {
  while (!bytes.empty()) {
    const ssize_t n = ::write(to_child_, bytes.data(), bytes.size());
    if (n <= 0) return false;
    bytes.remove_prefix(static_cast<std::size_t>(n));
  }
  return true;
}

void ServerProcess::send(const json& message) {
  std::ostringstream framed;
  write_message(framed, framing_, message.dump());
  send_raw(framed.str());
}

void ServerProcess::request(int id, const std::string& method, const json& params) {
  send({{"jsonrpc", "2.0"}, {"id", id}, {"method", method}, {"params", params}});
}

void ServerProcess::notify(const std::string& method, const json& params) {
  send({{"jsonrpc", "2.0"}, {"method", method}, {"params", params}});
}

std::optional<json> ServerProcess::receive(std::chrono::milliseconds timeout) {
  const ReadEvent e = reader_->next(static_cast<int>(timeout.count()));
  if (e.kind != ReadEvent::Kind::Message) return std::nullopt;
  json message = json::parse(e.text, nullptr, false);
  if (message.is_discarded()) throw std::runtime_error("the server sent invalid JSON: " + e.text);
  return message;
}

std::optional<json> ServerProcess::receive_until(const std::function<bool(const json&)>& match,
                                                 std::chrono::milliseconds timeout) {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  for (;;) {
    const auto left =
        std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) return std::nullopt;
    auto message = receive(left);
    if (!message) return std::nullopt;
    if (match(*message)) return message;
  }
}

std::optional<json> ServerProcess::response(int id) {
  return receive_until([id](const json& m) { return m.contains("id") && m["id"] == id && !m.contains("method"); });
}

std::optional<int> ServerProcess::wait_exit(std::chrono::milliseconds timeout) {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  for (;;) {
    int status = 0;
    const pid_t done = ::waitpid(pid_, &status, WNOHANG);
    if (done == pid_) {
      pid_ = -1;
      return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    }
    if (std::chrono::steady_clock::now() > deadline) return std::nullopt;
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
}

int ServerProcess::finish() {
  ::close(to_child_);
  to_child_ = -1;
  return wait_exit(std::chrono::seconds(20)).value_or(-1);
}

void ServerTest::SetUp() {
  dir_ = std::filesystem::temp_directory_path() / ("claimcheck-server-" + std::to_string(::getpid()) + "-" +
                                                   ::testing::UnitTest::GetInstance()->current_test_info()->name());
  std::filesystem::remove_all(dir_);
  std::filesystem::create_directories(dir_);
  server_ = std::make_unique<ServerProcess>(args_, dir_, framing_);
}

void ServerTest::TearDown() {
  server_.reset();
  std::filesystem::remove_all(dir_);
}

}  // namespace claimcheck::testing
