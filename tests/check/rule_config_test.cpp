#include "check/rule_config.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "check/rule_engine.hpp"

namespace claimcheck {
namespace {

nlohmann::json valid_rule() {
  return {{"id", "my-rule"},
          {"kind", "consistency"},
          {"description", "d"},
          {"severity", "warning"},
          {"message", "{a} vs {b}"}};
}

std::string error_of(const nlohmann::json& j) {
  try {
    RuleEngine engine({parse_rule_config(j, "rules/my-rule.json")}, MonthNames{}, AcrossArticles{});
  } catch (const RuleConfigError& e) {
    return e.what();
  }
  return {};
}

TEST(RuleConfig, ValidRuleLoads) { EXPECT_EQ(error_of(valid_rule()), ""); }

TEST(RuleConfig, ErrorsNameTheFileAndTheField) {
  auto missing = valid_rule();
  missing.erase("message");
  EXPECT_EQ(error_of(missing), "rules/my-rule.json: missing field 'message'");

  auto severity = valid_rule();
  severity["severity"] = "fatal";
  EXPECT_NE(error_of(severity).find("field 'severity'"), std::string::npos);

  auto kind = valid_rule();
  kind["kind"] = "telepathy";
  EXPECT_NE(error_of(kind).find("field 'kind': unknown rule kind 'telepathy'"), std::string::npos);

  auto message = valid_rule();
  message["message"] = "{nonsense}";
  EXPECT_NE(error_of(message).find("field 'message'"), std::string::npos);
}

// Found by fuzz_rule_files: a number too large for a double ("7e99999") is not a JSON
// syntax error, and escaped the loader's handler, so the run died without naming the file.
TEST(RuleConfig, ANumberTooLargeIsAnErrorNamingTheFile) {
  const std::filesystem::path dir =
      std::filesystem::temp_directory_path() / ("claimcheck-rule-overflow-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "big.json") << R"({"id":"x","kind":"consistency","message":"{a}","parameters":{"n":7e99999}})";
  try {
    (void)load_rule_configs(dir);
    ADD_FAILURE() << "accepted 7e99999";
  } catch (const RuleConfigError& e) {
    EXPECT_NE(std::string(e.what()).find("big.json: invalid JSON"), std::string::npos) << e.what();
  }
  std::filesystem::remove_all(dir);
}

TEST(RuleConfig, ShippedRulesAllLoad) {
  const auto rules = load_rule_configs(std::filesystem::path(CLAIMCHECK_DEFAULT_RULES_DIR) / "checks");
  EXPECT_EQ(rules.size(), RuleEngine::kinds().size());
  EXPECT_NO_THROW(RuleEngine(rules, MonthNames{}, AcrossArticles{}));
}

}  // namespace
}  // namespace claimcheck
