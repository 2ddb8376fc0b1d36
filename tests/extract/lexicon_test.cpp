// The shipped lexicon: real companies only, marker classes that load, and entity files a
// newsroom (or the samples and tests) add on top.

#include "extract/lexicon.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <set>
#include <string>

#include "support/test_support.hpp"

namespace claimcheck::testing {
namespace {

namespace fs = std::filesystem;

std::set<std::string> aliases_in(const fs::path& file) {
  std::ifstream in(file);
  const auto doc = nlohmann::json::parse(in);
  std::set<std::string> out;
  for (const auto& e : doc.at("entities")) {
    out.insert(e.at("id").get<std::string>());
    for (const auto& a : e.at("aliases")) out.insert(a.get<std::string>());
  }
  return out;
}

TEST(Lexicon, TheShippedLexiconHoldsNoInventedCompany) {
  const auto shipped = aliases_in(source_dir() / "rules" / "lexicon" / "entities.json");
  for (const fs::path& invented : {test_entities(), samples_dir() / "lexicon" / "entities.json"}) {
    for (const std::string& name : aliases_in(invented))
      EXPECT_FALSE(shipped.contains(name)) << name << " in " << invented;
  }
}

TEST(Lexicon, EntityFilesAddCompaniesAndABadOneIsNamed) {
  Lexicon lex = Lexicon::load(source_dir() / "rules" / "lexicon");
  const std::size_t shipped = lex.entities.size();
  lex.add_entities(test_entities());
  EXPECT_GT(lex.entities.size(), shipped);

  const fs::path bad = fs::temp_directory_path() / "claimcheck-lexicon-test-bad-entities.json";
  std::ofstream(bad) << R"({"entities": [{"id": "x", "name": "X"}]})";
  try {
    lex.add_entities(bad);
    ADD_FAILURE() << "an entity without aliases loaded";
  } catch (const LexiconError& e) {
    EXPECT_NE(std::string(e.what()).find(bad.string()), std::string::npos) << e.what();
  }
  fs::remove(bad);
}

TEST(Lexicon, MarkerSynonymsTakeTheirCanonicalWordsClass) {
  const Lexicon lex = Lexicon::load(source_dir() / "rules" / "lexicon");
  const auto qtr = lex.frame_markers.find("qtr");
  ASSERT_NE(qtr, lex.frame_markers.end());
  EXPECT_EQ(qtr->second.canonical, "quarter");
  EXPECT_EQ(qtr->second.marker_class, MarkerClass::Period);
  EXPECT_EQ(lex.frame_markers.find("4th")->second.marker_class, MarkerClass::Ordinal);
  EXPECT_EQ(lex.frame_markers.find("debentures")->second.marker_class, MarkerClass::Instrument);
}

TEST(Lexicon, MonthsAreKeptOnceAndReadEverywhere) {
  const Lexicon lex = Lexicon::load(source_dir() / "rules" / "lexicon");
  EXPECT_EQ(lex.months.name(3), "March");
  EXPECT_EQ(lex.months.number_of("SEPT"), 9U);
  EXPECT_EQ(lex.months.number_of("may"), 5U);
  EXPECT_FALSE(lex.months.number_of("Marc").has_value());
  EXPECT_TRUE(lex.calendar_words.contains("dec"));
  EXPECT_EQ(lex.frame_markers.find("february")->second.marker_class, MarkerClass::Month);
}

TEST(Lexicon, ABadFieldIsPlacedAtItsLine) {
  const fs::path dir = fs::temp_directory_path() / "claimcheck-lexicon-test-months";
  fs::remove_all(dir);
  fs::copy(source_dir() / "rules" / "lexicon", dir);
  std::ifstream in(dir / "periods.json");
  std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  const std::size_t may = text.find("[\"May\"],");
  ASSERT_NE(may, std::string::npos);
  text.erase(may, std::string("[\"May\"],").size());  // eleven months
  std::ofstream(dir / "periods.json", std::ios::trunc) << text;
  const std::size_t months = text.find("\"months\": [");
  const auto line = static_cast<std::uint32_t>(1 + std::count(text.begin(), text.begin() + months, '\n'));
  try {
    (void)Lexicon::load(dir);
    ADD_FAILURE() << "eleven months loaded";
  } catch (const LexiconError& e) {
    EXPECT_EQ(e.problem(), "field 'months': 11 months given, not 12 (January first)");
    EXPECT_EQ(e.line(), line);
    EXPECT_EQ(e.column(), 13U);  // '  "months": [' : the value's bracket
  }
  fs::remove_all(dir);
}

}  // namespace
}  // namespace claimcheck::testing
