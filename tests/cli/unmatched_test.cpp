// A folder or an --include glob that takes no article is an error naming it (exit 2), as
// ESLint's "No files matching the pattern"; --no-error-on-unmatched-pattern makes it a
// notice.

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "cli/cli_fixture.hpp"

namespace claimcheck::testing {
namespace {

class CliUnmatched : public Cli {};

TEST_F(CliUnmatched, FolderWithNoArticleIsAnErrorNamingIt) {
  write("empty/notes.pdf", "not an article");
  const CliRun r = run("check --no-color empty");
  EXPECT_EQ(r.exit_code, 2) << r.out;
  EXPECT_NE(r.err.find("claimcheck: error: empty: no article file here (.txt .md .markdown .html .htm .jsonl) "
                       "(--no-error-on-unmatched-pattern allows it)"),
            std::string::npos)
      << r.err;
}

TEST_F(CliUnmatched, IncludeGlobThatMatchesNothingIsNamed) {
  write("articles/slip.md", kSlipArticle);
  const CliRun none = run("check --no-color --include '*.mdx' articles/");
  EXPECT_EQ(none.exit_code, 2);
  EXPECT_NE(none.err.find("articles/: no file here matches --include '*.mdx'"), std::string::npos) << none.err;
  // One glob of two takes nothing: that one is named, and the other's findings still come.
  const CliRun one = run("check --no-color --include '*.md' --include '*.mdx' articles/");
  EXPECT_EQ(one.exit_code, 2);
  EXPECT_NE(one.err.find("--include '*.mdx': matched no file"), std::string::npos) << one.err;
  EXPECT_EQ(one.err.find("'*.md':"), std::string::npos) << one.err;
  EXPECT_NE(one.out.find("decimal-slip"), std::string::npos) << one.out;
}

TEST_F(CliUnmatched, OptionTurnsItIntoANotice) {
  write("articles/slip.md", kSlipArticle);
  write("empty/.keep", "");
  const CliRun r = run("check --no-color --no-error-on-unmatched-pattern --include '*.mdx' articles/ empty");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("claimcheck: notice: articles/: no file here matches --include '*.mdx'"), std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("claimcheck: notice: empty: no file here"), std::string::npos) << r.err;
  // A folder with articles and a named file are never "unmatched".
  const CliRun fine = run("check --no-color articles/ articles/slip.md");
  EXPECT_EQ(fine.err, "");
}

}  // namespace
}  // namespace claimcheck::testing
