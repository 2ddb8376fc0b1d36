#include "extract/claim_extractor.hpp"

#include <gtest/gtest.h>

#include "support/test_support.hpp"

namespace claimcheck::testing {
namespace {

TEST(RelocateClaim, FindsEveryExtractedFigureAgainByItsSpan) {
  const std::string article =
      "Acme Corp Shares Jump 25%\n\nAcme Corp shares rose 2.5% on Tuesday, the company said.\n"
      "Revenue was \xe2\x82\xac"
      "2.3bn, up from about $115 billion to $135 billion a year earlier.\n";
  const DocumentClaims doc = analyse(article, Format::Text, "acme.txt");
  ASSERT_GE(doc.claims.size(), 4U);
  const AnalysedText text(article, NormalizedText::from(article), "");
  for (const Claim& c : doc.claims) {
    const auto again = relocate_claim(text, c.span.begin, c.span.end, "acme.txt");
    ASSERT_TRUE(again.has_value()) << c.text;
    EXPECT_EQ(again->text, c.text);
    EXPECT_EQ(again->excerpt, c.excerpt);
    EXPECT_EQ(again->span, c.span);
    EXPECT_EQ(again->role, c.role);
  }
}

TEST(RelocateClaim, ASpanThatIsNotOnTokenBoundariesIsNotAFigure) {
  const std::string article = "Acme Corp shares rose 2.5% on Tuesday.\n";
  const AnalysedText text(article, NormalizedText::from(article), "");
  const std::size_t at = article.find("2.5%");
  EXPECT_TRUE(relocate_claim(text, at, at + 4, "a.txt").has_value());
  EXPECT_FALSE(relocate_claim(text, at + 1, at + 4, "a.txt").has_value());
  EXPECT_FALSE(relocate_claim(text, at, at + 2, "a.txt").has_value());
  EXPECT_FALSE(relocate_claim(text, article.size() + 5, article.size() + 9, "a.txt").has_value());
}

}  // namespace
}  // namespace claimcheck::testing
