// The CI files the repository ships, checked by the tools that read them: the composite
// action (action.yml) and the GitHub workflow of docs/ci.md with action-validator (npm,
// the schemas GitHub's editors use), the pre-commit manifest with pre-commit itself.
// Each skips with the reason when its tool cannot be installed here.

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>

#include "cli/cli_fixture.hpp"

namespace claimcheck::testing {
namespace {

namespace fs = std::filesystem;

constexpr const char* kActionValidator = "node_modules/.bin/action-validator";

class CiFiles : public Cli {
 protected:
  // action-validator's verdict on `file`: "" when valid, its report otherwise.
  std::string action_validator(const fs::path& file) {
    const fs::path tools = fs::path(CLAIMCHECK_TEST_TOOLS_DIR) / "action-validator";
    std::string why;
    if (!npm_install(tools, "@action-validator/cli @action-validator/core", kActionValidator, why)) {
      skipped_ = why;
      return "";
    }
    const fs::path log = dir_ / "validator.log";
    const std::string cmd =
        "'" + (tools / kActionValidator).string() + "' '" + file.string() + "' >'" + log.string() + "' 2>&1";
    return std::system(cmd.c_str()) == 0 ? "" : "invalid:\n" + slurp(log);
  }
  std::string skipped_;
};

TEST_F(CiFiles, TheCompositeActionIsAValidAction) {
  const std::string verdict = action_validator(fs::path(CLAIMCHECK_SOURCE_DIR) / "action.yml");
  if (!skipped_.empty()) GTEST_SKIP() << "action-validator not installed: " << skipped_;
  EXPECT_EQ(verdict, "");
}

// The first YAML block of docs/ci.md is the workflow a user copies.
TEST_F(CiFiles, TheDocumentedWorkflowIsAValidWorkflow) {
  const std::string doc = slurp(fs::path(CLAIMCHECK_SOURCE_DIR) / "docs" / "ci.md");
  const std::size_t marker = doc.find("# .github/workflows/claimcheck.yml\n");
  ASSERT_NE(marker, std::string::npos) << "docs/ci.md has no workflow example";
  const std::size_t end = doc.find("```", marker);
  ASSERT_NE(end, std::string::npos);
  const fs::path workflow = write(".github/workflows/claimcheck.yml", doc.substr(marker, end - marker));
  const std::string verdict = action_validator(workflow);
  if (!skipped_.empty()) GTEST_SKIP() << "action-validator not installed: " << skipped_;
  EXPECT_EQ(verdict, "");
}

TEST_F(CiFiles, ThePreCommitManifestIsValid) {
  if (std::system("command -v pre-commit >/dev/null 2>&1") != 0) GTEST_SKIP() << "pre-commit not installed";
  const std::string cmd = "pre-commit validate-manifest '" + std::string(CLAIMCHECK_SOURCE_DIR) +
                          "/.pre-commit-hooks.yaml' >'" + (dir_ / "manifest.log").string() + "' 2>&1";
  EXPECT_EQ(std::system(cmd.c_str()), 0) << slurp(dir_ / "manifest.log");
}

}  // namespace
}  // namespace claimcheck::testing
