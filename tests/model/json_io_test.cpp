#include "model/json_io.hpp"

#include <gtest/gtest.h>

#include <limits>
#include <sstream>

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

TEST(JsonIo, BrokenStreamLineIsNamed) {
  std::stringstream stream("{\"type\":\"document\",\"id\":\"a\"}\n{not json\n");
  try {
    (void)read_claim_stream(stream, "claims.jsonl");
    FAIL() << "expected an error";
  } catch (const std::invalid_argument& e) {
    EXPECT_NE(std::string(e.what()).find("claims.jsonl:2"), std::string::npos) << e.what();
  }
}

}  // namespace
}  // namespace claimcheck::testing
