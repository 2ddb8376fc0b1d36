// `serve`: the server on a free port of 127.0.0.1, driven over HTTP with cpp-httplib's
// client as a CMS plug-in would; its answers against `check` on the same articles.

#include "serve/check_server.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <gtest/gtest.h>
#include <httplib.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

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
  void SetUp() override {
    Cli::SetUp();
    ServeOptions options;
    options.port = 0;
    options.max_request_bytes = 64 * 1024;
    options.limits.max_articles = 3;
    server_ = std::make_unique<CheckServer>(shipped_pipeline(), options);
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
