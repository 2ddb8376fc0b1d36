// Folder walks respect .gitignore and .ignore (nested files, negation, folders-only
// patterns, the repository root's file above the walked folder); --no-ignore walks all.

#include <gtest/gtest.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "cli/cli_fixture.hpp"

namespace claimcheck::testing {
namespace {

using nlohmann::json;

class CliIgnore : public Cli {
 protected:
  // The documents a JSON extract of `args` reads, sorted.
  std::vector<std::string> walked(const std::string& args, const std::string& cwd = "") {
    const CliRun r = run("extract --format json " + args, cwd);
    EXPECT_EQ(r.exit_code, 0) << r.err;
    std::vector<std::string> ids;
    const json report = json::parse(r.out);
    for (const json& d : report["documents"]) ids.push_back(d["id"].get<std::string>());
    std::sort(ids.begin(), ids.end());
    return ids;
  }
};

TEST_F(CliIgnore, NestedFilesNegationAndFolderPatterns) {
  write("desk/.gitignore", "*.tmp.md\nprivate/\n/top-only.md\n\\#hash.md\n");
  write("desk/#hash.md", kSlipArticle);
  write("desk/keep.md", kSlipArticle);
  write("desk/draft.tmp.md", kSlipArticle);
  write("desk/private/secret.md", kSlipArticle);
  write("desk/top-only.md", kSlipArticle);
  write("desk/sub/top-only.md", kSlipArticle);  // anchored: only the folder's own
  write("desk/sub/.gitignore", "!wanted.tmp.md\n");
  write("desk/sub/wanted.tmp.md", kSlipArticle);
  write("desk/sub/other.tmp.md", kSlipArticle);
  write("desk/sub/.ignore", "local.md\n");
  write("desk/sub/local.md", kSlipArticle);
  const std::vector<std::string> expected{"desk/keep.md", "desk/sub/top-only.md", "desk/sub/wanted.tmp.md"};
  EXPECT_EQ(walked("desk"), expected);
  EXPECT_EQ(walked("desk/sub/local.md desk/draft.tmp.md").size(), 2U);  // named files are always read
  EXPECT_EQ(walked("--no-ignore desk").size(), 9U);
}

TEST_F(CliIgnore, AHugeIgnoreFileCostsBoundedMemoryAndTheWalkGoesOn) {
  write("desk/.gitignore", std::string(3 << 20, 'x') + "\nskip.md\n");  // one 3 MB line; read up to 1 MiB
  write("desk/skip.md", kSlipArticle);
  write("desk/take.md", kSlipArticle);
  EXPECT_EQ(walked("desk"), (std::vector<std::string>{"desk/skip.md", "desk/take.md"}));
}

TEST_F(CliIgnore, RepositoryRootsIgnoreFileCountsForASubfolderWalk) {
  write("repo/.git/HEAD", "ref: refs/heads/main\n");
  write("repo/.gitignore", "articles/archive/\n# a comment\n\n*.bak.md\n");
  write("repo/articles/today.md", kSlipArticle);
  write("repo/articles/today.bak.md", kSlipArticle);
  write("repo/articles/archive/old.md", kSlipArticle);
  EXPECT_EQ(walked("articles", "repo"), std::vector<std::string>{"articles/today.md"});
  EXPECT_EQ(walked(".", "repo/articles"), std::vector<std::string>{"./today.md"});
  // Outside a repository only the walked folder's own files and those below it count.
  write("loose/.gitignore", "skip.md\n");
  write("loose/in/skip.md", kSlipArticle);
  write("loose/in/take.md", kSlipArticle);
  EXPECT_EQ(walked("in", "loose"), (std::vector<std::string>{"in/skip.md", "in/take.md"}));
  EXPECT_EQ(walked(".", "loose"), (std::vector<std::string>{"./in/take.md"}));
}

}  // namespace
}  // namespace claimcheck::testing
