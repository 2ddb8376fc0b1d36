// `serve`: the server on a free port of 127.0.0.1, driven over HTTP with cpp-httplib's
// client as a CMS plug-in would; its answers against `check` on the same articles.

#include "serve/check_server.hpp"

#include <arpa/inet.h>
#include <fcntl.h>
#include <fmt/format.h>
#include <gtest/gtest.h>
#include <httplib.h>
#include <netinet/in.h>
#include <signal.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <chrono>
#include <fstream>
#include <nlohmann/json.hpp>
#include <regex>
#include <thread>

#include "cli/cli_fixture.hpp"
#include "support/chromium.hpp"

namespace claimcheck::testing {
namespace {

using nlohmann::json;

constexpr const char* kClean =
    "Meta's shares rose 3.1% on Monday.\n\nMeta shares gained 3.1% on Monday after results.\n";

// The shipped rules and lexicon, as `check --no-config` loads them.
const Pipeline& shipped_pipeline() {
  static const Pipeline p = Pipeline::load(CLAIMCHECK_DEFAULT_RULES_DIR);
  return p;
}

class Serve : public Cli {
 protected:
  virtual ServeOptions options() const {
    ServeOptions options;
    options.port = 0;
    options.max_request_bytes = 64 * 1024;
    options.limits.max_articles = 3;
    return options;
  }
  void SetUp() override {
    Cli::SetUp();
    server_ = std::make_unique<CheckServer>(shipped_pipeline(), options());
    server_->bind();
    thread_ = std::thread([this] { server_->run(); });
    client_ = std::make_unique<httplib::Client>("127.0.0.1", server_->port());
    client_->set_read_timeout(60);
  }
  void TearDown() override {
    if (server_) server_->stop();
    if (thread_.joinable()) thread_.join();
    Cli::TearDown();
  }
  httplib::Result post_json(const json& body) { return client_->Post("/api/check", body.dump(), "application/json"); }
  static json articles(std::initializer_list<std::pair<const char*, const char*>> named) {
    json list = json::array();
    for (const auto& [name, text] : named) list.push_back({{"name", name}, {"text", text}});
    return {{"articles", list}};
  }
  std::unique_ptr<CheckServer> server_;
  std::thread thread_;
  std::unique_ptr<httplib::Client> client_;
};

// The findings of `check --format json` on the same articles: same records, same order.
TEST_F(Serve, ApiCheckAnswersWhatCheckReports) {
  write("slip.txt", kSlipArticle);
  write("clean.txt", kClean);
  const json cli = json::parse(run("check --no-config --format json slip.txt clean.txt").out);
  const auto res = post_json(articles({{"slip.txt", kSlipArticle}, {"clean.txt", kClean}}));
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200) << res->body;
  EXPECT_EQ(res->get_header_value("Content-Type"), "application/json");
  const json served = json::parse(res->body);
  ASSERT_FALSE(cli["findings"].empty());
  EXPECT_EQ(served["findings"], cli["findings"]);
  EXPECT_EQ(served["summary"], cli["summary"]);
  EXPECT_EQ(served["version"], cli["version"]);
}

TEST_F(Serve, AnEmptyArticleIsAnInputErrorInTheReport) {
  const auto res = post_json(articles({{"slip.txt", kSlipArticle}, {"empty.txt", ""}}));
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
  const json report = json::parse(res->body);
  EXPECT_EQ(report["summary"]["input_errors"], 1);
  EXPECT_EQ(report["diagnostics"][0]["path"], "empty.txt");
  EXPECT_EQ(report["findings"].size(), 1U);
}

// Every refusal is a status and a JSON error that says what to change.
TEST_F(Serve, BadRequestsAreRefusedWithAClearJsonError) {
  const auto expect_error = [](const httplib::Result& res, int status, const std::string& words) {
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, status) << res->body;
    const json body = json::parse(res->body);
    EXPECT_NE(body["error"].get<std::string>().find(words), std::string::npos) << body.dump();
  };
  expect_error(client_->Post("/api/check", "{not json", "application/json"), 400, "not JSON");
  expect_error(post_json({{"articles", "x"}}), 400, "array 'articles'");
  expect_error(post_json({{"articles", json::array({{{"name", "a.txt"}}})}}), 400, "articles[0]: 'text'");
  expect_error(post_json(articles({})), 400, "no articles");
  expect_error(post_json(articles({{"a.txt", "x"}, {"a.txt", "y"}})), 400, "a second article named 'a.txt'");
  expect_error(post_json(articles({{"a", "1"}, {"b", "2"}, {"c", "3"}, {"d", "4"}})), 400, "more than the limit of 3");
  json bad_format = articles({{"a.txt", "x"}});
  bad_format["articles"][0]["format"] = "pdf";
  expect_error(post_json(bad_format), 400, "unknown format 'pdf'");
  expect_error(client_->Post("/api/check", "text", "text/plain"), 415, "application/json");
  expect_error(post_json(articles({{"big.txt", std::string(70 * 1024, 'a').c_str()}})), 413, "larger than");
  expect_error(client_->Get("/nowhere"), 404, "no such page");
}

TEST_F(Serve, TheFormAnswersWithTheHtmlReport) {
  write("slip.txt", kSlipArticle);
  const std::string cli = run("check --no-config --format html slip.txt").out;
  const httplib::MultipartFormDataItems form = {
      {"text", "", "", ""}, {"name", "pasted.txt", "", ""}, {"files", kSlipArticle, "slip.txt", "text/plain"}};
  const auto res = client_->Post("/check", form);
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200) << res->body;
  EXPECT_EQ(res->get_header_value("Content-Type"), "text/html; charset=utf-8");
  EXPECT_EQ(res->body, cli);  // the same page as the command line's for the same article
}

TEST_F(Serve, TheUploadPageRendersInABrowser) {
  if (!chromium()) GTEST_SKIP() << kNoChromium;
  const PageDump page = dump_dom(fmt::format("http://127.0.0.1:{}/", server_->port()), dir_);
  ASSERT_EQ(page.exit_code, 0) << page.log;
  std::string console;
  for (const std::string& line : page.console) console += line + '\n';
  EXPECT_TRUE(page.console.empty()) << console;
  EXPECT_NE(page.dom.find("<form method=\"post\" action=\"/check\""), std::string::npos) << page.dom;
  EXPECT_NE(page.dom.find("<textarea id=\"text\""), std::string::npos);
  EXPECT_NE(page.dom.find("type=\"file\""), std::string::npos);
}

TEST(ServeLimits, ACheckPastItsTimeLimitIsRefusedWith503) {
  RequestLimits limits;
  limits.time_limit = std::chrono::milliseconds(-1);  // already past when the first article starts
  try {
    (void)check_articles(shipped_pipeline(), {{"slip.txt", kSlipArticle, Format::Text}}, limits);
    FAIL() << "no time limit";
  } catch (const RequestError& e) {
    EXPECT_EQ(e.status(), 503);
    EXPECT_NE(std::string(e.what()).find("longer than the limit"), std::string::npos) << e.what();
  }
}

// An article long enough that its analysis takes many milliseconds: a few thousand
// sentences with figures.
std::string long_article() {
  std::string text = "Meta Stock Rises 2.5%\n\n";
  for (int i = 0; i < 4000; ++i) {
    text +=
        fmt::format("Meta shares rose {}.{}% on day {} as revenue reached ${} million.\n", i % 9, i % 7, i, 100 + i);
  }
  return text;
}

// The limit passes while the one article is analysed: the check stops at the next stage
// inside it (support/deadline.hpp), not after the whole article and the rules.
TEST(ServeLimits, ALongArticleStopsInsideItsCheckWhenTheTimeLimitPasses) {
  RequestLimits limits;
  limits.time_limit = std::chrono::milliseconds(1);
  try {
    (void)check_articles(shipped_pipeline(), {{"long.txt", long_article(), Format::Text}}, limits);
    FAIL() << "no time limit inside the article";
  } catch (const RequestError& e) {
    EXPECT_EQ(e.status(), 503);
    EXPECT_NE(std::string(e.what()).find("longer than the limit of 1 ms"), std::string::npos) << e.what();
  }
}

// The rules across articles stop too: a deadline already passed stops check_run.
TEST(ServeLimits, TheRulesAcrossArticlesStopAtAPassedDeadline) {
  RunResult result;
  result.retain = Retain::ClaimStore;
  shipped_pipeline().add_document(make_document("slip.txt", kSlipArticle, Format::Text), result);
  EXPECT_THROW(shipped_pipeline().check_run(result, UnusedSuppressions::Ignore, nullptr,
                                            Deadline(Deadline::Clock::now() - std::chrono::seconds(1))),
               DeadlinePassed);
}

// A server with a 1 ms limit per request: a long article is refused with 503 and a JSON
// error over HTTP, and the server goes on answering.
class ServeWithTinyTimeLimit : public Serve {
 protected:
  ServeOptions options() const override {
    ServeOptions o = Serve::options();
    o.max_request_bytes = 4 << 20U;
    o.limits.max_article_bytes = o.max_request_bytes;
    o.limits.time_limit = std::chrono::milliseconds(1);
    return o;
  }
};

TEST_F(ServeWithTinyTimeLimit, ALongArticleIsRefusedWith503AndTheServerGoesOn) {
  const json body = {{"articles", json::array({{{"name", "long.txt"}, {"text", long_article()}}})}};
  const auto res = post_json(body);
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 503);
  EXPECT_NE(json::parse(res->body)["error"].get<std::string>().find("longer than the limit"), std::string::npos);
  const auto again = client_->Get("/");
  ASSERT_TRUE(again);
  EXPECT_EQ(again->status, 200);
}

// A connection opened by hand, as a slow client holds one: its request is sent in parts.
class RawConnection {
 public:
  explicit RawConnection(int port) : fd_(socket(AF_INET, SOCK_STREAM, 0)) {
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<std::uint16_t>(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    connected_ = fd_ >= 0 && connect(fd_, reinterpret_cast<const sockaddr*>(&address), sizeof address) == 0;
  }
  RawConnection(const RawConnection&) = delete;
  RawConnection& operator=(const RawConnection&) = delete;
  ~RawConnection() {
    if (fd_ >= 0) close(fd_);
  }
  [[nodiscard]] bool connected() const { return connected_; }
  void send_text(std::string_view text) const {
    while (!text.empty()) {
      const ssize_t n = ::send(fd_, text.data(), text.size(), MSG_NOSIGNAL);
      if (n <= 0) return;
      text.remove_prefix(static_cast<std::size_t>(n));
    }
  }
  // Everything the server sends until it closes the connection.
  [[nodiscard]] std::string read_all() const {
    std::string out;
    std::array<char, 4096> buffer{};
    for (ssize_t n = 0; (n = ::recv(fd_, buffer.data(), buffer.size(), 0)) > 0;) out.append(buffer.data(), n);
    return out;
  }

 private:
  int fd_;
  bool connected_ = false;
};

// One thread, one connection allowed to wait for it.
class BusyServe : public Serve {
 protected:
  ServeOptions options() const override {
    ServeOptions o = Serve::options();
    o.threads = 1;
    o.max_waiting = 1;
    o.socket_timeout = std::chrono::seconds(120);  // the held requests wait for the test, not a clock
    return o;
  }
};

// Two slow clients hold the thread and the one waiting place; the third request is
// answered 503 with Retry-After at once, and the held ones are then served in full.
TEST_F(BusyServe, ARequestPastTheThreadsAndTheWaitingPlacesGets503WithRetryAfter) {
  const std::string body = articles({{"slip.txt", kSlipArticle}}).dump();
  const std::string head = "POST /api/check HTTP/1.1\r\nHost: 127.0.0.1\r\n";
  const std::string rest = fmt::format(
      "Content-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{}", body.size(), body);
  std::vector<std::unique_ptr<RawConnection>> held;
  for (int i = 0; i < 2; ++i) {
    held.push_back(std::make_unique<RawConnection>(server_->port()));
    ASSERT_TRUE(held.back()->connected());
    held.back()->send_text(head);  // the headers not finished: the server waits for them
  }
  const auto refused = post_json(articles({{"slip.txt", kSlipArticle}}));
  ASSERT_TRUE(refused);
  EXPECT_EQ(refused->status, 503) << refused->body;
  EXPECT_EQ(refused->get_header_value("Retry-After"), "5");
  EXPECT_NE(json::parse(refused->body)["error"].get<std::string>().find("busy"), std::string::npos) << refused->body;
  for (const auto& connection : held) {
    connection->send_text(rest);
    const std::string answer = connection->read_all();
    EXPECT_EQ(answer.rfind("HTTP/1.1 200", 0), 0U) << answer.substr(0, 300);
    EXPECT_NE(answer.find("decimal-slip"), std::string::npos);
  }
  held.clear();
  const auto served = post_json(articles({{"slip.txt", kSlipArticle}}));  // the places are free again
  ASSERT_TRUE(served);
  EXPECT_EQ(served->status, 200) << served->body;
}

// `claimcheck serve --port 0` as a user starts it: it says where it listens (127.0.0.1
// unless told otherwise) and answers there until stopped.
TEST_F(Cli, ServeListensOnLocalhostByDefault) {
  const std::string err = (dir_ / "serve.err").string();
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 2, err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  std::vector<std::string> args = {CLAIMCHECK_BINARY, "serve", "--no-config", "--port", "0"};
  std::vector<char*> argv;
  for (std::string& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  pid_t pid = 0;
  ASSERT_EQ(posix_spawn(&pid, CLAIMCHECK_BINARY, &actions, nullptr, argv.data(), environ), 0);
  posix_spawn_file_actions_destroy(&actions);
  std::smatch where;
  std::string said;
  const std::regex listening("listening on http://127\\.0\\.0\\.1:([0-9]+)/");
  for (int i = 0; i < 600 && !std::regex_search(said, where, listening); ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    said = slurp(err);
  }
  ASSERT_FALSE(where.empty()) << said;
  httplib::Client client("127.0.0.1", std::stoi(where[1].str()));
  client.set_read_timeout(60);
  const json body = {{"articles", json::array({{{"name", "slip.txt"}, {"text", kSlipArticle}}})}};
  const auto res = client.Post("/api/check", body.dump(), "application/json");
  kill(pid, SIGTERM);
  int status = 0;
  waitpid(pid, &status, 0);
  ASSERT_TRUE(res);
  EXPECT_EQ(json::parse(res->body)["findings"][0]["rule"], "decimal-slip");
}

}  // namespace
}  // namespace claimcheck::testing
