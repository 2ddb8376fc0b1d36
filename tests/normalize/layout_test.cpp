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

TEST(Layout, TheLastLineOfAStoryIsNotItsHeadline) {
  // A first line too plain to be a headline leaves the search to the next few lines; the
  // story's closing sentence, with nothing below it, is not one of them.
  const std::string text =
      "Meta results\n\nMeta said ad impressions rose 20% in Asia.\nThe board met in Menlo Park.\nIn Europe, ad "
      "impressions fell 20% on lower demand.\n";
  const Layout layout = Layout::analyse(text);
  EXPECT_EQ(layout.line_at(text.find("fell 20%")).role, Role::Body);
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

std::vector<std::string_view> cell_texts(std::string_view text, const Layout& layout, std::size_t line) {
  std::vector<std::string_view> out;
  for (const TextRange& r : layout.cells(line)) out.push_back(text.substr(r.begin, r.end - r.begin));
  return out;
}

TEST(LayoutCells, GluedRowsSplitAtTheJoinsTheirCellsLeft) {
  const std::string text =
      "Intro.\n\nCompanyVerdictQ1 RevenueRevenue Y/YShare Price Move\nHalcyon EnergyBeat$4.9 billion+9%+4.6%\n"
      "Kestrel Motors~$12.5 billion3.9%(1.4 pp)Underweight\n\nEnd.\n";
  const Layout layout = Layout::analyse(text);
  const std::size_t header = layout.line_index_at(text.find("Company"));
  EXPECT_EQ(cell_texts(text, layout, header),
            (std::vector<std::string_view>{"Company", "Verdict", "Q1 Revenue", "Revenue Y/Y", "Share Price Move"}));
  EXPECT_EQ(cell_texts(text, layout, header + 1),
            (std::vector<std::string_view>{"Halcyon Energy", "Beat", "$4.9 billion", "+9%", "+4.6%"}));
  EXPECT_EQ(cell_texts(text, layout, header + 2),
            (std::vector<std::string_view>{"Kestrel Motors", "~$12.5 billion", "3.9%", "(1.4 pp)", "Underweight"}));
  const auto above = layout.header_cell_at(text.find("+4.6%"));
  ASSERT_TRUE(above.has_value());
  EXPECT_EQ(text.substr(above->begin, above->end - above->begin), "Share Price Move");
}

TEST(LayoutCells, MarkdownRowsSplitAtPipes) {
  const std::string text =
      "Intro.\n\n| Metric | Q1 2026 | Q1 2025 |\n|---|---|---|\n| Revenue | $1.31 billion | $1.11 billion |\n";
  const Layout layout = Layout::analyse(text);
  const auto above = layout.header_cell_at(text.find("$1.11"));
  ASSERT_TRUE(above.has_value());
  EXPECT_EQ(text.substr(above->begin, above->end - above->begin), " Q1 2025 ");
}

}  // namespace
}  // namespace claimcheck
