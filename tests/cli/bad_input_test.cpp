// Every kind of bad input is one line naming the file, the run goes on, exit code 2.

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "cli/cli_fixture.hpp"

namespace claimcheck::testing {
namespace {

namespace fs = std::filesystem;

TEST_F(Cli, EachBadInputIsOneLineAndTheGoodArticleIsStillChecked) {
  write("in/good.txt", kSlipArticle);
  write("in/empty.txt", "");
  write("in/binary.txt", std::string("abc\0def", 7));
  write("in/latin1.txt", "Meta's stock rose 2.5% on the caf\xE9 news.\n");
  write("in/front.md", "---\ntitle: [unclosed\n---\n\nMeta's stock rose 2.5%.\n");
  write("in/feed.jsonl", "{\"id\": \"a\", \"body\": \"Meta's stock rose 2.5%.\"}\n{\"id\": 1.5, \"body\": \"x\"}\n");
  // A sparse 200 MB file costs nothing to make and is refused by its size.
  write("in/huge.txt", "x");
  fs::resize_file(dir_ / "in/huge.txt", std::uintmax_t{200} * 1024 * 1024);
  const CliRun r = run("check --format json in missing.txt");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(nlohmann::json::parse(r.out)["findings"].size(), 1U) << r.out;
  const std::vector<std::string> expected{
      "missing.txt: no such file or directory",
      "in/binary.txt: binary file (contains NUL bytes), not an article",
      "in/empty.txt: empty file",
      "in/feed.jsonl: line 2: field 'id' must be a string or an integer",
      "in/front.md: malformed YAML front matter",
      "in/huge.txt: file is 209715200 bytes, over the limit of 67108864 bytes",
      "in/latin1.txt: invalid UTF-8 at line 1 column 34 (1 sequence replaced)",
  };
  const std::vector<std::string> errors = lines_of(r.err);
  ASSERT_EQ(errors.size(), expected.size()) << r.err;
  for (std::size_t i = 0; i < expected.size(); ++i) {
    EXPECT_EQ(errors[i].rfind("claimcheck: error: " + expected[i], 0), 0U) << errors[i];
  }
}

TEST_F(Cli, TheFileSizeLimitIsAnOptionWithUnits) {
  write("in/good.txt", kSlipArticle);
  write("in/long.txt", std::string(3000, 'a') + "\n");
  const CliRun r = run("check --format json --max-file-size 2kB in");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(nlohmann::json::parse(r.out)["findings"].size(), 1U) << r.out;
  EXPECT_EQ(lines_of(r.err), (std::vector<std::string>{"claimcheck: error: in/long.txt: file is 3001 bytes, over the "
                                                       "limit of 2048 bytes"}));
  EXPECT_EQ(run("check --max-file-size 1MB in/long.txt").exit_code, 0);
  EXPECT_EQ(run("check --max-file-size lots in/long.txt").exit_code, 2);
  // A claim's place is kept in 32 bits: no limit beyond 4 GB is taken.
  EXPECT_EQ(run("check --max-file-size 4GB in/long.txt").exit_code, 0);
  const CliRun over = run("check --max-file-size 5GB in/long.txt");
  EXPECT_EQ(over.exit_code, 2);
  EXPECT_NE(over.err.find("--max-file-size"), std::string::npos) << over.err;
}

TEST_F(Cli, UnreadableFileIsNamed) {
  if (::geteuid() == 0) GTEST_SKIP() << "running as root: every file is readable";
  const fs::path a = write("locked.txt", kSlipArticle);
  ::chmod(a.c_str(), 0);
  const CliRun r = run("check locked.txt");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("locked.txt: cannot open: Permission denied"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace claimcheck::testing
