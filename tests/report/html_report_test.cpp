// `check --format html`: the page's content and its escaping, read as text. What a browser
// makes of it is in html_browser_test.cpp.

#include "report/html_report.hpp"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <regex>
#include <sstream>

#include "cli/cli_fixture.hpp"
#include "report/html_writer.hpp"
#include "report/number_line.hpp"
#include "support/test_support.hpp"

namespace claimcheck::testing {
namespace {

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

// An article whose sentence around the slipped figure carries markup and a file name
// that tries to close an attribute: all of it must arrive as text.
constexpr const char* kHostileArticle =
    "Meta Stock Rises 25% on Muse Spark\n\n"
    "Meta's stock rose 2.5% <script>document.body.dataset.pwned='script'</script> "
    "<img src=x onerror=\"document.body.dataset.pwned='img'\"> in Z\u00fcrich trading \u05e9\u05dc\u05d5\u05dd, "
    "reflecting tailwinds.\n";

TEST(HtmlEscape, MarkupQuotesAndBadBytesBecomeText) {
  EXPECT_EQ(escape_html("<script>\"a\"&'b'</script>"), "&lt;script&gt;&quot;a&quot;&amp;&apos;b&apos;&lt;/script&gt;");
  EXPECT_EQ(escape_html("a\xFF"
                        "b\x01"),
            "a\xEF\xBF\xBD"
            "b\xEF\xBF\xBD");
  EXPECT_EQ(escape_html("Z\u00fcrich \u05e9\u05dc\u05d5\u05dd"), "Z\u00fcrich \u05e9\u05dc\u05d5\u05dd");
}

TEST(HtmlWriter, RefusesANameThatIsNotAName) {
  std::ostringstream out;
  HtmlWriter html(out);
  EXPECT_THROW(html.element("p onclick=x", {}, "text"), std::logic_error);
  EXPECT_THROW(html.empty("input", {{"value\"", "x"}}), std::logic_error);
}

TEST(NumberLine, LogScaleForADecimalSlipLinearForNearbyFigures) {
  const auto slip = check_one(kSlipArticle);
  ASSERT_EQ(rules_of(slip), std::vector<std::string>{"decimal-slip"});
  EXPECT_TRUE(number_line_scale(slip[0].claims).log);
  Claim a;
  a.value = {6.45, 6.55};
  Claim b;
  b.value = {6.0, 8.0};
  const NumberLineScale near = number_line_scale({a, b});
  EXPECT_FALSE(near.log);
  EXPECT_LT(near.fraction(6.45), near.fraction(6.55));
  EXPECT_GT(near.fraction(6.0), 0.0);  // a margin on both sides
  EXPECT_LT(near.fraction(8.0), 1.0);
}

class CliHtml : public Cli {};

TEST_F(CliHtml, ACardPerFindingWithANumberLineMarkPerClaim) {
  write("slip.txt", kSlipArticle);
  write("clean.txt", "Meta's shares rose 3.1% on Monday.\n\nMeta shares gained 3.1% on Monday after results.\n");
  const CliRun r = run("check --format html -o report.html slip.txt clean.txt");
  EXPECT_EQ(r.exit_code, 1) << r.err;
  const std::string html = slurp(dir_ / "report.html");
  ASSERT_EQ(html.rfind("<!DOCTYPE html>", 0), 0U);
  EXPECT_EQ(count(html, "<article class=\"finding sev-error\""), 1U);
  EXPECT_NE(html.find("data-rule=\"decimal-slip\""), std::string::npos);
  EXPECT_EQ(count(html, "<g class=\"mark "), 2U);
  EXPECT_NE(html.find("logarithmic scale"), std::string::npos);
  // The figure marked in its excerpt, with its reading.
  EXPECT_NE(
      html.find("Meta&apos;s stock rose <mark class=\"claim sev-error\" tabindex=\"0\">2.5%<span class=\"reading\""),
      std::string::npos);
  EXPECT_NE(html.find("2.45% to 2.55% \u00b7 percent"), std::string::npos);
  // Self-contained: nothing is fetched from elsewhere.
  EXPECT_EQ(html.find("http://"), html.find("http://www.w3.org/2000/svg"));
  EXPECT_EQ(html.find("https://"), std::string::npos);
  EXPECT_EQ(html.find(" src="), std::string::npos);
}

TEST_F(CliHtml, ArticleMarkupAndFileNamesArriveAsText) {
  write("a\"onerror=alert(1)<b>.txt", kHostileArticle);
  const CliRun r = run("check --format html -o report.html 'a\"onerror=alert(1)<b>.txt'");
  const std::string html = slurp(dir_ / "report.html");
  ASSERT_EQ(count(html, "<article class=\"finding"), 1U) << r.err;
  EXPECT_EQ(count(html, "<script"), 1U);  // the report's own, at the end
  EXPECT_EQ(html.find("<img"), std::string::npos);
  EXPECT_EQ(html.find("\"onerror"), std::string::npos);
  EXPECT_NE(html.find("&lt;script&gt;document.body.dataset.pwned=&apos;script&apos;&lt;/script&gt;"),
            std::string::npos);
  EXPECT_NE(html.find("a&quot;onerror=alert(1)&lt;b&gt;.txt"), std::string::npos);
  EXPECT_NE(html.find("Z\u00fcrich trading \u05e9\u05dc\u05d5\u05dd"), std::string::npos);
  EXPECT_NE(html.find("<blockquote dir=\"auto\">"), std::string::npos);  // right-to-left text keeps its direction
}

TEST_F(CliHtml, SummaryCountsRulesAndInputErrors) {
  write("slip.txt", kSlipArticle);
  write("empty.txt", "");
  const CliRun r = run("check --format html slip.txt empty.txt");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_TRUE(std::regex_search(r.out, std::regex("<th scope=\"row\" class=\"\">Articles</th><td class=\"n\">1</td>")))
      << r.out.substr(0, 4000);
  EXPECT_TRUE(std::regex_search(r.out, std::regex("decimal-slip</th><td class=\"n\">1</td>")));
  EXPECT_TRUE(std::regex_search(r.out, std::regex("Input errors</th><td class=\"n\">1</td>")));
  EXPECT_NE(r.out.find("<bdi>empty.txt</bdi>: empty file"), std::string::npos);
}

// Each article's whole text, collapsed, with every claim marked: a claim of a finding in
// its severity's colour, the others plainly, each with its reading for hover and focus.
TEST_F(CliHtml, EachArticlesWholeTextWithEveryClaimMarked) {
  write("slip.txt", kSlipArticle);
  write("clean.txt", "Meta's shares rose 3.1% on Monday.\n\nMeta shares gained 3.1% on Monday after results.\n");
  const CliRun r = run("check --format html -o report.html slip.txt clean.txt");
  EXPECT_EQ(r.exit_code, 1) << r.err;
  const std::string html = slurp(dir_ / "report.html");
  const std::string articles = html.substr(html.find("<section id=\"articles\""));
  EXPECT_EQ(count(articles, "<section class=\"article-text\""), 2U);
  EXPECT_EQ(count(articles, "<details><summary><bdi>"), 2U);
  // The headline's figure (in the finding) and the sentence's, in the slip's whole text.
  EXPECT_NE(articles.find("Meta Stock Rises <mark class=\"claim sev-error\" tabindex=\"0\" "
                          "data-reading=\"24.5% to 25.5% \u00b7 percent"),
            std::string::npos)
      << articles;
  EXPECT_NE(articles.find("Meta&apos;s stock rose <mark class=\"claim sev-error\" tabindex=\"0\" "
                          "data-reading=\"2.45% to 2.55% \u00b7 percent"),
            std::string::npos);
  EXPECT_NE(articles.find(", reflecting tailwinds.\n"), std::string::npos);
  // The clean article: in no finding, its claims marked plainly, its text whole.
  EXPECT_EQ(count(articles, "<mark class=\"claim\" tabindex=\"0\" data-reading=\"3.05% to 3.15% \u00b7 percent"), 2U);
  EXPECT_NE(articles.find("on Monday after results."), std::string::npos);
  EXPECT_EQ(articles.find("is not shown"), std::string::npos);
}

// Past --html-text-limit, an article shows only the sentences of its findings, and the
// page says how many texts it left out.
TEST_F(CliHtml, PastTheTextLimitAnArticleShowsOnlyTheSentencesOfItsFindings) {
  write("a-slip.txt", kSlipArticle);
  std::string longer = "Acme Profit Rises 40%\n\nAcme's profit rose 4.0% in the quarter.\n";
  for (int i = 0; i < 100; ++i) longer += "The board met again and discussed the plan at length.\n";
  write("b-long.txt", longer);
  const CliRun r = run("check --format html --html-text-limit 1kB -o report.html a-slip.txt b-long.txt");
  EXPECT_EQ(r.exit_code, 1) << r.err;
  const std::string html = slurp(dir_ / "report.html");
  EXPECT_EQ(count(html, "<article class=\"finding"), 2U);
  const std::string articles = html.substr(html.find("<section id=\"articles\""));
  EXPECT_NE(articles.find("The text of 1 article is not shown: the report keeps at most 1 kB of article text"),
            std::string::npos)
      << articles;
  EXPECT_NE(articles.find("<details><summary><bdi>a-slip.txt</bdi>"), std::string::npos);
  EXPECT_EQ(articles.find("<details><summary><bdi>b-long.txt</bdi>"), std::string::npos);
  EXPECT_NE(articles.find("<bdi>b-long.txt</bdi> \u00b7 the sentences of its findings"), std::string::npos);
  EXPECT_EQ(articles.find("The board met again"), std::string::npos);
  // 0 keeps no text at all, and says nothing of it: the sentences of findings only.
  const CliRun none = run("check --format html --html-text-limit 0 a-slip.txt b-long.txt");
  EXPECT_EQ(none.out.find("<details>"), std::string::npos);
  EXPECT_EQ(count(none.out, "the sentences of its findings"), 2U);
}

TEST_F(CliHtml, NoFindingsSaysSo) {
  write("clean.txt", "Meta's shares rose 3.1% on Monday.\n");
  const CliRun r = run("check --format html clean.txt");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("<p>No findings.</p>"), std::string::npos);
}

}  // namespace
}  // namespace claimcheck::testing
