// .claimcheck.json and --include/--exclude, end to end.

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <set>
#include <string>

#include "cli/cli_fixture.hpp"

namespace claimcheck::testing {
namespace {

using nlohmann::json;

class CliConfig : public Cli {};

TEST_F(CliConfig, FoundByWalkingUpAndChangesSeverities) {
  write(".claimcheck.json", R"({"rules": {"decimal-slip": "warning", "headline-vs-body": false}})");
  write("desk/today/slip.txt", kSlipArticle);
  const CliRun r = run("check --no-color slip.txt", "desk/today");
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;  // a warning does not fail at the default --fail-on error
  EXPECT_NE(r.out.find("warning  decimal-slip"), std::string::npos) << r.out;
  EXPECT_EQ(run("check --no-config slip.txt", "desk/today").exit_code, 1);
}

TEST_F(CliConfig, ExplicitFileFailOnAndCommandLineOverride) {
  write("cfg/strict.json", R"({"fail_on": "warning", "rules": {"decimal-slip": {"severity": "warning"}}})");
  write("slip.txt", kSlipArticle);
  EXPECT_EQ(run("check --config cfg/strict.json slip.txt").exit_code, 1);
  EXPECT_EQ(run("check --config cfg/strict.json --fail-on error slip.txt").exit_code, 0);
  EXPECT_NE(run("explain --config cfg/strict.json decimal-slip").out.find("severity:  warning"), std::string::npos);
}

TEST_F(CliConfig, ParametersAndRuleDirsRelativeToTheFile) {
  // With max_power 0 no factor of ten is a decimal slip: the headline rule explains the pair instead.
  write("cfg/.claimcheck.json",
        R"({"rule_dirs": ["house"], "rules": {"decimal-slip": {"parameters": {"max_power": 0}}}})");
  write("cfg/house/house.json", R"({"id": "house-consistency", "kind": "consistency", "description": "House.",)"
                                R"( "severity": "info", "message": "{a} vs {b}"})");
  write("slip.txt", kSlipArticle);
  const CliRun r = run("check --config cfg/.claimcheck.json --format json slip.txt");
  const json report = json::parse(r.out);
  ASSERT_EQ(report["findings"].size(), 1U) << r.out;
  EXPECT_EQ(report["findings"][0]["rule"], "headline-vs-body");
  EXPECT_NE(run("rules --config cfg/.claimcheck.json").out.find("house-consistency"), std::string::npos);
}

struct BadConfig {
  const char* text;
  const char* error;
};

TEST_F(CliConfig, EntityFilesAddTheDesksOwnCompanies) {
  // An invented company is unknown to the shipped lexicon: with no company to tie them,
  // the two figures of different sentences are not compared.
  const std::string article =
      "Quillfeather Shares Jump 31% After Results\n\nQuillfeather shares rose 3.1% on Tuesday.\n";
  write("desk/story.txt", article);
  write("desk/companies.json",
        R"({"entities": [{"id": "quillfeather", "name": "Quillfeather Press", "aliases": ["Quillfeather"]}]})");
  write("desk/.claimcheck.json", R"({"entities": ["companies.json"]})");
  const CliRun r = run("check --format json story.txt", "desk");
  EXPECT_EQ(r.exit_code, 1) << r.out << r.err;
  EXPECT_NE(r.out.find("quillfeather"), std::string::npos) << r.out;
  write("desk/.claimcheck.json", R"({"entities": ["missing.json"]})");
  const CliRun bad = run("check story.txt", "desk");
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_NE(bad.err.find("missing.json"), std::string::npos) << bad.err;
}

TEST_F(CliConfig, BadConfigurationIsOneLineNamingFileAndFieldAndExitsTwo) {
  write("slip.txt", kSlipArticle);
  const BadConfig cases[] = {
      {"{\n  \"rules\": {\n    \"decimal-slip\": fals\n  }\n}\n",
       ".claimcheck.json: invalid JSON: parse error at line 4, column 0: syntax error"},
      {R"({"rulez": {}})", ".claimcheck.json: field 'rulez': unknown field (known: rules_dir,"},
      {R"({"rules": {"nope": false}})", "field 'rules.nope': no rule has this id (known: arithmetic, calendar,"},
      {R"({"rulez": {}})",
       "unknown field (known: rules_dir, rule_dirs, entities, rules, include, exclude, fail_on); "
       "did you mean 'rules'?"},
      {R"({"rules": {"decimal-slp": false}})", "no rule has this id (known: arithmetic,"},
      {R"({"rules": {"decimal-slp": false}})", "unit-confusion); did you mean 'decimal-slip'?"},
      {R"({"rules": {"decimal-slip": {"parameters": {"max_powr": 2}}}})",
       "field 'rules.decimal-slip': rule 'decimal-slip' has no parameter 'max_powr' (it has: max_power)"},
      {R"({"rules": {"decimal-slip": {"parameters": {"max_power": "2"}}}})", "parameter 'max_power' must be a number"},
      {R"({"rules": {"decimal-slip": {"severity": "loud"}}})",
       "field 'rules.decimal-slip.severity': 'loud' is not one of error, warning, info"},
      {R"({"fail_on": "sometimes"})", "field 'fail_on': must be error, warning, info or none"},
      {R"({"include": "*.md"})", "field 'include': must be an array of strings"},
      {R"([1, 2])", ".claimcheck.json: a configuration file holds one JSON object"},
  };
  for (const BadConfig& c : cases) {
    write(".claimcheck.json", c.text);
    const CliRun r = run("check slip.txt");
    EXPECT_EQ(r.exit_code, 2) << c.text;
    EXPECT_NE(r.err.find(c.error), std::string::npos) << c.text << "\n" << r.err;
    EXPECT_EQ(lines_of(r.err).size(), 1U) << r.err;
  }
  EXPECT_EQ(run("check --config missing.json slip.txt").err,
            "claimcheck: error: missing.json: cannot open configuration file\n");
}

std::vector<std::string> documents_read(const CliRun& r) {
  std::vector<std::string> ids;
  const json report = json::parse(r.out);
  for (const json& d : report["documents"]) ids.push_back(d["id"]);
  return ids;
}

TEST_F(CliConfig, IncludeAndExcludeGlobsNarrowFolderWalks) {
  const std::string text = "Meta's shares rose 3.1% on Monday.\n";
  write("news/a.md", text);
  write("news/b.txt", text);
  write("news/notes.text", text);
  write("news/drafts/c.txt", text);
  write("news/desk/drafts/d.md", text);
  using V = std::vector<std::string>;
  EXPECT_EQ(documents_read(run("extract --format json news")),
            (V{"news/a.md", "news/b.txt", "news/desk/drafts/d.md", "news/drafts/c.txt"}));
  EXPECT_EQ(documents_read(run("extract --format json --include '*.md' news")),
            (V{"news/a.md", "news/desk/drafts/d.md"}));
  EXPECT_EQ(documents_read(run("extract --format json --exclude 'drafts/**' news")),
            (V{"news/a.md", "news/b.txt", "news/desk/drafts/d.md"}));
  EXPECT_EQ(documents_read(run("extract --format json --exclude drafts --include '*.text' --include '*.txt' news")),
            (V{"news/b.txt", "news/notes.text"}));
  // A file named on the command line is always read.
  EXPECT_EQ(documents_read(run("extract --format json --exclude '*.txt' news/b.txt")), (V{"news/b.txt"}));
  // The configuration's globs apply too, and the command line adds to them.
  write(".claimcheck.json", R"({"exclude": ["**/drafts/**"]})");
  EXPECT_EQ(documents_read(run("extract --format json --exclude 'b.*' news")), (V{"news/a.md"}));
}

TEST_F(CliConfig, CommentsAndOffAsASeverity) {
  write(".claimcheck.json",
        "{\n  // the desk's house style\n  \"rules\": {\n    \"decimal-slip\": \"off\", /* too noisy here */\n"
        "    \"headline-vs-body\": {\"severity\": \"off\"}\n  }\n}\n");
  write("slip.txt", kSlipArticle);
  auto rules = [&](const std::string& options) {
    const CliRun r = run("check --format json " + options + " slip.txt");
    EXPECT_NE(r.exit_code, 2) << r.err;
    std::set<std::string> ids;
    const json report = json::parse(r.out);
    for (const json& f : report["findings"]) ids.insert(f["rule"].get<std::string>());
    return ids;
  };
  const std::set<std::string> configured = rules("");
  EXPECT_FALSE(configured.contains("decimal-slip"));
  EXPECT_FALSE(configured.contains("headline-vs-body"));
  EXPECT_TRUE(rules("--no-config").contains("decimal-slip"));
  write(".claimcheck.json", R"({"rules": {"decimal-slip": {"enabled": true, "severity": "off"}}})");
  const CliRun both = run("check slip.txt");
  EXPECT_EQ(both.exit_code, 2);
  EXPECT_NE(both.err.find("field 'rules.decimal-slip': is both enabled and \"off\""), std::string::npos) << both.err;
}

TEST_F(CliConfig, RulesShowTheConfiguredStateAsTextAndJson) {
  write(".claimcheck.json", R"({"rules": {"decimal-slip": "off", "calendar": "warning"}})");
  const CliRun text = run("rules");
  EXPECT_EQ(text.exit_code, 0);
  bool marked = false;
  for (const std::string& line : lines_of(text.out)) {
    if (line.rfind("decimal-slip ", 0) == 0) marked = line.find("(disabled)") != std::string::npos;
  }
  EXPECT_TRUE(marked) << text.out;
  const CliRun r = run("rules --format json");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const json list = json::parse(r.out);
  EXPECT_EQ(list["version"], 1);
  ASSERT_EQ(list["rules"].size(), 13U);
  for (const json& rule : list["rules"]) {
    for (const char* key : {"id", "kind", "description", "enabled", "severity", "parameters", "source"}) {
      EXPECT_TRUE(rule.contains(key)) << key;
    }
    if (rule["id"] == "decimal-slip") {
      EXPECT_EQ(rule["enabled"], false);
    }
    if (rule["id"] == "calendar") {
      EXPECT_EQ(rule["severity"], "warning");
    }
    if (rule["id"] == "scale-slip") {
      EXPECT_EQ(rule["enabled"], true);
    }
  }
  EXPECT_EQ(json::parse(run("rules --no-config --format json").out)["rules"][0]["enabled"], true);
}

}  // namespace
}  // namespace claimcheck::testing
