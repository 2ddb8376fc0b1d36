#include "read/suppressions.hpp"

#include <gtest/gtest.h>

#include <string>

namespace claimcheck {
namespace {

TEST(Suppressions, NextLineCoversOnlyTheFollowingLineAndItsRules) {
  const std::string text = "one\n<!-- claimcheck-disable-next-line decimal-slip, scale-slip -->\ntwo\nthree\n";
  const Suppressions s = find_suppressions(text);
  ASSERT_EQ(s.stretches.size(), 1U);
  const std::size_t two = text.find("two");
  EXPECT_TRUE(s.suppresses("decimal-slip", two));
  EXPECT_TRUE(s.suppresses("scale-slip", two + 2));
  EXPECT_FALSE(s.suppresses("consistency", two));
  EXPECT_FALSE(s.suppresses("decimal-slip", text.find("three")));
  EXPECT_FALSE(s.suppresses("decimal-slip", text.find("one")));
  ASSERT_EQ(s.comments.size(), 1U);
  EXPECT_EQ(text.substr(s.comments[0].first, 4), "<!--");
}

TEST(Suppressions, WithoutRulesEveryRuleAndFileLevelAnywhere) {
  const std::string text = "a\n<!--claimcheck-disable-next-line-->\nb\nc <!-- claimcheck-disable consistency -->\n";
  const Suppressions s = find_suppressions(text);
  EXPECT_TRUE(s.suppresses("anything", text.find("\nb\n") + 1));
  EXPECT_TRUE(s.suppresses("consistency", 0));
  EXPECT_FALSE(s.suppresses("decimal-slip", 0));
  EXPECT_TRUE(find_suppressions("x <!-- claimcheck-disable -->").suppresses("decimal-slip", 0));
}

TEST(Suppressions, OtherCommentsAndLookalikesAreIgnored) {
  EXPECT_TRUE(find_suppressions("<!-- a note --> <!-- claimcheck-disabled x --> <!-- claimcheck-disable").empty());
}

}  // namespace
}  // namespace claimcheck
