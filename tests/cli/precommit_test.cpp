// The pre-commit hook shipped at the repository root (.pre-commit-hooks.yaml), run by
// pre-commit itself (Debian: pre-commit) in a scratch git repository: the hook as a user
// gets it with `repo: URL` in their .pre-commit-config.yaml. Skipped without pre-commit
// or git.

#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
#include <thread>

#include "cli/cli_fixture.hpp"

namespace claimcheck::testing {
namespace {

namespace fs = std::filesystem;

class PreCommit : public Cli {
 protected:
  void SetUp() override {
    Cli::SetUp();
    if (std::system("command -v pre-commit >/dev/null 2>&1 && command -v git >/dev/null 2>&1") != 0)
      GTEST_SKIP() << "pre-commit or git not installed (Debian: pre-commit): the hook is not run";
  }

  // A shell command run in dir_ with claimcheck on PATH and pre-commit's cache in dir_.
  int sh(const std::string& command, std::string& output) {
    const fs::path bin = fs::path(CLAIMCHECK_BINARY).parent_path();
    const std::string cmd = "cd '" + dir_.string() + "' && export PATH='" + bin.string() +
                            "':\"$PATH\" PRE_COMMIT_HOME='" + (dir_ / "cache").string() +
                            "' GIT_AUTHOR_NAME=t GIT_AUTHOR_EMAIL=t@example.com GIT_COMMITTER_NAME=t "
                            "GIT_COMMITTER_EMAIL=t@example.com && (" +
                            command + ") >'" + (dir_ / "sh.log").string() + "' 2>&1";
    const int status = std::system(cmd.c_str());
    output = slurp(dir_ / "sh.log");
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  }

  // A hook repository holding `hooks` as its .pre-commit-hooks.yaml, and an articles
  // repository of eight articles, two of which contradict each other only across files
  // (a warning, which the repository's configuration makes fail); returns pre-commit's
  // exit status on all of them.
  int run_hook(const std::string& hooks, std::string& output) {
    write("hooks/.pre-commit-hooks.yaml", hooks);
    write("articles/.claimcheck.json", R"({"fail_on": "warning"})");
    write("articles/a.txt",
          "Meta Stock Rises on Muse Spark\n\nMeta's stock rose 3.1% on Monday after the Muse Spark "
          "launch, April 6, 2026.\n");
    write("articles/b.txt",
          "Meta Gains After Muse Spark\n\nMeta's stock rose 31% on Monday after the Muse Spark "
          "launch, April 6, 2026.\n");
    for (int i = 1; i <= 6; ++i) write("articles/other-" + std::to_string(i) + ".txt", "Markets were quiet.\n");
    const std::string setup =
        "git -C hooks init -q && git -C hooks add -A && git -C hooks commit -qm hooks && "
        "git -C articles init -q && git -C articles add -A";
    if (sh(setup, output) != 0) {
      ADD_FAILURE() << output;
      return -1;
    }
    return sh(
        "cd articles && unset PRE_COMMIT_NO_CONCURRENCY && pre-commit try-repo ../hooks claimcheck --all-files "
        "--verbose",
        output);
  }
};

// The hook as shipped: all eight articles in one claimcheck run, so the contradiction
// between two of them is found and the hook fails.
TEST_F(PreCommit, ShippedHookChecksAllFilesInOneRun) {
  const std::string hooks = slurp(fs::path(CLAIMCHECK_SOURCE_DIR) / ".pre-commit-hooks.yaml");
  ASSERT_NE(hooks.find("require_serial: true"), std::string::npos) << hooks;
  std::string output;
  EXPECT_EQ(run_hook(hooks, output), 1) << output;
  EXPECT_NE(output.find("a.txt says 3.1% and b.txt says 31%"), std::string::npos) << output;
  EXPECT_NE(output.find(" in 8 files"), std::string::npos) << output;
}

// Why require_serial: without it pre-commit, on two CPUs or more, splits the eight files
// into two runs of four (it puts at least four in each), each blind to the other's
// articles, so a cross-article finding survives only if its articles happen to share a run.
TEST_F(PreCommit, WithoutRequireSerialPreCommitSplitsTheFiles) {
  if (std::thread::hardware_concurrency() < 2) GTEST_SKIP() << "one CPU: pre-commit would not split the files";
  std::string hooks = slurp(fs::path(CLAIMCHECK_SOURCE_DIR) / ".pre-commit-hooks.yaml");
  hooks = std::regex_replace(hooks, std::regex("require_serial: true"), "require_serial: false");
  std::string output;
  run_hook(hooks, output);
  EXPECT_EQ(output.find(" in 8 files"), std::string::npos) << output;
  const std::size_t first = output.find(" in 4 files");
  ASSERT_NE(first, std::string::npos) << output;
  EXPECT_NE(output.find(" in 4 files", first + 1), std::string::npos) << output;
}

}  // namespace
}  // namespace claimcheck::testing
