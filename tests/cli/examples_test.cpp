// Every example command of README.md (its ```sh blocks) and of `claimcheck --help` runs, in
// a folder laid out with the names the examples use (articles/, PATH, a.txt, my-rules/,
// claims.jsonl, ...): none may end in a usage or input error. The examples are read
// from the README and the binary each time, so a new one is covered without touching
// this file; a placeholder no fixture provides fails the test by name.

#include <gtest/gtest.h>
#include <sys/wait.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <regex>
#include <string>
#include <vector>

#include "cli/cli_fixture.hpp"

namespace claimcheck::testing {
namespace {

namespace fs = std::filesystem;

class CliExamples : public Cli {
 protected:
  void SetUp() override {
    Cli::SetUp();
    write("articles/slip.md", kSlipArticle);
    write("articles/clean.txt", "Meta's shares rose 3.1% on Monday.\n\nMeta shares gained 3.1% on Monday.\n");
    write("articles/drafts/draft.md", kSlipArticle);
    write("a.txt", kSlipArticle);
    write("b.md", "Halcyon Shares Slide 31% After Miss\n\nHalcyon shares fell 3.1% in early trading.\n");
    write("story.md", kSlipArticle);
    write("ci.json", "{\n  // the CI's own settings\n  \"fail_on\": \"warning\"\n}\n");
    write("my-rules/house-slip.json", slurp(fs::path(CLAIMCHECK_SOURCE_DIR) / "rules/checks/decimal-slip.json"));
    std::string rule = slurp(dir_ / "my-rules/house-slip.json");
    rule.replace(rule.find("\"decimal-slip\""), 14, "\"house-slip\"");
    write("my-rules/house-slip.json", rule);
    write("export.jsonl", R"({"id": "1", "title": "Meta Stock Rises 25%", "body": "Meta's stock rose 2.5% on Monday."})"
                          "\n");
    write("export.sh", "#!/bin/sh\ncat export.jsonl\n");
    fs::permissions(dir_ / "export.sh", fs::perms::owner_all);
    ASSERT_EQ(run("extract --format jsonl articles/ -o claims.jsonl").exit_code, 0);
  }

  // The command line as the shell runs it here: `claimcheck` is the built binary, and the
  // examples' stand-ins for the user's paths are this folder's.
  [[nodiscard]] std::string runnable(std::string example) const {
    example = std::regex_replace(example, std::regex(R"(\bPATH\.\.\.|\bPATH\b)"), "articles/");
    example = std::regex_replace(example, std::regex(R"((^|\| *)claimcheck )"), "$1" CLAIMCHECK_BINARY " ");
    return "cd '" + dir_.string() + "' && PATH=\"$PWD:$PATH\" && " + example;
  }

  CliRun shell(const std::string& command) {
    const std::string cmd = command + " >" + (dir_ / ".stdout").string() + " 2>" + (dir_ / ".stderr").string();
    const int status = std::system(cmd.c_str());
    return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, slurp(dir_ / ".stdout"), slurp(dir_ / ".stderr")};
  }

  void expect_runs(const std::vector<std::string>& examples, const std::string& where) {
    ASSERT_GE(examples.size(), 5U) << "too few examples found in " << where;
    for (const std::string& example : examples) {
      // A server does not end: `serve` is run by its own tests (tests/serve/).
      if (example.find("claimcheck serve") != std::string::npos) {
        std::cout << "not run here (a server does not end): " << example << '\n';
        continue;
      }
      const CliRun r = shell(runnable(example));
      record_json(example, "", r);  // its JSON, validated against its schema when the test ends
      EXPECT_TRUE(r.exit_code == 0 || r.exit_code == 1)
          << where << ": `" << example << "` exited " << r.exit_code << "\n"
          << r.err;
      EXPECT_EQ(r.err.find("error"), std::string::npos) << where << ": `" << example << "`\n" << r.err;
    }
  }
};

// The commands of README.md's ```sh blocks that run claimcheck, without their comments.
std::vector<std::string> readme_examples() {
  std::vector<std::string> examples;
  bool in_sh = false;
  for (const std::string& line : lines_of(slurp(fs::path(CLAIMCHECK_SOURCE_DIR) / "README.md"))) {
    if (line.starts_with("```")) {
      in_sh = !in_sh && line == "```sh";
      continue;
    }
    if (!in_sh || !std::regex_search(line, std::regex(R"((^|\| *)claimcheck )"))) continue;
    std::string command = line.substr(0, line.find(" #"));
    while (!command.empty() && command.back() == ' ') command.pop_back();
    examples.push_back(command);
  }
  return examples;
}

// The "Examples:" lines of `claimcheck --help`, each up to the two spaces before its gloss.
std::vector<std::string> help_examples(const std::string& help) {
  std::vector<std::string> examples;
  bool in_examples = false;
  for (const std::string& line : lines_of(help)) {
    if (line.starts_with("Examples:")) {
      in_examples = true;
      continue;
    }
    if (!in_examples) continue;
    if (!line.starts_with("  claimcheck ")) break;
    examples.push_back(line.substr(2, line.find("  ", 2) - 2));
  }
  return examples;
}

TEST_F(CliExamples, EveryReadmeExampleRuns) { expect_runs(readme_examples(), "README.md"); }

TEST_F(CliExamples, EveryHelpExampleRuns) {
  const CliRun help = run("--help");
  ASSERT_EQ(help.exit_code, 0);
  expect_runs(help_examples(help.out), "claimcheck --help");
}

// The extraction itself: the README's commented lines and the help's glossed ones come
// out as bare commands, so a broken example cannot hide in what is skipped.
TEST_F(CliExamples, ExtractsCommandsWithoutTheirGlosses) {
  const std::vector<std::string> readme = readme_examples();
  EXPECT_NE(
      std::find(readme.begin(), readme.end(), "claimcheck check --include '*.md' --exclude 'drafts/**' articles/"),
      readme.end());
  EXPECT_NE(std::find(readme.begin(), readme.end(), "cat story.md | claimcheck check --stdin-format markdown -"),
            readme.end());
  const std::vector<std::string> help = help_examples("Examples:\n  claimcheck check a.txt  gloss\nExit codes: 0\n");
  ASSERT_EQ(help.size(), 1U);
  EXPECT_EQ(help[0], "claimcheck check a.txt");
  // And a command that fails is caught: the check above runs on exit codes.
  EXPECT_EQ(shell(runnable("claimcheck check --no-such-option articles/")).exit_code, 2);
}

}  // namespace
}  // namespace claimcheck::testing
