// --color auto|always|never, NO_COLOR and FORCE_COLOR. The tests' standard output is a
// file, so "auto" means no colour unless FORCE_COLOR says otherwise.

#include <gtest/gtest.h>

#include <cstdlib>

#include "cli/cli_fixture.hpp"

namespace claimcheck::testing {
namespace {

class CliColor : public Cli {
 protected:
  void SetUp() override {
    Cli::SetUp();
    write("a.txt", kSlipArticle);
    ::unsetenv("NO_COLOR");
    ::unsetenv("FORCE_COLOR");
  }
  void TearDown() override {
    ::unsetenv("NO_COLOR");
    ::unsetenv("FORCE_COLOR");
    Cli::TearDown();
  }
  // Whether the report of a run with these options and this environment is coloured.
  bool coloured(const char* no_color, const char* force_color, const std::string& options = "") {
    auto set = [](const char* name, const char* value) {
      if (value != nullptr) {
        ::setenv(name, value, 1);
      } else {
        ::unsetenv(name);
      }
    };
    set("NO_COLOR", no_color);
    set("FORCE_COLOR", force_color);
    const CliRun r = run("check " + options + " a.txt");
    EXPECT_EQ(r.exit_code, 1) << r.err;
    return r.out.find("\033[") != std::string::npos;
  }
};

TEST_F(CliColor, FlagsWinOverTheEnvironment) {
  EXPECT_FALSE(coloured(nullptr, nullptr));  // auto: standard output is a file
  EXPECT_TRUE(coloured(nullptr, nullptr, "--color always"));
  EXPECT_TRUE(coloured("1", nullptr, "--color always"));
  EXPECT_FALSE(coloured(nullptr, "1", "--color never"));
  EXPECT_FALSE(coloured(nullptr, "1", "--no-color"));
}

TEST_F(CliColor, ForceColorAndNoColor) {
  EXPECT_TRUE(coloured(nullptr, "1"));
  EXPECT_TRUE(coloured(nullptr, "true"));
  EXPECT_FALSE(coloured(nullptr, "0"));
  EXPECT_FALSE(coloured(nullptr, ""));  // set but empty: not set
  EXPECT_FALSE(coloured("1", "1"));     // NO_COLOR wins, as in Python 3.13
  EXPECT_TRUE(coloured("", "1"));       // an empty NO_COLOR is not set (no-color.org)
}

TEST_F(CliColor, BadModeIsAUsageError) {
  const CliRun r = run("check --color sometimes a.txt");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("--color"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace claimcheck::testing
