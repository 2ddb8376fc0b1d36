// The numbers the rules are tuned with are rule parameters (rules/checks/*.json), not
// constants in the code: changing one in a configuration changes what is found.

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "cli/cli_fixture.hpp"

namespace claimcheck::testing {
namespace {

using nlohmann::json;

class CliRuleParameters : public Cli {
 protected:
  // The rule ids of `claimcheck check --format json ARGS`.
  std::vector<std::string> rules_found(const std::string& args) {
    const json report = json::parse(run("check --format json " + args).out);
    std::vector<std::string> rules;
    for (const json& f : report["findings"]) rules.push_back(f["rule"]);
    return rules;
  }
};

TEST_F(CliRuleParameters, TheDaysAYearOfADailyFigureAreData) {
  // $100.0 million a day is $25 billion (250 days) to $36.6 billion (366 days): not $40 billion.
  write("a.txt",
        "Vantor News\n\nMARCH 9, 2026 - Vantor Corp plans capital expenditure of $40 billion in 2026. Vantor Corp is "
        "spending $100.0 million a day on capital expenditure in 2026.\n");
  EXPECT_EQ(rules_found("--no-config a.txt"), std::vector<std::string>{"derived-rate"});
  // With 400 calendar days a year it could be.
  write("cfg.json", R"({"rules": {"derived-rate": {"parameters": {"calendar_days_a_year": 400}}}})");
  EXPECT_EQ(rules_found("--config cfg.json a.txt"), std::vector<std::string>{});
}

TEST_F(CliRuleParameters, TheToleranceOfAMultipleWordIsData) {
  // "doubled" from $3.1 billion to $4.6 billion is 1.48 times: outside 1.8 to 2.2.
  write("a.txt", "Kestrel News\n\nMARCH 9, 2026 - Orrin Corp net income doubled to $4.6 billion from $3.1 billion.\n");
  EXPECT_EQ(rules_found("--no-config a.txt"), std::vector<std::string>{"arithmetic"});
  // With 30% either side (1.4 to 2.6 times) it is inside.
  write("cfg.json", R"({"rules": {"arithmetic": {"parameters": {"multiple_tolerance": 0.3}}}})");
  EXPECT_EQ(rules_found("--config cfg.json a.txt"), std::vector<std::string>{});
}

}  // namespace
}  // namespace claimcheck::testing
