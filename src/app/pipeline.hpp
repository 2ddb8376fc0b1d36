#pragma once
// The library's front door: read -> normalise -> extract -> resolve per document, then
// group -> check across documents. The CLI is a thin shell over this; so are the tests.

#include <filesystem>
#include <string>
#include <unordered_map>
#include <vector>

#include "app/config.hpp"
#include "check/rule_engine.hpp"
#include "extract/lexicon.hpp"
#include "group/document_info.hpp"
#include "model/diagnostic.hpp"
#include "model/finding.hpp"
#include "read/document_reader.hpp"
#include "read/input_collector.hpp"
#include "read/source_document.hpp"

namespace claimcheck {

// Which files extract() and check() read, and how they spread the per-document work
// (read, normalise, extract, resolve). Documents are analysed independently and their
// results are kept in input order, so the output does not depend on `jobs`.
struct RunOptions {
  // Worker threads; 0 means one per hardware thread (std::thread::hardware_concurrency).
  unsigned jobs = 0;
  InputFilter filter{};  // --include / --exclude globs for folder walks
  // A larger file is refused with an error naming it (--max-file-size).
  std::size_t max_document_bytes = kDefaultMaxDocumentBytes;
};

// The worker count `options` asks for: at least 1, and never more than `work_items`.
[[nodiscard]] unsigned resolve_jobs(const RunOptions& options, std::size_t work_items);

struct RunResult {
  std::vector<DocumentClaims> documents;
  std::vector<Finding> findings;
  Diagnostics diagnostics;
  std::size_t files_read = 0;
  // Inline suppressions by document id, and how many findings they removed.
  std::unordered_map<std::string, Suppressions> suppressions;
  std::size_t suppressed = 0;
  std::size_t baselined = 0;  // findings dropped because a --baseline file lists them
  unsigned jobs = 1;          // threads check_run() may use (RunOptions::jobs, resolved)
};

class Pipeline {
 public:
  // Loads rules_dir/lexicon and rules_dir/checks plus every extra rule directory, then
  // applies the configuration's per-rule overrides. Throws LexiconError or
  // RuleConfigError naming the bad file, ConfigError for an override that fits no rule.
  static Pipeline load(const std::filesystem::path& rules_dir,
                       const std::vector<std::filesystem::path>& extra_rule_dirs = {},
                       const std::vector<RuleOverride>& overrides = {});

  // Extraction and resolution for one document; input problems go to `diagnostics`.
  [[nodiscard]] DocumentClaims analyse(const SourceDocument& doc, Diagnostics& diagnostics) const;

  // analyse() into `result`, keeping the document's inline suppressions.
  void add_document(const SourceDocument& doc, RunResult& result) const;

  // Reads every path (files, directories, narrowed by `options.filter`) and analyses each
  // file; never stops at a bad one. Files are analysed on `options.jobs` threads;
  // documents and diagnostics come back in input order whatever the thread count.
  [[nodiscard]] RunResult extract(const std::vector<std::string>& paths, const RunOptions& options = {}) const;

  // extract() then check_run().
  [[nodiscard]] RunResult check(const std::vector<std::string>& paths, const RunOptions& options = {}) const;

  // The rules across result.documents into result.findings, less the findings whose
  // questioned claim an inline suppression covers (counted in result.suppressed).
  void check_run(RunResult& result) const;

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
