#pragma once
// Shared helpers for the tests: the pipeline loaded from the project's own rules/, and
// one-call analysis of an article given as a string.

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "app/pipeline.hpp"
#include "read/document_reader.hpp"
#include "read/source_document.hpp"

namespace claimcheck::testing {

const Pipeline& pipeline();

std::filesystem::path source_dir();
std::filesystem::path samples_dir();
// tests/lexicon/entities.json: the invented companies the tests' articles name.
std::filesystem::path test_entities();
// ../shared/seeds beside the checkout, when it exists.
std::optional<std::filesystem::path> seeds_dir();

// Runs read -> resolve on an in-memory article.
DocumentClaims analyse(const std::string& text, Format format = Format::Text, const std::string& id = "article.txt");

// The claims of `text` whose figure reads exactly `figure` as written.
std::vector<Claim> claims_written(const DocumentClaims& doc, const std::string& figure);
// The only claim written `figure`; fails the test when there is not exactly one.
Claim only_claim(const DocumentClaims& doc, const std::string& figure);

// Findings for several in-memory articles checked together.
std::vector<Finding> check_texts(const std::vector<std::pair<std::string, std::string>>& id_and_text);
// Findings for one in-memory article ("article.txt").
std::vector<Finding> check_one(const std::string& text);
// The rule ids of the findings, in order.
std::vector<std::string> rules_of(const std::vector<Finding>& findings);

}  // namespace claimcheck::testing
