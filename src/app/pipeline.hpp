#pragma once
// The library's front door: read -> normalise -> extract -> resolve per document, then
// group -> check across documents. The CLI is a thin shell over this; so are the tests.

#include <filesystem>
#include <string>
#include <unordered_map>
#include <vector>

#include "check/rule_engine.hpp"
#include "extract/lexicon.hpp"
#include "group/document_info.hpp"
#include "model/diagnostic.hpp"
#include "model/finding.hpp"
#include "read/source_document.hpp"

namespace claimcheck {

// How extract() and check() spread the per-document work (read, normalise, extract,
// resolve). Documents are analysed independently and their results are kept in input
// order, so the output does not depend on `jobs`.
struct RunOptions {
  // Worker threads; 0 means one per hardware thread (std::thread::hardware_concurrency).
  unsigned jobs = 0;
};

// The worker count `options` asks for: at least 1, and never more than `work_items`.
[[nodiscard]] unsigned resolve_jobs(const RunOptions& options, std::size_t work_items);

struct RunResult {
  std::vector<DocumentClaims> documents;
  std::vector<Finding> findings;
  Diagnostics diagnostics;
  std::size_t files_read = 0;
};

class Pipeline {
 public:
  // Loads rules_dir/lexicon and rules_dir/checks plus every extra rule directory.
  // Throws LexiconError or RuleConfigError naming the bad file.
  static Pipeline load(const std::filesystem::path& rules_dir,
                       const std::vector<std::filesystem::path>& extra_rule_dirs = {});

  // Extraction and resolution for one document; input problems go to `diagnostics`.
  [[nodiscard]] DocumentClaims analyse(const SourceDocument& doc, Diagnostics& diagnostics) const;

  // Reads every path (files, directories) and analyses each file; never stops at a bad one.
  // Files are analysed on `options.jobs` threads; documents and diagnostics come back in
  // input order whatever the thread count.
  [[nodiscard]] RunResult extract(const std::vector<std::string>& paths, const RunOptions& options = {}) const;

  // extract() then the rules across all documents.
  [[nodiscard]] RunResult check(const std::vector<std::string>& paths, const RunOptions& options = {}) const;

  // The rules over documents analysed elsewhere (a claim stream).
  [[nodiscard]] std::vector<Finding> check_documents(const std::vector<DocumentClaims>& documents) const;

  [[nodiscard]] const Lexicon& lexicon() const { return lexicon_; }
  [[nodiscard]] const RuleEngine& engine() const { return engine_; }

 private:
  Pipeline(Lexicon lexicon, RuleEngine engine);
  Lexicon lexicon_;
  RuleEngine engine_;
  MetricTable metrics_;
};

}  // namespace claimcheck
