#include "normalize/layout.hpp"

#include <gtest/gtest.h>

namespace claimcheck {
namespace {

std::string_view line_of(std::string_view text, const TextLine& l) { return text.substr(l.begin, l.end - l.begin); }

TEST(Layout, HeadlineAfterACategoryLineAndItsRepeat) {
  const std::string text =
      "Technology\n\nAcme Stock Rises 25% on New Model\n\nAcme's stock rose 2.5%, reflecting gains.\n\n"
      "Acme Stock Rises 25% on New Model\n\nMore text here.\n";
  const Layout layout = Layout::analyse(text);
  EXPECT_EQ(layout.headline(), "Acme Stock Rises 25% on New Model");
  int headlines = 0;
  for (const auto& l : layout.lines()) headlines += l.role == Role::Headline ? 1 : 0;
  EXPECT_EQ(headlines, 2);
  EXPECT_EQ(layout.line_at(text.find("2.5%")).role, Role::Body);
}

TEST(Layout, LongFirstParagraphIsNotAHeadline) {
  const std::string text = "#Hashtag\n\n" + std::string(300, 'x') + " rose 7%.\n";
  EXPECT_TRUE(Layout::analyse(text).headline().empty());
}

TEST(Layout, HeadlineHintFromMetadata) {
  const std::string text = "\nNorthwind Rallies\n\nBody 9% text.\n";
  const Layout layout = Layout::analyse(text, "Northwind Rallies");
  EXPECT_EQ(layout.line_at(text.find("Rallies")).role, Role::Headline);
}

TEST(Layout, TitleCaseStandaloneLineIsAHeading) {
  const std::string text =
      "Head Line Here Today\n\nSome body.\n\nAnnual Capital Expenditure Exceeding $100 Billion\n\nBody.\n";
  const Layout layout = Layout::analyse(text);
  EXPECT_EQ(layout.line_at(text.find("Annual")).role, Role::Heading);
}

TEST(Layout, GluedCellRowsFormATableWithAHeader) {
  const std::string text =
      "Intro sentence.\n\nCompany2026 CapEx Guidance (Estimate)Focus\nNorthwind$2.4 - $2.8 billionActuators, pilots\n"
      "Halcyon~$1.1 - $1.3 billionGrid storage\n\nAfter.\n";
  const Layout layout = Layout::analyse(text);
  const TextLine& row = layout.line_at(text.find("Halcyon"));
  EXPECT_EQ(row.role, Role::Table);
  ASSERT_TRUE(row.table_header.has_value());
  EXPECT_EQ(line_of(text, layout.lines()[*row.table_header]), "Company2026 CapEx Guidance (Estimate)Focus");
  EXPECT_EQ(layout.line_at(text.find("After")).role, Role::Body);
}

TEST(Layout, SentencesSkipDecimalPointsAndAbbreviations) {
  const std::string text = "Alphabet Inc. Class C rose 2.5% on META.US news. Next sentence 3%.";
  const Layout layout = Layout::analyse(text);
  const TextRange s = layout.sentence_at(text.find("2.5%"));
  EXPECT_EQ(text.substr(s.begin, s.end - s.begin), "Alphabet Inc. Class C rose 2.5% on META.US news.");
}

}  // namespace
}  // namespace claimcheck
