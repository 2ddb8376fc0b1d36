#include "normalize/normalized_text.hpp"

#include <gtest/gtest.h>

#include "normalize/line_index.hpp"

namespace claimcheck {
namespace {

TEST(NormalizedText, AsciiIsUntouched) {
  const auto n = NormalizedText::from("Meta rose 2.5%.");
  EXPECT_EQ(n.text(), "Meta rose 2.5%.");
  EXPECT_EQ(n.to_original_begin(10), 10U);
}

TEST(NormalizedText, FoldsTypographyAndCompatibilityForms) {
  const auto n = NormalizedText::from("\u201Cup\u201D \u20136.5%\u20137% \uFF12\uFF15\uFF05 a\u00A0b \u22121");
  EXPECT_EQ(n.text(), "\"up\" -6.5%-7% 25% a b -1");
}

TEST(NormalizedText, KeepsEmDashAndCjk) {
  const auto n = NormalizedText::from("engine\u2014the \u6781\u81F4");
  EXPECT_EQ(n.text(), "engine\u2014the \u6781\u81F4");
}

TEST(NormalizedText, OffsetsMapBackAcrossEdits) {
  const std::string original = "\u201CA\u201D 25%";  // 3-byte quotes folded to 1 byte each
  const auto n = NormalizedText::from(original);
  ASSERT_EQ(n.text(), "\"A\" 25%");
  const std::size_t at = n.text().find("25%");
  EXPECT_EQ(original.substr(n.to_original_begin(at), n.to_original_end(at + 3) - n.to_original_begin(at)), "25%");
  // Inside a folded character both ends snap to its whole original bytes.
  EXPECT_EQ(n.to_original_begin(0), 0U);
  EXPECT_EQ(n.to_original_end(1), 3U);
}

TEST(NormalizedText, CrLfBecomesLf) {
  const std::string original = "a\r\nb\rc";
  const auto n = NormalizedText::from(original);
  EXPECT_EQ(n.text(), "a\nb\nc");
  EXPECT_EQ(n.to_original_begin(2), 3U);
  EXPECT_EQ(n.to_original_begin(4), 5U);
}

TEST(NormalizedText, InvalidBytesAreReplacedAndRecorded) {
  const std::string original = "x\xC3(y\xFF";
  const auto n = NormalizedText::from(original);
  EXPECT_EQ(n.text(), "x\uFFFD(y\uFFFD");
  EXPECT_EQ(n.invalid_bytes(), (std::vector<std::size_t>{1, 4}));
}

TEST(NormalizedText, MarkupEditsApplyWithFolding) {
  const std::string original = "<p>5&nbsp;billion &amp; more</p>";
  const std::vector<MarkupEdit> markup{{0, 3, ""}, {4, 6, "\u00A0"}, {18, 5, "&"}, {28, 4, "\n"}};
  const auto n = NormalizedText::from(original, markup);
  EXPECT_EQ(n.text(), "5 billion & more\n");
  const std::size_t more = n.text().find("more");
  EXPECT_EQ(original.substr(n.to_original_begin(more), 4), "more");
}

TEST(LineIndex, LinesAndCodePointColumns) {
  const std::string text = "ab\r\n\u00E9\u00E9x\nlast";
  const LineIndex index(text);
  EXPECT_EQ(index.locate(0).line, 1U);
  const auto x = index.locate(text.find('x'));
  EXPECT_EQ(x.line, 2U);
  EXPECT_EQ(x.column, 3U);
  EXPECT_EQ(index.line_text(text.find("last")), "last");
  EXPECT_EQ(index.line_text(1), "ab");
}

}  // namespace
}  // namespace claimcheck
