#include "read/glob.hpp"

#include <gtest/gtest.h>

namespace claimcheck {
namespace {

TEST(Glob, StarQuestionAndClasses) {
  EXPECT_TRUE(glob_match("*.md", "a.md"));
  EXPECT_FALSE(glob_match("*.md", "desk/a.md"));
  EXPECT_TRUE(glob_match("desk/?.md", "desk/a.md"));
  EXPECT_FALSE(glob_match("desk?a.md", "desk/a.md"));
  EXPECT_TRUE(glob_match("q[1-4].txt", "q3.txt"));
  EXPECT_FALSE(glob_match("q[!1-4].txt", "q3.txt"));
  EXPECT_TRUE(glob_match("a[.txt", "a[.txt"));  // an unclosed class is a literal '['
  EXPECT_FALSE(glob_match("a.md", "a.mdx"));
}

TEST(Glob, DoubleStarCrossesFolders) {
  EXPECT_TRUE(glob_match("**/*.md", "a.md"));
  EXPECT_TRUE(glob_match("**/*.md", "x/y/a.md"));
  EXPECT_TRUE(glob_match("drafts/**", "drafts/x/y.txt"));
  EXPECT_TRUE(glob_match("drafts/**", "drafts/"));
  EXPECT_FALSE(glob_match("drafts/**", "old-drafts/x.txt"));
  EXPECT_TRUE(glob_match("a/**/b.txt", "a/b.txt"));
  EXPECT_TRUE(glob_match("a/**/b.txt", "a/x/y/b.txt"));
}

TEST(Glob, NameOnlyPatternsMatchTheLastComponent) {
  EXPECT_TRUE(path_matches("*.md", "desk/today/a.md"));
  EXPECT_TRUE(path_matches("drafts", "desk/drafts"));
  EXPECT_FALSE(path_matches("desk/*.md", "other/desk/a.md"));
  EXPECT_TRUE(path_matches("./desk/*.md", "desk/a.md"));
}

}  // namespace
}  // namespace claimcheck
