#include <gtest/gtest.h>

#include <filesystem>
#include <set>
#include <string>

#include "check/kinds/registry.hpp"
#include "check/rule_config.hpp"
#include "check/rule_engine.hpp"

namespace claimcheck {
namespace {

TEST(KindRegistry, EveryShippedRuleResolvesToAnImplementation) {
  const auto rules = load_rule_configs(std::filesystem::path(CLAIMCHECK_DEFAULT_RULES_DIR) / "checks");
  ASSERT_FALSE(rules.empty());
  for (const RuleConfig& rule : rules) {
    const RuleKind* kind = find_rule_kind(rule.kind);
    ASSERT_NE(kind, nullptr) << rule.source << ": kind '" << rule.kind << "'";
    EXPECT_EQ(kind->name(), rule.kind);
    EXPECT_EQ(&rule_kind(rule), kind);
  }
}

TEST(KindRegistry, NamesAreUniqueAndInTheEnginesOrder) {
  std::set<std::string> names;
  for (const RuleKind* kind : rule_kinds()) EXPECT_TRUE(names.insert(std::string(kind->name())).second) << kind->name();
  const auto& engine_kinds = RuleEngine::kinds();
  ASSERT_EQ(engine_kinds.size(), rule_kinds().size());
  for (std::size_t i = 0; i < engine_kinds.size(); ++i) EXPECT_EQ(engine_kinds[i], rule_kinds()[i]->name());
}

TEST(KindRegistry, ScopesAreAsDocumented) {
  EXPECT_EQ(find_rule_kind("scale-slip")->scope(), KindScope::Group);
  EXPECT_EQ(find_rule_kind("consistency")->scope(), KindScope::Group);
  EXPECT_EQ(find_rule_kind("unit-confusion")->scope(), KindScope::Run);
  EXPECT_EQ(find_rule_kind("derived-rate")->scope(), KindScope::Run);
  EXPECT_EQ(find_rule_kind("arithmetic")->scope(), KindScope::Document);
  EXPECT_EQ(find_rule_kind("calendar")->scope(), KindScope::Document);
}

TEST(KindRegistry, AnUnknownKindIsAnErrorNamingTheRuleFile) {
  EXPECT_EQ(find_rule_kind("telepathy"), nullptr);
  RuleConfig rule;
  rule.id = "mind-reading";
  rule.kind = "telepathy";
  rule.source = "rules/checks/mind-reading.json";
  try {
    (void)rule_kind(rule);
    ADD_FAILURE() << "accepted kind 'telepathy'";
  } catch (const RuleConfigError& e) {
    EXPECT_EQ(std::string(e.what()), "rules/checks/mind-reading.json: field 'kind': unknown rule kind 'telepathy'");
  }
  rule.message = "{a}";
  EXPECT_THROW(RuleEngine({rule}, MonthNames{}, AcrossArticles{}), RuleConfigError);
}

}  // namespace
}  // namespace claimcheck
