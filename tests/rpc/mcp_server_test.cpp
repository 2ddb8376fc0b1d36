// `claimcheck mcp` driven as an AI writing assistant's client drives it, over pipes: the
// lifecycle, the tools, and arguments that must be refused with a clear error.

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>

#include "rpc/server_process.hpp"

namespace claimcheck::testing {
namespace {

using nlohmann::json;

class McpServerTest : public ServerTest {
 protected:
  McpServerTest() : ServerTest("mcp", Framing::Lines) {}

  json initialize() {
    server_->request(1, "initialize",
                     {{"protocolVersion", "2025-06-18"},
                      {"capabilities", json::object()},
                      {"clientInfo", {{"name", "test"}, {"version", "1"}}}});
    auto r = server_->response(1);
    EXPECT_TRUE(r.has_value());
    server_->notify("notifications/initialized", json::object());
    return r.value_or(json());
  }

  json call(int id, const std::string& tool, const json& arguments) {
    server_->request(id, "tools/call", {{"name", tool}, {"arguments", arguments}});
    auto r = server_->response(id);
    EXPECT_TRUE(r.has_value());
    return r.value_or(json());
  }

  // The error message of a call that must be refused as invalid params.
  std::string refusal(int id, const std::string& tool, const json& arguments) {
    const json r = call(id, tool, arguments);
    EXPECT_EQ(r["error"]["code"], -32602) << r.dump();
    return r["error"].value("message", "");
  }
};

TEST_F(McpServerTest, InitializeNegotiatesTheVersionAndListsTheTools) {
  const json r = initialize();
  EXPECT_EQ(r["result"]["protocolVersion"], "2025-06-18");
  EXPECT_TRUE(r["result"]["capabilities"].contains("tools"));
  EXPECT_EQ(r["result"]["serverInfo"]["name"], "claimcheck");
  server_->request(2, "tools/list", json::object());
  const json tools = (*server_->response(2))["result"]["tools"];
  ASSERT_EQ(tools.size(), 2U);
  EXPECT_EQ(tools[0]["name"], "check_text");
  EXPECT_EQ(tools[0]["inputSchema"]["required"], json::array({"text"}));
  EXPECT_EQ(tools[0]["inputSchema"]["properties"]["others"]["type"], "array");
  EXPECT_EQ(tools[1]["name"], "extract_claims");
  server_->request(3, "ping", json::object());
  EXPECT_EQ((*server_->response(3))["result"], json::object());
}

TEST_F(McpServerTest, UnknownProtocolVersionGetsTheNewest) {
  server_->request(1, "initialize", {{"protocolVersion", "1999-01-01"}, {"capabilities", json::object()}});
  EXPECT_EQ((*server_->response(1))["result"]["protocolVersion"], "2025-06-18");
}

TEST_F(McpServerTest, CheckTextFindsTheDecimalSlip) {
  initialize();
  const json r = call(4, "check_text", {{"text", kSlipStory}, {"name", "draft.txt"}});
  EXPECT_EQ(r["result"]["isError"], false);
  const json& out = r["result"]["structuredContent"];
  ASSERT_EQ(out["findings"].size(), 1U) << out.dump(2);
  const json& f = out["findings"][0];
  EXPECT_EQ(f["rule"], "decimal-slip");
  EXPECT_EQ(f["severity"], "error");
  EXPECT_EQ(f["claims"][0]["text"], "25%");
  EXPECT_EQ(f["claims"][0]["document"], "draft.txt");
  EXPECT_EQ(f["claims"][1]["text"], "2.5%");
  EXPECT_EQ(out["summary"]["findings"], 1);
  // The same JSON as text, for clients that read only content.
  EXPECT_EQ(json::parse(r["result"]["content"][0]["text"].get<std::string>()), out);

  const json fixed =
      call(5, "check_text", {{"text", "Meta Stock Rises 2.5% on Muse Spark\n\nMeta's stock rose 2.5%.\n"}});
  EXPECT_EQ(fixed["result"]["structuredContent"]["findings"], json::array());
}

std::string sample(const char* name) {
  std::ifstream in(std::filesystem::path(CLAIMCHECK_SOURCE_DIR) / "samples" / name, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// Other articles given with the text are the sources it is checked against; the server
// started in the samples' folder finds their .claimcheck.json (and so their lexicon).
TEST_F(McpServerTest, CheckTextComparesTheArticleWithTheOthersGiven) {
  const std::filesystem::path samples = dir_ / "samples";
  std::filesystem::copy(std::filesystem::path(CLAIMCHECK_SOURCE_DIR) / "samples", samples,
                        std::filesystem::copy_options::recursive);
  server_ = std::make_unique<ServerProcess>("mcp", samples, Framing::Lines);
  initialize();
  const json others = json::array({{{"text", sample("analysis-northwind-capex.txt")}, {"name", "analysis.txt"}},
                                   {{"text", sample("crypto-repost-northwind.txt")}, {"name", "crypto.txt"}},
                                   {{"text", sample("wire-northwind-atlas-forge.txt")}}});
  const json r = call(19, "check_text",
                      {{"text", sample("markdown-northwind-feature.md")},
                       {"format", "markdown"},
                       {"name", "feature.md"},
                       {"others", others}});
  const json& findings = r["result"]["structuredContent"]["findings"];
  ASSERT_EQ(findings.size(), 1U) << r.dump(2);
  EXPECT_EQ(findings[0]["rule"], "outlier-majority");
  EXPECT_EQ(findings[0]["claims"][0]["document"], "feature.md");
  EXPECT_EQ(findings[0]["claims"][0]["text"], "9%");
  std::vector<std::string> documents;
  for (std::size_t i = 1; i < findings[0]["claims"].size(); ++i)
    documents.push_back(findings[0]["claims"][i]["document"]);
  EXPECT_EQ(documents, (std::vector<std::string>{"analysis.txt", "crypto.txt", "other-3"}));
  EXPECT_EQ(r["result"]["structuredContent"]["summary"]["articles"], 4);

  const json twice =
      call(20, "check_text", {{"text", "a"}, {"others", json::array({{{"text", "b"}, {"name", "article"}}})}});
  EXPECT_NE(twice["error"]["message"].get<std::string>().find("two articles are named \"article\""), std::string::npos);
}

TEST_F(McpServerTest, ExtractClaimsListsEveryFigure) {
  initialize();
  const json r = call(6, "extract_claims", {{"text", kSlipStory}, {"format", "text"}});
  const json& claims = r["result"]["structuredContent"]["claims"];
  ASSERT_EQ(claims.size(), 2U) << r.dump(2);
  EXPECT_EQ(claims[0]["text"], "25%");
  EXPECT_EQ(claims[1]["text"], "2.5%");
  EXPECT_EQ(claims[1]["subject"]["entity"], "meta");
}

TEST_F(McpServerTest, BadArgumentsAreRefusedNamingTheArgument) {
  initialize();
  EXPECT_NE(refusal(7, "check_text", json::object()).find("\"text\" is required"), std::string::npos);
  EXPECT_NE(refusal(8, "check_text", {{"text", 25}}).find("arguments.text: must be a string"), std::string::npos);
  EXPECT_NE(refusal(9, "check_text", {{"text", "x"}, {"format", "pdf"}}).find("arguments.format"), std::string::npos);
  EXPECT_NE(refusal(10, "check_text", {{"text", "x"}, {"colour", "red"}}).find("unknown field \"colour\""),
            std::string::npos);
  EXPECT_NE(refusal(11, "check_text", {{"text", "x"}, {"others", json::array({{{"text", 1}}})}})
                .find("arguments.others[0].text"),
            std::string::npos);
  EXPECT_NE(refusal(12, "check_text", {{"text", std::string(3 * 1024 * 1024, 'a')}}).find("over the limit"),
            std::string::npos);
  EXPECT_NE(refusal(13, "extract_claims", {{"text", ""}}).find("is empty"), std::string::npos);
  EXPECT_NE(refusal(14, "summarise", {{"text", "x"}}).find("unknown tool"), std::string::npos);
  // Still answering.
  EXPECT_EQ(call(15, "check_text", {{"text", kSlipStory}})["result"]["structuredContent"]["findings"].size(), 1U);
}

TEST_F(McpServerTest, MalformedMessagesGetJsonRpcErrors) {
  server_->request(16, "tools/list", json::object());
  EXPECT_EQ((*server_->response(16))["error"]["code"], -32002);  // before initialize
  initialize();
  ASSERT_TRUE(server_->send_raw("{not json\n"));
  json e = *server_->receive_until([](const json& x) { return x.contains("error"); });
  EXPECT_EQ(e["error"]["code"], -32700);
  EXPECT_TRUE(e["id"].is_null());
  server_->request(17, "resources/list", json::object());
  EXPECT_EQ((*server_->response(17))["error"]["code"], -32601);
  // A line over the 16 MB limit is refused and skipped without being held.
  const std::string chunk(1024 * 1024, 'x');
  for (int i = 0; i < 20; ++i) ASSERT_TRUE(server_->send_raw(chunk));
  ASSERT_TRUE(server_->send_raw("\n"));
  e = *server_->receive_until([](const json& x) { return x.contains("error"); });
  EXPECT_NE(e["error"]["message"].get<std::string>().find("over the limit"), std::string::npos);
  server_->request(18, "ping", json::object());
  EXPECT_EQ((*server_->response(18))["result"], json::object());
  EXPECT_EQ(server_->finish(), 0);
}

}  // namespace
}  // namespace claimcheck::testing
