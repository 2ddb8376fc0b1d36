// The HTML report opened in headless Chromium, as an editor's browser opens it: it renders
// without a console message, has a card per finding and a number-line mark per claim of
// each, its filter hides and shows cards, and an article's markup never runs. Skips with
// a message where Chromium is not installed.

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <regex>

#include "cli/cli_fixture.hpp"
#include "support/chromium.hpp"

namespace claimcheck::testing {
namespace {

using nlohmann::json;

// The DOM's finding cards, each as its markup up to the next card or the articles section.
std::vector<std::string> cards_of(const std::string& dom) {
  std::vector<std::string> cards;
  const std::string open = "<article class=\"finding";
  const std::size_t end_all = dom.find("<section id=\"articles\"");
  for (std::size_t at = dom.find(open); at != std::string::npos && at < end_all;) {
    const std::size_t next = dom.find(open, at + 1);
    cards.push_back(dom.substr(at, std::min(next, end_all) - at));
    at = next;
  }
  return cards;
}

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

std::string joined(const std::vector<std::string>& lines) {
  std::string out;
  for (const std::string& l : lines) out += l + '\n';
  return out;
}

class BrowserHtml : public Cli {
 protected:
  void SetUp() override {
    if (!chromium()) GTEST_SKIP() << kNoChromium;
    Cli::SetUp();
  }
  // The samples: findings of several rules and severities across several articles.
  static std::string samples() {
    const std::string dir = std::string(CLAIMCHECK_SOURCE_DIR) + "/samples";
    return "--config '" + dir + "/.claimcheck.json' '" + dir + "'";
  }
  std::string url(const std::string& file, const std::string& fragment = "") const {
    return "file://" + (dir_ / file).string() + fragment;
  }
};

TEST_F(BrowserHtml, RendersEveryCardAndAMarkPerClaimWithoutConsoleMessages) {
  const CliRun json_run = run("check --format json " + samples());
  const CliRun html_run = run("check --format html -o report.html " + samples());
  ASSERT_EQ(html_run.exit_code, json_run.exit_code) << html_run.err;
  const json findings = json::parse(json_run.out)["findings"];
  ASSERT_GE(findings.size(), 1U);
  const PageDump page = dump_dom(url("report.html"), dir_);
  ASSERT_EQ(page.exit_code, 0) << page.log;
  EXPECT_TRUE(page.console.empty()) << joined(page.console);
  const std::vector<std::string> cards = cards_of(page.dom);
  ASSERT_EQ(cards.size(), findings.size()) << page.dom.substr(0, 3000);
  for (std::size_t i = 0; i < cards.size(); ++i) {
    EXPECT_NE(cards[i].find("data-rule=\"" + findings[i]["rule"].get<std::string>() + "\""), std::string::npos);
    EXPECT_EQ(count(cards[i], "<g class=\"mark "), findings[i]["claims"].size()) << cards[i];
  }
  // The script ran (it fills the count and shows the filter) under the page's policy.
  EXPECT_NE(page.dom.find(std::to_string(cards.size()) + " of " + std::to_string(cards.size()) + " findings shown"),
            std::string::npos);
  EXPECT_EQ(page.dom.find("<form id=\"filters\" hidden"), std::string::npos);
}

TEST_F(BrowserHtml, TheFilterHidesAndShowsCards) {
  const json findings = json::parse(run("check --format json " + samples()).out)["findings"];
  run("check --format html -o report.html " + samples());
  const std::string rule = findings[0]["rule"].get<std::string>();
  const std::string article = findings[0]["claims"][0]["document"].get<std::string>();
  std::size_t of_rule = 0;
  for (const json& f : findings) of_rule += f["rule"] == rule ? 1 : 0;
  ASSERT_LT(of_rule, findings.size());  // something to hide
  // The filter starts from the address, as a shared link would give it.
  const PageDump by_rule = dump_dom(url("report.html", "#rule=" + rule), dir_);
  EXPECT_TRUE(by_rule.console.empty()) << joined(by_rule.console);
  std::size_t shown = 0;
  for (const std::string& card : cards_of(by_rule.dom)) {
    const bool hidden = card.substr(0, card.find('>')).find(" hidden") != std::string::npos;
    EXPECT_EQ(hidden, card.find("data-rule=\"" + rule + "\"") == std::string::npos) << card.substr(0, 300);
    shown += hidden ? 0 : 1;
  }
  EXPECT_EQ(shown, of_rule);
  const PageDump by_article = dump_dom(url("report.html", "#article=" + article), dir_);
  std::size_t hidden_cards = 0;
  for (const std::string& card : cards_of(by_article.dom)) {
    const bool hidden = card.substr(0, card.find('>')).find(" hidden") != std::string::npos;
    EXPECT_EQ(hidden, card.find("data-document=\"" + article + "\"") == std::string::npos) << card.substr(0, 300);
    hidden_cards += hidden ? 1 : 0;
  }
  EXPECT_GT(hidden_cards, 0U);
  const PageDump none = dump_dom(url("report.html", "#severity=info&rule=" + rule), dir_);
  EXPECT_NE(none.dom.find("0 of " + std::to_string(findings.size()) + " findings shown"), std::string::npos);
}

TEST_F(BrowserHtml, AnArticlesMarkupNeverRuns) {
  write("evil\"onerror=x.txt",
        "Meta Stock Rises 25% on Muse Spark\n\n"
        "Meta's stock rose 2.5% <script>document.body.dataset.pwned='script'</script> "
        "<img src=x onerror=\"document.body.dataset.pwned='img'\"> "
        "<svg onload=\"document.body.dataset.pwned='svg'\"></svg>, reflecting tailwinds.\n");
  const CliRun r = run("check --format html -o report.html 'evil\"onerror=x.txt'");
  ASSERT_EQ(r.exit_code, 1) << r.err;
  const PageDump page = dump_dom(url("report.html"), dir_);
  ASSERT_EQ(cards_of(page.dom).size(), 1U) << page.log;
  EXPECT_TRUE(page.console.empty()) << joined(page.console);  // not even a blocked attempt
  EXPECT_EQ(page.dom.find("data-pwned"), std::string::npos);
  EXPECT_EQ(page.dom.find("<img"), std::string::npos);
  EXPECT_EQ(count(page.dom, "<script"), 1U);
  EXPECT_NE(page.dom.find("&lt;script&gt;document.body.dataset.pwned"), std::string::npos);
}

}  // namespace
}  // namespace claimcheck::testing
