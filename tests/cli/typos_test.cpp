// A mistyped subcommand or option gets the nearest known one; numeric options say their
// range as a person would.

#include <gtest/gtest.h>

#include "cli/cli_fixture.hpp"

namespace claimcheck::testing {
namespace {

class CliTypos : public Cli {};

TEST_F(CliTypos, MistypedSubcommandSuggestsTheNearest) {
  const CliRun r = run("chek article.txt");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err,
            "claimcheck: error: unknown command 'chek' (did you mean 'check'?); the commands are check, extract, "
            "rules, explain, serve, lsp, mcp\nRun with --help for more information.\n");
  const CliRun version = run("--verison");
  EXPECT_EQ(version.exit_code, 2);
  EXPECT_NE(version.err.find("unknown option '--verison' (did you mean '--version'?)"), std::string::npos)
      << version.err;
  const CliRun far = run("frobnicate");
  EXPECT_EQ(far.exit_code, 2);
  EXPECT_NE(far.err.find("unknown command 'frobnicate'; the commands are"), std::string::npos) << far.err;
}

TEST_F(CliTypos, MistypedOptionSuggestsTheSubcommandsNearestOption) {
  write("a.txt", kSlipArticle);
  const CliRun r = run("check --formt json a.txt");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("unknown option '--formt' for 'check' (did you mean '--format'?)"), std::string::npos) << r.err;
  const CliRun eq = run("extract --max-file-sise=1MB a.txt");
  EXPECT_NE(eq.err.find("unknown option '--max-file-sise' for 'extract' (did you mean '--max-file-size'?)"),
            std::string::npos)
      << eq.err;
  // A valid command line with a misspelt value is CLI11's own message, not a guess.
  const CliRun value = run("check --format jsn a.txt");
  EXPECT_EQ(value.exit_code, 2);
  EXPECT_EQ(value.err.find("unknown option"), std::string::npos) << value.err;
}

TEST_F(CliTypos, RangesReadAsAPersonWritesThem) {
  write("a.txt", kSlipArticle);
  const CliRun jobs = run("check --jobs 0 a.txt");
  EXPECT_EQ(jobs.exit_code, 2);
  EXPECT_NE(jobs.err.find("must be a whole number, 1 or more, not '0'"), std::string::npos) << jobs.err;
  EXPECT_EQ(jobs.err.find("e+308"), std::string::npos) << jobs.err;
  const CliRun size = run("check --max-file-size 5GB a.txt");
  EXPECT_EQ(size.exit_code, 2);
  EXPECT_NE(size.err.find("must be a size from 1 byte to 4GB"), std::string::npos) << size.err;
  EXPECT_EQ(run("check --jobs 2 --max-file-size 1MB a.txt").exit_code, 1);
  const CliRun articles = run("serve --max-articles 0");
  EXPECT_EQ(articles.exit_code, 2);
  EXPECT_NE(articles.err.find("--max-articles: must be a whole number, 1 or more, not '0'"), std::string::npos)
      << articles.err;
}

}  // namespace
}  // namespace claimcheck::testing
