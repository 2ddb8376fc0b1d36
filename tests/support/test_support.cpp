#include "support/test_support.hpp"

#include <gtest/gtest.h>

#include "read/document_reader.hpp"

namespace claimcheck::testing {

const Pipeline& pipeline() {
  // The shipped data plus the invented companies of the tests' and samples' articles.
  static const Pipeline p = Pipeline::load(CLAIMCHECK_DEFAULT_RULES_DIR, {}, {}, {test_entities()});
  return p;
}

std::filesystem::path source_dir() { return CLAIMCHECK_SOURCE_DIR; }
std::filesystem::path test_entities() { return source_dir() / "tests" / "lexicon" / "entities.json"; }
std::filesystem::path samples_dir() { return source_dir() / "samples"; }

std::optional<std::filesystem::path> seeds_dir() {
  const auto dir = source_dir().parent_path() / "shared" / "seeds";
  if (std::filesystem::is_directory(dir)) return dir;
  return std::nullopt;
}

DocumentClaims analyse(const std::string& text, Format format, const std::string& id) {
  Diagnostics diagnostics;
  return pipeline().analyse(make_document(id, text, format), diagnostics);
}

std::vector<Claim> claims_written(const DocumentClaims& doc, const std::string& figure) {
  std::vector<Claim> out;
  for (const auto& c : doc.claims) {
    if (c.text == figure) out.push_back(c);
  }
  return out;
}

Claim only_claim(const DocumentClaims& doc, const std::string& figure) {
  const auto found = claims_written(doc, figure);
  if (found.size() != 1) {
    std::string all;
    for (const auto& c : doc.claims) all += "[" + c.text + "] ";
    ADD_FAILURE() << "expected exactly one claim written '" << figure << "', found " << found.size()
                  << "; claims: " << all;
    return {};
  }
  return found.front();
}

std::vector<Finding> check_texts(const std::vector<std::pair<std::string, std::string>>& id_and_text) {
  std::vector<DocumentClaims> docs;
  for (const auto& [id, text] : id_and_text) docs.push_back(analyse(text, format_for_path(id), id));
  return pipeline().check_documents(docs);
}

std::vector<Finding> check_one(const std::string& text) { return check_texts({{"article.txt", text}}); }

std::vector<std::string> rules_of(const std::vector<Finding>& findings) {
  std::vector<std::string> out;
  for (const auto& f : findings) out.push_back(f.rule);
  return out;
}

}  // namespace claimcheck::testing
