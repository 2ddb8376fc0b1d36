// Editor positions (UTF-16 code units by default, bytes when agreed) against byte
// offsets, and the incremental edits an editor sends.

#include "rpc/text_position.hpp"

#include <gtest/gtest.h>

#include <stdexcept>

#include "rpc/file_uri.hpp"

namespace claimcheck {
namespace {

// "£" is 2 bytes and 1 UTF-16 unit; "😀" is 4 bytes and 2 units.
constexpr std::string_view kText = "Up £5\nso 😀 25%\nend";

TEST(TextPosition, Utf16PositionsCountCodeUnits) {
  const LineStarts lines(kText);
  const std::size_t pct = std::string_view(kText).find("25%");
  EXPECT_EQ(lines.position(pct, PositionEncoding::Utf16), (TextPosition{1, 6}));
  EXPECT_EQ(lines.offset({1, 6}, PositionEncoding::Utf16), pct);
  EXPECT_EQ(lines.position(pct, PositionEncoding::Utf8), (TextPosition{1, 8}));
  EXPECT_EQ(lines.offset({1, 8}, PositionEncoding::Utf8), pct);
  EXPECT_EQ(lines.offset({0, 4}, PositionEncoding::Utf16), std::string_view(kText).find('5'));
}

TEST(TextPosition, PositionsPastTheEndAreClamped) {
  const LineStarts lines(kText);
  EXPECT_EQ(lines.offset({0, 99}, PositionEncoding::Utf16), std::string_view(kText).find('\n'));
  EXPECT_EQ(lines.offset({9, 0}, PositionEncoding::Utf16), kText.size());
}

TEST(TextPosition, EditsReplaceInsertAndDelete) {
  std::string text(kText);
  apply_edit(text, {1, 6}, {1, 8}, "2.5", PositionEncoding::Utf16);
  EXPECT_EQ(text, "Up £5\nso 😀 2.5%\nend");
  apply_edit(text, {0, 0}, {0, 0}, "<!-- x -->\n", PositionEncoding::Utf16);
  EXPECT_EQ(text.substr(0, 11), "<!-- x -->\n");
  apply_edit(text, {3, 0}, {4, 0}, "", PositionEncoding::Utf16);
  EXPECT_EQ(text, "<!-- x -->\nUp £5\nso 😀 2.5%\n");
  EXPECT_THROW(apply_edit(text, {1, 3}, {1, 1}, "", PositionEncoding::Utf16), std::invalid_argument);
}

TEST(FileUri, PathsRoundTripThroughPercentEncoding) {
  EXPECT_EQ(file_uri_from_path("/tmp/My Story #1.md"), "file:///tmp/My%20Story%20%231.md");
  EXPECT_EQ(path_from_file_uri("file:///tmp/My%20Story%20%231.md"), "/tmp/My Story #1.md");
  EXPECT_EQ(path_from_file_uri("untitled:Untitled-1"), std::nullopt);
  EXPECT_EQ(document_id_from_uri("untitled:Untitled-1"), "untitled:Untitled-1");
}

}  // namespace
}  // namespace claimcheck
