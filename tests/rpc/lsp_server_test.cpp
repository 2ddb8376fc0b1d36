// `claimcheck lsp` driven as an editor drives it, over pipes: diagnostics on open and on
// change, quick fixes, hovers, and malformed input that must be answered, not crash it.

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <iostream>

#include "rpc/file_uri.hpp"
#include "rpc/server_process.hpp"

namespace claimcheck::testing {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

json position(int line, int character) { return {{"line", line}, {"character", character}}; }
json range(int l1, int c1, int l2, int c2) { return {{"start", position(l1, c1)}, {"end", position(l2, c2)}}; }

bool is_diagnostics_for(const json& m, const std::string& uri) {
  return m.value("method", "") == "textDocument/publishDiagnostics" && m["params"]["uri"] == uri;
}

class LspServerTest : public ServerTest {
 protected:
  LspServerTest() : ServerTest("lsp --debounce 50", Framing::ContentLength) {}
  void SetUp() override {
    ServerTest::SetUp();
    fs::create_directories(dir_ / "news");
  }

  std::string write(const std::string& name, const std::string& text) {
    std::ofstream(dir_ / name, std::ios::binary) << text;
    return file_uri_from_path((dir_ / name).string());
  }

  json initialize() {
    server_->request(1, "initialize", {{"processId", nullptr}, {"rootUri", nullptr}, {"capabilities", json::object()}});
    auto response = server_->response(1);
    EXPECT_TRUE(response.has_value());
    server_->notify("initialized", json::object());
    return response.value_or(json());
  }

  // Opens `text` as news/story.txt and returns the diagnostics published for it.
  json open(const std::string& uri, const std::string& text, const std::string& language = "plaintext") {
    server_->notify("textDocument/didOpen",
                    {{"textDocument", {{"uri", uri}, {"languageId", language}, {"version", 1}, {"text", text}}}});
    return diagnostics(uri);
  }

  json diagnostics(const std::string& uri) {
    auto m = server_->receive_until([&](const json& x) { return is_diagnostics_for(x, uri); });
    EXPECT_TRUE(m.has_value()) << "no publishDiagnostics for " << uri;
    return m ? (*m)["params"]["diagnostics"] : json();
  }

  void change(const std::string& uri, int version, const json& changes) {
    server_->notify("textDocument/didChange",
                    {{"textDocument", {{"uri", uri}, {"version", version}}}, {"contentChanges", changes}});
  }
};

TEST_F(LspServerTest, InitializeAnnouncesIncrementalSyncCodeActionsAndHover) {
  const json r = initialize();
  const json& caps = r["result"]["capabilities"];
  EXPECT_EQ(caps["textDocumentSync"]["change"], 2);
  EXPECT_EQ(caps["textDocumentSync"]["openClose"], true);
  EXPECT_EQ(caps["hoverProvider"], true);
  EXPECT_EQ(caps["codeActionProvider"]["codeActionKinds"], json::array({"quickfix"}));
  EXPECT_EQ(caps["positionEncoding"], "utf-16");
  EXPECT_EQ(r["result"]["serverInfo"]["name"], "claimcheck");
}

TEST_F(LspServerTest, DecimalSlipIsPublishedWithItsRelatedFigure) {
  initialize();
  const std::string uri = write("news/story.txt", kSlipStory);
  const json d = open(uri, kSlipStory);
  ASSERT_EQ(d.size(), 1U) << d.dump(2);
  EXPECT_EQ(d[0]["code"], "decimal-slip");
  EXPECT_EQ(d[0]["severity"], 1);
  EXPECT_EQ(d[0]["source"], "claimcheck");
  EXPECT_EQ(d[0]["range"], range(0, 17, 0, 20));  // "25%" in the headline
  EXPECT_NE(d[0]["message"].get<std::string>().find("25%"), std::string::npos);
  ASSERT_EQ(d[0]["relatedInformation"].size(), 1U);
  const json& related = d[0]["relatedInformation"][0];
  EXPECT_EQ(related["location"]["uri"], uri);
  EXPECT_EQ(related["location"]["range"], range(2, 18, 2, 22));  // "2.5%" in the body
  EXPECT_EQ(related["message"], "(body) 2.5%");
}

TEST_F(LspServerTest, IncrementalChangeThatFixesTheHeadlineClearsTheDiagnostic) {
  initialize();
  const std::string uri = write("news/story.txt", kSlipStory);
  ASSERT_EQ(open(uri, kSlipStory).size(), 1U);
  change(uri, 2, json::array({{{"range", range(0, 17, 0, 19)}, {"text", "2.5"}}}));  // "25" -> "2.5"
  EXPECT_EQ(diagnostics(uri), json::array());
  // And a whole-document change that brings the slip back raises it again.
  change(uri, 3, json::array({{{"text", kSlipStory}}}));
  EXPECT_EQ(diagnostics(uri).size(), 1U);
}

TEST_F(LspServerTest, CodeActionsReplaceTheFigureOrDisableTheRuleForTheLine) {
  initialize();
  const std::string uri = write("news/story.txt", kSlipStory);
  ASSERT_EQ(open(uri, kSlipStory).size(), 1U);
  server_->request(7, "textDocument/codeAction",
                   {{"textDocument", {{"uri", uri}}},
                    {"range", range(0, 18, 0, 18)},
                    {"context", {{"diagnostics", json::array()}}}});
  const auto r = server_->response(7);
  ASSERT_TRUE(r.has_value());
  const json& actions = (*r)["result"];
  ASSERT_EQ(actions.size(), 2U) << actions.dump(2);
  EXPECT_EQ(actions[0]["title"], "Replace 25% with 2.5%");
  EXPECT_EQ(actions[0]["kind"], "quickfix");
  EXPECT_EQ(actions[0]["isPreferred"], true);
  EXPECT_EQ(actions[0]["edit"]["changes"][uri][0], json({{"range", range(0, 17, 0, 20)}, {"newText", "2.5%"}}));
  EXPECT_EQ(actions[1]["title"], "Disable decimal-slip for this line");
  const json disable = actions[1]["edit"]["changes"][uri][0];
  EXPECT_EQ(disable["range"], range(0, 0, 0, 0));
  EXPECT_EQ(disable["newText"], "<!-- claimcheck-disable-next-line decimal-slip -->\n");
  // Applying the suppression as the editor would silences the finding.
  change(uri, 2, json::array({{{"range", disable["range"]}, {"text", disable["newText"]}}}));
  EXPECT_EQ(diagnostics(uri), json::array());
  // No action where no finding is.
  server_->request(
      8, "textDocument/codeAction",
      {{"textDocument", {{"uri", uri}}}, {"range", range(3, 0, 3, 4)}, {"context", {{"diagnostics", json::array()}}}});
  EXPECT_EQ((*server_->response(8))["result"], json::array());
}

TEST_F(LspServerTest, HoverShowsHowTheFigureWasRead) {
  initialize();
  const std::string uri = write("news/story.txt", kSlipStory);
  open(uri, kSlipStory);
  server_->request(9, "textDocument/hover", {{"textDocument", {{"uri", uri}}}, {"position", position(2, 19)}});
  const auto r = server_->response(9);
  ASSERT_TRUE(r.has_value());
  const std::string text = (*r)["result"]["contents"]["value"];
  EXPECT_NE(text.find("**2.5%**"), std::string::npos) << text;
  EXPECT_NE(text.find("2.45% to 2.55%"), std::string::npos) << text;
  EXPECT_NE(text.find("entity: Meta"), std::string::npos) << text;
  EXPECT_NE(text.find("direction: up"), std::string::npos) << text;
  EXPECT_EQ((*r)["result"]["range"], range(2, 18, 2, 22));
  server_->request(10, "textDocument/hover", {{"textDocument", {{"uri", uri}}}, {"position", position(2, 2)}});
  EXPECT_TRUE((*server_->response(10))["result"].is_null());
}

TEST_F(LspServerTest, ShutdownThenExitEndsWithZeroAndExitAloneWithOne) {
  initialize();
  server_->request(2, "shutdown", nullptr);
  const auto r = server_->response(2);
  ASSERT_TRUE(r.has_value());
  EXPECT_TRUE((*r)["result"].is_null());
  server_->request(3, "textDocument/hover", json::object());
  EXPECT_EQ((*server_->response(3))["error"]["code"], -32600);
  server_->notify("exit", nullptr);
  EXPECT_EQ(server_->wait_exit(std::chrono::seconds(10)), 0);

  ServerProcess abrupt("lsp", dir_, Framing::ContentLength);
  abrupt.notify("exit", nullptr);
  EXPECT_EQ(abrupt.wait_exit(std::chrono::seconds(10)), 1);
}

// The samples' folder: its .claimcheck.json (which names the invented companies' lexicon)
// is found from the document's folder, and the articles beside it on disk are the other
// sources the feature's 9% is checked against.
TEST_F(LspServerTest, CrossArticleFindingPointsAtTheOtherFilesOfTheFolder) {
  fs::copy(fs::path(CLAIMCHECK_SOURCE_DIR) / "samples", dir_ / "samples", fs::copy_options::recursive);
  initialize();
  const fs::path feature = dir_ / "samples" / "markdown-northwind-feature.md";
  std::ifstream in(feature, std::ios::binary);
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const json d = open(file_uri_from_path(feature.string()), text, "markdown");
  ASSERT_EQ(d.size(), 1U) << d.dump(2);
  EXPECT_EQ(d[0]["code"], "outlier-majority");
  EXPECT_EQ(d[0]["severity"], 2);
  EXPECT_EQ(d[0]["range"]["start"], position(9, 27));
  std::vector<std::string> uris;
  for (const json& r : d[0]["relatedInformation"]) uris.push_back(r["location"]["uri"]);
  const auto sample = [&](const char* name) { return file_uri_from_path((dir_ / "samples" / name).string()); };
  EXPECT_EQ(uris,
            (std::vector<std::string>{sample("analysis-northwind-capex.txt"), sample("crypto-repost-northwind.txt"),
                                      sample("wire-northwind-atlas-forge.txt")}));

  // The wire story edited on disk, as the editor's file watcher reports it: the feature is
  // checked again without being edited, and one of the three sources is gone.
  const fs::path wire = dir_ / "samples" / "wire-northwind-atlas-forge.txt";
  std::ofstream(wire, std::ios::binary | std::ios::trunc) << "Unrelated note\n\nNothing to compare here.\n";
  server_->notify("workspace/didChangeWatchedFiles",
                  {{"changes", json::array({{{"uri", file_uri_from_path(wire.string())}, {"type", 2}}})}});
  const json after = diagnostics(file_uri_from_path(feature.string()));
  ASSERT_EQ(after.size(), 1U) << after.dump(2);
  EXPECT_EQ(after[0]["relatedInformation"].size(), 2U);
}

// A 5,000-word article of a dozen companies' results, each paragraph with four figures.
std::string long_article() {
  const std::vector<std::string> companies{"Microsoft", "Alphabet", "Amazon", "Apple", "Nvidia", "Tesla"};
  std::string text = "Big Tech Results Roundup\n\n";
  for (int i = 0; text.size() < 33000; ++i) {
    const std::string& c = companies[static_cast<std::size_t>(i) % companies.size()];
    text += c + " said on Tuesday that quarterly revenue rose " + std::to_string(5 + i % 20) + "% to $" +
            std::to_string(20 + i % 70) + " billion, while its shares gained " + std::to_string(1 + i % 9) + "." +
            std::to_string(i % 10) +
            "% in early trading. Analysts at several banks had expected growth of "
            "about " +
            std::to_string(4 + i % 20) +
            "%, and the company said it would keep investing in data "
            "centres across Europe and Asia this year as demand for cloud services and new models kept rising.\n\n";
  }
  return text;
}

TEST_F(LspServerTest, FiveThousandWordArticleIsCheckedAndTimed) {
  initialize();
  const std::string text = long_article();
  const std::string uri = write("news/long.md", text);
  open(uri, text, "markdown");  // start-up: the rules and the lexicon load on the first check
  std::vector<double> times;
  for (int i = 0; i < 5; ++i) {
    server_->notify("textDocument/didClose", {{"textDocument", {{"uri", uri}}}});
    diagnostics(uri);  // the close clears them
    const auto start = std::chrono::steady_clock::now();
    open(uri, text, "markdown");
    times.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
  }
  std::sort(times.begin(), times.end());
  const std::size_t words = static_cast<std::size_t>(std::count(text.begin(), text.end(), ' ')) + 1;
  std::cout << "[ latency  ] " << words << " words, " << text.size() << " bytes: median " << times[2] << " ms, best "
            << times[0] << " ms (open to publishDiagnostics)\n";
  EXPECT_GE(words, 5000U);
  // The time is printed, not asserted: speed is measured where the machine is quiet
  // (README, "In the editor"), never a pass/fail on a shared CI runner.
}

// Columns count UTF-16 code units unless the client offers UTF-8: "📈 " is 3 units, 5 bytes.
TEST_F(LspServerTest, PositionsAreUtf16UnlessTheClientOffersUtf8) {
  const std::string story = std::string("\xF0\x9F\x93\x88 ") + kSlipStory;
  const std::string uri = write("news/emoji.txt", story);
  initialize();
  EXPECT_EQ(open(uri, story)[0]["range"], range(0, 20, 0, 23));

  ServerProcess utf8("lsp", dir_, Framing::ContentLength);
  utf8.request(1, "initialize", {{"capabilities", {{"general", {{"positionEncodings", {"utf-8", "utf-16"}}}}}}});
  EXPECT_EQ((*utf8.response(1))["result"]["capabilities"]["positionEncoding"], "utf-8");
  utf8.notify("textDocument/didOpen",
              {{"textDocument", {{"uri", uri}, {"languageId", "plaintext"}, {"version", 1}, {"text", story}}}});
  const auto published = utf8.receive_until([&](const json& m) { return is_diagnostics_for(m, uri); });
  ASSERT_TRUE(published.has_value());
  EXPECT_EQ((*published)["params"]["diagnostics"][0]["range"], range(0, 22, 0, 25));
}

TEST_F(LspServerTest, RequestsBeforeInitializeAreRefused) {
  server_->request(4, "textDocument/hover",
                   {{"textDocument", {{"uri", "file:///x.txt"}}}, {"position", position(0, 0)}});
  EXPECT_EQ((*server_->response(4))["error"]["code"], -32002);
  EXPECT_EQ(initialize()["result"]["serverInfo"]["name"], "claimcheck");
}

// Each malformed message gets a JSON-RPC error, and the server still answers afterwards.
TEST_F(LspServerTest, MalformedMessagesGetErrorsAndNeverStopTheServer) {
  initialize();
  const auto error_of = [&](const std::string& raw) {
    EXPECT_TRUE(server_->send_raw(raw));
    auto m = server_->receive_until([](const json& x) { return x.contains("error"); });
    EXPECT_TRUE(m.has_value()) << "no error for " << raw.substr(0, 80);
    return m.value_or(json());
  };
  json e = error_of("Content-Type: application/json\r\n\r\n{}");  // no Content-Length
  EXPECT_EQ(e["error"]["code"], -32700);
  EXPECT_TRUE(e["id"].is_null());
  EXPECT_NE(e["error"]["message"].get<std::string>().find("Content-Length"), std::string::npos);
  e = error_of("Content-Length: 11\r\n\r\n{\"jsonrpc\":");  // invalid JSON
  EXPECT_EQ(e["error"]["code"], -32700);
  e = error_of("Content-Length: 7\r\n\r\n[1,2,3]");  // not an object
  EXPECT_EQ(e["error"]["code"], -32600);
  server_->request(11, "textDocument/formatting", json::object());
  e = *server_->response(11);
  EXPECT_EQ(e["error"]["code"], -32601);
  EXPECT_NE(e["error"]["message"].get<std::string>().find("textDocument/formatting"), std::string::npos);
  server_->request(12, "textDocument/hover", {{"textDocument", 5}});
  EXPECT_EQ((*server_->response(12))["error"]["code"], -32602);
  server_->notify("$/cancelRequest", {{"id", 1}});  // ignored, as the protocol says

  // A 100 MB message is refused from its header and its bytes skipped, never held.
  const std::size_t huge = std::size_t{100} * 1024 * 1024;
  ASSERT_TRUE(server_->send_raw("Content-Length: " + std::to_string(huge) + "\r\n\r\n"));
  e = *server_->receive_until([](const json& x) { return x.contains("error"); });
  EXPECT_NE(e["error"]["message"].get<std::string>().find("over the limit"), std::string::npos);
  const std::string chunk(1024 * 1024, 'x');
  for (std::size_t sent = 0; sent < huge; sent += chunk.size()) ASSERT_TRUE(server_->send_raw(chunk));

  // Still alive, and still checking.
  const std::string uri = write("news/story.txt", kSlipStory);
  EXPECT_EQ(open(uri, kSlipStory).size(), 1U);
  server_->request(13, "shutdown", nullptr);
  EXPECT_TRUE((*server_->response(13))["result"].is_null());
  server_->notify("exit", nullptr);
  EXPECT_EQ(server_->wait_exit(std::chrono::seconds(10)), 0);
}

TEST_F(LspServerTest, InputCutShortEndsTheServerCleanly) {
  initialize();
  ASSERT_TRUE(server_->send_raw("Content-Length: 100\r\n\r\n{\"jsonrpc\""));
  EXPECT_EQ(server_->finish(), 1);  // the input ended without shutdown: exit code 1, no crash
}

}  // namespace
}  // namespace claimcheck::testing
