// The informational commands: explain, rules, --help, --version.

#include <gtest/gtest.h>

#include "cli/cli_fixture.hpp"

namespace claimcheck::testing {
namespace {

TEST_F(Cli, ExplainPrintsTheRuleConfigAndItsKindsDocumentation) {
  const CliRun r = run("explain decimal-slip");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  for (const char* part : {"decimal-slip\n", "kind:      decimal-slip", "severity:  error (at most warning across",
                           "max_power = 3", "Message template:", "misplaced decimal point",
                           "The decimal-slip kind (rules/README.md):", "largest power of ten considered"}) {
    EXPECT_NE(r.out.find(part), std::string::npos) << part << "\n" << r.out;
  }
  // The section ends at the next kind's heading.
  EXPECT_EQ(r.out.find("direction-conflict"), std::string::npos) << r.out;
}

TEST_F(Cli, ExplainUnknownRuleExitsTwoListingTheKnownOnes) {
  const CliRun r = run("explain no-such-rule");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("unknown rule 'no-such-rule'; known rules: arithmetic, calendar, consistency"),
            std::string::npos)
      << r.err;
  EXPECT_EQ(run("explain").exit_code, 2);
  const CliRun typo = run("explain decimal-slp");
  EXPECT_EQ(typo.exit_code, 2);
  EXPECT_NE(typo.err.find("unknown rule 'decimal-slp' (did you mean 'decimal-slip'?); known rules:"), std::string::npos)
      << typo.err;
}

TEST_F(Cli, ExplainARuleFromAnExtraRuleDirectoryWithoutReadmeSection) {
  write("mine/house.json",
        R"({"id": "house-consistency", "kind": "consistency", "description": "House style.", "severity": "info",)"
        R"( "message": "{a} vs {b}"})");
  const CliRun r = run("explain --rules mine house-consistency");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("House style."), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("Parameters: none"), std::string::npos) << r.out;
}

TEST_F(Cli, RulesHelpAndVersion) {
  const CliRun rules = run("rules");
  EXPECT_EQ(rules.exit_code, 0);
  EXPECT_NE(rules.out.find("decimal-slip"), std::string::npos);
  const CliRun help = run("--help");
  EXPECT_EQ(help.exit_code, 0);
  EXPECT_NE(help.out.find("Examples:"), std::string::npos);
  EXPECT_NE(help.out.find("Exit codes:"), std::string::npos);
  const CliRun version = run("--version");
  EXPECT_EQ(version.exit_code, 0);
  EXPECT_EQ(version.out.rfind("claimcheck ", 0), 0U) << version.out;
}

}  // namespace
}  // namespace claimcheck::testing
