// Extraction measured on the annotated corpus in tests/corpus (see its README.md):
// precision, recall and F1 per field, printed as a table, with floors that fail the test.

#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

#include "model/names.hpp"
#include "read/document_reader.hpp"
#include "support/test_support.hpp"

namespace claimcheck::testing {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

// The goals of the extraction issue. Floors below a goal are ratchets: raise them as the
// extractor improves, never lower them.
struct Floors {
  double value_f1 = 0.97;
  double entity_f1 = 0.90;
  double metric_f1 = 0.85;
  double non_claims_skipped = 0.97;
};

struct Score {
  std::size_t tp = 0, fp = 0, fn = 0;
  [[nodiscard]] double precision() const { return tp + fp == 0 ? 1.0 : double(tp) / double(tp + fp); }
  [[nodiscard]] double recall() const { return tp + fn == 0 ? 1.0 : double(tp) / double(tp + fn); }
  [[nodiscard]] double f1() const {
    const double p = precision(), r = recall();
    return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
  }
};

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

bool near(double a, double b) { return std::fabs(a - b) <= 1e-9 * std::max(1.0, std::fabs(b)); }

struct Corpus {
  std::map<std::string, Score> fields;
  std::size_t non_claims = 0, non_claims_skipped = 0;
  std::size_t articles = 0;
  std::vector<std::string> misses;  // for the failure message
};

void score_article(const fs::path& article, const json& gold, Corpus& corpus) {
  const std::string bytes = slurp(article);
  const DocumentClaims doc = analyse(bytes, format_for_path(article.string()), article.filename().string());
  ++corpus.articles;
  // Pair gold and extracted claims by text, in order of appearance.
  std::map<std::string, std::vector<const Claim*>> extracted;
  for (const Claim& c : doc.claims) extracted[c.text].push_back(&c);
  std::map<std::string, std::size_t> used;
  std::vector<bool> matched(doc.claims.size(), false);
  auto& value = corpus.fields["value+unit+scale"];
  auto& entity = corpus.fields["entity"];
  auto& metric = corpus.fields["metric"];
  auto& hedge = corpus.fields["hedge"];
  auto& direction = corpus.fields["direction"];
  for (const json& g : gold.at("claims")) {
    const std::string text = g.at("text").get<std::string>();
    const std::string g_entity = g.value("entity", std::string{});
    const std::string g_metric = g.value("metric", std::string{});
    const std::size_t n = used[text]++;
    const auto it = extracted.find(text);
    const Claim* c = it != extracted.end() && n < it->second.size() ? it->second[n] : nullptr;
    const std::string where = article.filename().string() + ": " + text;
    if (c == nullptr) {
      ++value.fn;
      entity.fn += g_entity.empty() ? 0 : 1;
      metric.fn += g_metric.empty() ? 0 : 1;
      ++hedge.fn;
      ++direction.fn;
      corpus.misses.push_back("missed " + where);
      continue;
    }
    matched[static_cast<std::size_t>(c - doc.claims.data())] = true;
    const auto gv = g.at("value");
    const bool value_ok = near(c->stated.low, gv.at(0).get<double>()) && near(c->stated.high, gv.at(1).get<double>()) &&
                          to_string(c->unit.kind) == g.at("unit").get<std::string>() &&
                          (c->unit.kind != UnitKind::Money || c->unit.currency == g.value("currency", std::string{}));
    (value_ok ? value.tp : value.fp) += 1;
    if (!value_ok) {
      ++value.fn;
      corpus.misses.push_back("wrong value/unit " + where);
    }
    auto score_field = [&](Score& s, const std::string& got, const std::string& want, const char* name) {
      if (!want.empty() && got == want) {
        ++s.tp;
      } else {
        if (!got.empty()) ++s.fp;
        if (!want.empty()) ++s.fn;
        corpus.misses.push_back(std::string(name) + " " + where + " (got '" + got + "', want '" + want + "')");
      }
    };
    score_field(entity, c->subject.entity, g_entity, "entity");
    score_field(metric, c->subject.metric, g_metric, "metric");
    score_field(hedge, std::string(to_string(c->hedge.kind)), g.value("hedge", std::string("exact")), "hedge");
    score_field(direction, std::string(to_string(c->direction)), g.value("direction", std::string("none")),
                "direction");
  }
  for (std::size_t i = 0; i < doc.claims.size(); ++i) {
    if (matched[i]) continue;
    const Claim& c = doc.claims[i];
    ++value.fp;
    entity.fp += c.subject.entity.empty() ? 0 : 1;
    metric.fp += c.subject.metric.empty() ? 0 : 1;
    ++hedge.fp;
    ++direction.fp;
    corpus.misses.push_back("spurious " + article.filename().string() + ": " + c.text);
  }
  for (const json& nc : gold.value("non_claims", json::array())) {
    const std::string text = nc.get<std::string>();
    bool skipped = true;
    for (std::size_t at = bytes.find(text); at != std::string::npos; at = bytes.find(text, at + 1)) {
      for (const Claim& c : doc.claims) {
        if (c.span.begin < at + text.size() && at < c.span.end) skipped = false;
      }
    }
    ++corpus.non_claims;
    corpus.non_claims_skipped += skipped ? 1 : 0;
    if (!skipped) corpus.misses.push_back("non-claim reported " + article.filename().string() + ": " + text);
  }
}

TEST(Corpus, ExtractionQualityPerField) {
  const fs::path dir = source_dir() / "tests" / "corpus";
  Corpus corpus;
  std::size_t gold_claims = 0;
  for (const auto& entry : fs::directory_iterator(dir)) {
    const std::string name = entry.path().filename().string();
    if (!name.ends_with(".gold.json")) continue;
    const std::string stem = name.substr(0, name.size() - std::string(".gold.json").size());
    fs::path article;
    for (const char* ext : {".txt", ".md", ".html"}) {
      if (fs::exists(dir / (stem + ext))) article = dir / (stem + ext);
    }
    ASSERT_FALSE(article.empty()) << "no article for " << name;
    const json gold = json::parse(slurp(entry.path()));
    gold_claims += gold.at("claims").size();
    score_article(article, gold, corpus);
  }
  ASSERT_GT(corpus.articles, 0U);

  std::ostringstream table;
  table << "\nExtraction on tests/corpus: " << corpus.articles << " articles, " << gold_claims << " gold claims, "
        << corpus.non_claims << " non-claims\n";
  table << "  field              precision  recall     F1\n";
  for (const auto& [name, s] : corpus.fields) {
    char line[128];
    std::snprintf(line, sizeof line, "  %-18s %9.3f %7.3f %6.3f\n", name.c_str(), s.precision(), s.recall(), s.f1());
    table << line;
  }
  const double skipped = corpus.non_claims == 0 ? 1.0 : double(corpus.non_claims_skipped) / double(corpus.non_claims);
  char line[128];
  std::snprintf(line, sizeof line, "  non-claims skipped %.3f\n", skipped);
  table << line;
  std::cout << table.str();
  if (std::getenv("CLAIMCHECK_CORPUS_VERBOSE") != nullptr) {
    for (const auto& m : corpus.misses) std::cout << "  " << m << '\n';
  }

  const Floors floors;
  EXPECT_GE(corpus.fields["value+unit+scale"].f1(), floors.value_f1);
  EXPECT_GE(corpus.fields["entity"].f1(), floors.entity_f1);
  EXPECT_GE(corpus.fields["metric"].f1(), floors.metric_f1);
  EXPECT_GE(skipped, floors.non_claims_skipped);
}

}  // namespace
}  // namespace claimcheck::testing
