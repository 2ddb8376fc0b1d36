// Markdown and HTML articles: markup hidden, metadata read, offsets into the original file.

#include <gtest/gtest.h>

#include "read/html_format.hpp"
#include "support/test_support.hpp"

namespace claimcheck::testing {
namespace {

TEST(MarkdownFormat, FrontMatterTitleIsTheHeadlineAndDateIsRead) {
  const std::string md =
      "---\ntitle: \"Northwind Shares Jump 9% on Launch\"\ndate: 2026-03-12\ntickers: [NWR]\n---\n\n"
      "# Northwind Shares Jump 9% on Launch\n\nNorthwind's shares rallied **9%** on Tuesday.\n";
  const auto doc = analyse(md, Format::Markdown, "a.md");
  EXPECT_EQ(doc.info.date, "2026-03-12");
  const auto nines = claims_written(doc, "9%");
  ASSERT_EQ(nines.size(), 3U);
  EXPECT_EQ(nines[0].role, Role::Headline);
  EXPECT_EQ(nines[0].span.line, 2U);
  EXPECT_EQ(nines[1].role, Role::Headline);
  EXPECT_EQ(nines[2].role, Role::Body);
  EXPECT_EQ(nines[2].subject.period, "2026-03-10");
  EXPECT_EQ(md.substr(nines[2].span.begin, 2), "9%");
}

TEST(MarkdownFormat, MalformedFrontMatterIsAnInputError) {
  EXPECT_THROW((void)make_document("bad.md", "---\ntitle: [unclosed\n---\nBody\n", Format::Markdown), InputError);
}

TEST(HtmlFormat, BodyTextOnlyWithEntitiesDecoded) {
  const std::string html =
      "<!DOCTYPE html><html><head><title>Acme Plans</title><script>var ratio = 0.35;</script></head><body>"
      "<nav><a href=\"/top-10\">Top 10</a></nav><h1>Northwind Lays Out Plan</h1>"
      "<time datetime=\"2026-03-12\">March 12</time>"
      "<p>Northwind plans capital expenditure of $3.5&nbsp;billion in 2026 &#8212; R&amp;D included.</p></body></html>";
  const auto doc = analyse(html, Format::Html, "a.html");
  EXPECT_EQ(doc.info.date, "2026-03-12");
  ASSERT_EQ(doc.claims.size(), 1U) << doc.claims[0].text;
  const Claim& c = doc.claims[0];
  EXPECT_EQ(c.text, "$3.5&nbsp;billion");
  EXPECT_DOUBLE_EQ(c.stated.low, 3.5e9);
  EXPECT_EQ(c.subject.metric, "capex");
  EXPECT_EQ(html.substr(c.span.begin, c.span.end - c.span.begin), c.text);
}

TEST(HtmlFormat, CharacterReferences) {
  EXPECT_EQ(decode_character_reference("&amp;"), "&");
  EXPECT_EQ(decode_character_reference("&#8212;"), "\u2014");
  EXPECT_EQ(decode_character_reference("&#x2212;"), "\u2212");
  EXPECT_EQ(decode_character_reference("&bogus;"), "");
  EXPECT_EQ(decode_character_reference("&#xD800;"), "");
}

}  // namespace
}  // namespace claimcheck::testing
