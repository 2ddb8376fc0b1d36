#include "model/json_io.hpp"

#include <gtest/gtest.h>

#include <limits>
#include <sstream>
#include <string>

#include "report/json_report.hpp"
#include "support/test_support.hpp"

namespace claimcheck::testing {
namespace {

TEST(JsonIo, ClaimRoundTripsIncludingUnboundedIntervals) {
  const auto doc = analyse("Meta has capital expenditure exceeding $115 billion. Meta's stock rose 2.5% on Monday.\n");
  ASSERT_EQ(doc.claims.size(), 2U);
  for (const Claim& c : doc.claims) {
    const nlohmann::json j = to_json(c);
    const Claim back = claim_from_json(nlohmann::json::parse(j.dump()));
    EXPECT_EQ(back, c) << j.dump();
  }
  EXPECT_TRUE(to_json(doc.claims[0])["value"]["high"].is_null());
}

TEST(JsonIo, MalformedClaimNamesTheProblem) {
  nlohmann::json j = to_json(analyse("Meta's stock rose 2.5% today.\n").claims.at(0));
  j["role"] = "sidebar";
  try {
    (void)claim_from_json(j);
    FAIL() << "expected an error";
  } catch (const std::invalid_argument& e) {
    EXPECT_NE(std::string(e.what()).find("role"), std::string::npos);
  }
}

TEST(JsonIo, ClaimStreamRoundTrip) {
  std::vector<DocumentClaims> docs{analyse("Meta's stock rose 2.5% on the Muse Spark launch.\n", Format::Text, "a.txt"),
                                   analyse("Meta's stock closed up 6.5% after Muse Spark.\n", Format::Text, "b.txt")};
  std::stringstream stream;
  write_claim_stream(stream, docs);
  const auto back = read_claim_stream(stream, "mem.jsonl");
  ASSERT_EQ(back.size(), 2U);
  EXPECT_EQ(back[1].info.id, "b.txt");
  EXPECT_EQ(back[0].claims, docs[0].claims);
}

// Found by fuzz_claim_stream: a span line of 6e66 was cast to an unsigned int (undefined
// behaviour) instead of being refused.
TEST(JsonIo, NumbersThatDoNotFitAreRefusedNotCast) {
  const auto doc = analyse("Meta's stock rose 2.5% on Monday.\n");
  ASSERT_EQ(doc.claims.size(), 1U);
  for (const auto& [field, value] : std::vector<std::pair<std::string, nlohmann::json>>{
           {"line", 6e66}, {"line", -1}, {"column", 1.5}, {"begin", "7"}, {"line", 5'000'000'000LL}}) {
    nlohmann::json j = to_json(doc.claims[0]);
    j["span"][field] = value;
    EXPECT_THROW((void)claim_from_json(j), std::invalid_argument) << field << " = " << value.dump();
  }
  // And a frame hash of 2e125 (found by fuzz_claim_stream) or one over 16 bits.
  for (const nlohmann::json& hash : {nlohmann::json(2e125), nlohmann::json(70000), nlohmann::json(-3)}) {
    nlohmann::json j = to_json(doc.claims[0]);
    j["frame"]["words"] = nlohmann::json::array({hash});
    EXPECT_THROW((void)claim_from_json(j), std::invalid_argument) << hash.dump();
  }
  nlohmann::json j = to_json(doc.claims[0]);
  j["type"] = "claim";
  std::istringstream stream("{\"type\":\"document\",\"id\":\"article.txt\"}\n" + j.dump() +
                            "\n{\"type\":\"change\",\"change\":1e300,\"from\":0,\"to\":0}\n");
  try {
    (void)read_claim_stream(stream, "s.jsonl");
    ADD_FAILURE() << "accepted a change index of 1e300";
  } catch (const InputError& e) {
    EXPECT_NE(std::string(e.what()).find("s.jsonl:3"), std::string::npos) << e.what();
    EXPECT_EQ(e.path(), "s.jsonl");
    EXPECT_EQ(e.line(), 3U);
  }
}

TEST(JsonIo, BrokenStreamLineIsNamed) {
  std::stringstream stream("{\"type\":\"document\",\"id\":\"a\"}\n{not json\n");
  try {
    (void)read_claim_stream(stream, "claims.jsonl");
    FAIL() << "expected an error";
  } catch (const InputError& e) {
    EXPECT_NE(std::string(e.what()).find("claims.jsonl:2"), std::string::npos) << e.what();
    EXPECT_EQ(e.line(), 2U);
    EXPECT_EQ(e.column(), 3U);  // "{not json": the parser reads "no" as the start of "null"
  }
}

TEST(JsonValuePlace, FindsAFieldsValuePastStringsAndComments) {
  const std::string text =
      "{\"a\": \"}{,\\\"\", // a [comment]\n  \"list\": [1, {\"x\": 2}, [3]],\n  /* \"b\": 0 */ \"b\": {\"c\":  true}}";
  const auto b = json_value_place(text, "/b/c");
  ASSERT_TRUE(b.has_value());
  EXPECT_EQ(b->line, 3U);
  EXPECT_EQ(b->column, 28U);
  const auto element = json_value_place(text, "/list/1/x");
  ASSERT_TRUE(element.has_value());
  EXPECT_EQ(element->line, 2U);
  EXPECT_EQ(element->column, 21U);
  EXPECT_FALSE(json_value_place(text, "/missing").has_value());
  EXPECT_FALSE(json_value_place(text, "/list/3").has_value());
  const auto members = json_member_places(text, "");
  ASSERT_EQ(members.size(), 3U);
  EXPECT_EQ(members[2].first, "b");
  EXPECT_EQ(members[2].second.line, 3U);
  EXPECT_EQ(members[2].second.column, 21U);
}

TEST(JsonValuePlace, DeepNestingIsSteppedOverWithoutRecursion) {
  const std::string deep = "{\"deep\": " + std::string(200000, '[') + std::string(200000, ']') + ", \"after\": 1}";
  const auto after = json_value_place(deep, "/after");
  ASSERT_TRUE(after.has_value());
  EXPECT_EQ(after->column, deep.size() - 1);
}

}  // namespace
}  // namespace claimcheck::testing
