#pragma once
// The library's front door: read -> normalise -> extract -> resolve per document, then
// group -> check across documents. The CLI is a thin shell over this; so are the tests.

#include <filesystem>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "app/config.hpp"
#include "app/run_progress.hpp"
#include "app/suppression_audit.hpp"
#include "check/rule_engine.hpp"
#include "extract/lexicon.hpp"
#include "group/claim_store.hpp"
#include "model/article_text.hpp"
#include "model/diagnostic.hpp"
#include "model/document_info.hpp"
#include "model/finding.hpp"
#include "model/run_report.hpp"
#include "read/document_reader.hpp"
#include "read/input_collector.hpp"
#include "read/source_document.hpp"
#include "support/deadline.hpp"

namespace claimcheck {

// What a run keeps of each analysed article. Full claims (model/claim.hpp) are what
// `extract` prints; a check needs only the compact claim store (group/claim_store.hpp) and
// the findings of the per-article rules, which run as each article is analysed: about a
// tenth of the memory, which is what lets a check hold a large archive.
enum class Retain {
  Documents,   // full claims in RunResult::documents (extract)
  ClaimStore,  // RunResult::claims and the per-article findings (check)
  Both,        // both (tests that look at the claims of a checked run)
};

// Which files extract() and check() read, and how they spread the per-document work
// (read, normalise, extract, resolve). Documents are analysed independently and their
// results are kept in input order, so the output does not depend on `jobs`.
struct RunOptions {
  // Worker threads; 0 means one per hardware thread (std::thread::hardware_concurrency).
  unsigned jobs = 0;
  InputFilter filter{};  // --include / --exclude globs for folder walks
  // A larger file is refused with an error naming it (--max-file-size).
  std::size_t max_document_bytes = kDefaultMaxDocumentBytes;
  Retain retain = Retain::Documents;  // check() keeps at least the claim store whatever this says
  RunProgress* progress = nullptr;    // told of each file as it is done, and by check() of the
                                      // steps across articles, when set (not owned)
  // Bytes of article text (model/article_text.hpp) to keep for the HTML report; 0 keeps
  // none. Shared out among the files in input order before they are read, each file
  // getting up to three times its size (its text and its claims' readings), so which
  // articles are kept does not depend on `jobs`, and the run never holds more.
  std::size_t article_text_bytes = 0;
};

// The worker count `options` asks for: at least 1, and never more than `work_items`.
[[nodiscard]] unsigned resolve_jobs(const RunOptions& options, std::size_t work_items);

struct RunResult {
  Retain retain = Retain::Documents;
  std::vector<DocumentClaims> documents;  // unless retain is ClaimStore
  ClaimStore claims;                      // unless retain is Documents
  // The findings: after check_run() all of them, in report order; before it, those of the
  // per-article rules (with a claim store).
  std::vector<Finding> findings;
  Diagnostics diagnostics;
  std::size_t files_read = 0;
  // Inline suppressions by document id, and how many findings they removed.
  std::unordered_map<std::string, Suppressions> suppressions;
  std::size_t suppressed = 0;
  std::size_t baselined = 0;  // findings dropped because a --baseline file lists them
  unsigned jobs = 1;          // threads check_run() may use (RunOptions::jobs, resolved)
  // Articles' text for the HTML report, up to its budget (RunOptions::article_text_bytes;
  // add_document() keeps texts while the budget set here lasts).
  ArticleTexts article_texts;

  // Every claim read, and every document's id in input order, whatever was retained.
  [[nodiscard]] std::size_t claim_count() const;
  [[nodiscard]] std::vector<std::string_view> document_ids() const;

  // What the report printers read (model/run_report.hpp), pointing into this run; a
  // RunResult converts to it, so a printer takes either.
  [[nodiscard]] RunReport report() const;
  operator RunReport() const { return report(); }  // NOLINT(google-explicit-constructor)
};

class Pipeline {
 public:
  // Loads rules_dir/lexicon and rules_dir/checks plus every extra rule directory and
  // entity file, then applies the configuration's per-rule overrides. Throws LexiconError
  // or RuleConfigError naming the bad file, ConfigError for an override that fits no rule.
  static Pipeline load(const std::filesystem::path& rules_dir,
                       const std::vector<std::filesystem::path>& extra_rule_dirs = {},
                       const std::vector<RuleOverride>& overrides = {},
                       const std::vector<std::filesystem::path>& entity_files = {});

  // Extraction and resolution for one document; input problems go to `diagnostics`. With
  // `text`, also the document's normalised text and its claims' places and readings.
  // Throws DeadlinePassed at the stage it is at (after extraction, resolution, ...) once
  // `deadline` passes; the stages themselves run to their end.
  [[nodiscard]] DocumentClaims analyse(const SourceDocument& doc, Diagnostics& diagnostics, ArticleText* text = nullptr,
                                       const Deadline& deadline = {}) const;

  // analyse() into `result` as result.retain says, keeping the document's inline
  // suppressions, and its text while result.article_texts has budget left. Such
  // documents cannot be read again: the claim store keeps their excerpts. With a
  // `deadline`, as analyse() and check_run(): a run that threw DeadlinePassed is left
  // half-made, for its caller to drop.
  void add_document(const SourceDocument& doc, RunResult& result, const Deadline& deadline = {}) const;
  // A document analysed elsewhere (a claim stream) into `result`, as add_document().
  void add_analysed(DocumentClaims document, RunResult& result) const;

  // Reads every path (files, directories, narrowed by `options.filter`) and analyses each
  // file; never stops at a bad one. Files are analysed on `options.jobs` threads;
  // documents and diagnostics come back in input order whatever the thread count.
  [[nodiscard]] RunResult extract(const std::vector<std::string>& paths, const RunOptions& options = {}) const;

  // extract() keeping the claim store, then check_run().
  [[nodiscard]] RunResult check(const std::vector<std::string>& paths, const RunOptions& options = {}) const;

  // The rules across the run's claims, joined to the per-article findings in
  // result.findings, less the findings whose questioned claim an inline suppression covers
  // (counted in result.suppressed). The claims of a finding get back the excerpts the store
  // dropped by analysing their articles again; an article that changed meanwhile keeps its
  // finding, without excerpts, and a warning says so. A run that retained only documents
  // is checked from them. No document can be added to `result` afterwards. A suppression
  // naming an unknown rule gets a notice; with UnusedSuppressions::Report, it and every
  // suppression that silenced nothing get an error (app/suppression_audit.hpp).
  // `progress`, when set, is told of each step (check/across_progress.hpp). Throws
  // DeadlinePassed between its stages, and between groups, once `deadline` passes.
  void check_run(RunResult& result, UnusedSuppressions unused = UnusedSuppressions::Ignore,
                 AcrossProgress* progress = nullptr, const Deadline& deadline = {}) const;

  // The rules over documents analysed elsewhere (a claim stream). Throws std::length_error
  // for a document the claim store cannot hold (a figure over 64 kB long, over 65,535
  // figures, claims over 4 GB apart), which `check` reports as a diagnostic instead.
  [[nodiscard]] std::vector<Finding> check_documents(const std::vector<DocumentClaims>& documents) const;

  [[nodiscard]] const Lexicon& lexicon() const { return lexicon_; }
  [[nodiscard]] const RuleEngine& engine() const { return engine_; }

 private:
  Pipeline(Lexicon lexicon, RuleEngine engine);
  // The per-article rules' findings into result.findings, the claims into result.claims
  // (excerpts kept: such a document is not read again). false, with a diagnostic, when
  // the store cannot hold the document (claims more than 4 GB apart).
  bool check_and_store(const DocumentClaims& document, RunResult& result) const;
  void restore_excerpts(RunResult& result, std::vector<Finding>& findings, AcrossProgress* progress) const;
  Lexicon lexicon_;
  RuleEngine engine_;
  MetricTable metrics_;
};

}  // namespace claimcheck
