#include "app/pipeline.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <iterator>
#include <limits>
#include <map>
#include <new>
#include <optional>
#include <set>
#include <stdexcept>
#include <thread>

#include "check/across_articles.hpp"
#include "extract/analysed_text.hpp"
#include "extract/claim_extractor.hpp"
#include "model/claim_format.hpp"
#include "read/document_reader.hpp"
#include "read/input_collector.hpp"
#include "resolve/date_resolver.hpp"
#include "resolve/event_signature.hpp"
#include "resolve/relation_resolver.hpp"
#include "resolve/subject_resolver.hpp"
#include "support/parallel_for.hpp"

namespace claimcheck {

Pipeline::Pipeline(Lexicon lexicon, RuleEngine engine) : lexicon_(std::move(lexicon)), engine_(std::move(engine)) {
  for (const auto& m : lexicon_.metrics) metrics_[m.id] = {m.name.empty() ? m.id : m.name, m.is_volatile};
}

Pipeline Pipeline::load(const std::filesystem::path& rules_dir,
                        const std::vector<std::filesystem::path>& extra_rule_dirs,
                        const std::vector<RuleOverride>& overrides,
                        const std::vector<std::filesystem::path>& entity_files) {
  Lexicon lexicon = Lexicon::load(rules_dir / "lexicon");
  for (const auto& file : entity_files) lexicon.add_entities(file);
  std::vector<RuleConfig> rules = load_rule_configs(rules_dir / "checks");
  for (const auto& dir : extra_rule_dirs) {
    auto more = load_rule_configs(dir);
    rules.insert(rules.end(), std::make_move_iterator(more.begin()), std::make_move_iterator(more.end()));
  }
  apply_rule_overrides(rules, overrides);
  RuleEngine engine(std::move(rules), lexicon.months, load_across_articles(rules_dir / "across-articles.json"));
  return Pipeline(std::move(lexicon), std::move(engine));
}

namespace {

// The article's text and where each claim's figure is in it; the readings are added once
// the claims are resolved.
ArticleText text_of(const AnalysedText& text, const std::string& id, const std::vector<ExtractedClaim>& extracted) {
  ArticleText out{.document = id, .text = std::string(text.text()), .claims = {}};
  out.claims.reserve(extracted.size());
  for (const ExtractedClaim& e : extracted) {
    ClaimInText& c = out.claims.emplace_back();
    c.begin = text.tokens[e.figure.first].begin;
    c.end = text.tokens[e.figure.last].end;
  }
  return out;
}

}  // namespace

DocumentClaims Pipeline::analyse(const SourceDocument& doc, Diagnostics& diagnostics, ArticleText* text_out,
                                 const Deadline& deadline) const {
  const AnalysedText text(doc.bytes, NormalizedText::from(doc.bytes, doc.markup), doc.title);
  for (const FormatNotice& notice : doc.notices) {
    Diagnostic& d = diagnostics.emplace_back(Diagnostic{DiagnosticLevel::Notice, doc.id, notice.message});
    if (notice.at != std::string::npos) {
      const LineColumn at = text.lines.locate(notice.at);
      d.line = at.line + doc.origin_line - 1;
      d.column = at.column;
    }
  }
  if (const auto& invalid = text.normalized.invalid_bytes(); !invalid.empty()) {
    const LineColumn at = text.lines.locate(invalid.front());
    const std::uint32_t line = at.line + doc.origin_line - 1;
    diagnostics.push_back({DiagnosticLevel::Error, doc.id,
                           fmt::format("invalid UTF-8 at line {} column {} ({} sequence{} replaced)", line, at.column,
                                       invalid.size(), invalid.size() == 1 ? "" : "s"),
                           line, at.column});
  }
  std::optional<Date> date = parse_iso_date(doc.date);
  if (!date) date = find_article_date(lexicon_.months, text);
  deadline.throw_if_passed();
  std::vector<ExtractedClaim> extracted = extract_claims(lexicon_, text, doc.id, kMaxClaimsPerDocument);
  deadline.throw_if_passed();
  if (extracted.size() >= kMaxClaimsPerDocument) {
    const LineColumn at = text.lines.locate(extracted.back().claim.span.end);
    const std::uint32_t line = at.line + doc.origin_line - 1;
    diagnostics.push_back({DiagnosticLevel::Error, doc.id,
                           fmt::format("more than {} figures: only those up to line {} are checked (a data dump, "
                                       "not an article?)",
                                       kMaxClaimsPerDocument, line),
                           line, at.column});
  }
  if (const auto overlong = overlong_numbers(text); !overlong.empty()) {
    const LineColumn at = text.lines.locate(text.normalized.to_original_begin(text.tokens[overlong.front()].begin));
    const std::uint32_t line = at.line + doc.origin_line - 1;
    diagnostics.push_back(
        {DiagnosticLevel::Notice, doc.id,
         fmt::format("{} number{} with more than {} digits left unread, the first at line {} column {} ({} digits)",
                     overlong.size(), overlong.size() == 1 ? "" : "s", kMaxFigureDigits, line, at.column,
                     count_digits(text.token(overlong.front()))),
         line, at.column});
  }
  resolve_subjects(lexicon_, text, date, extracted);
  deadline.throw_if_passed();
  DocumentClaims out;
  out.info.id = doc.id;
  out.info.date = date ? to_iso(*date) : std::string();
  out.info.event_terms = event_terms(lexicon_, text);
  StatedChanges stated = find_stated_changes(lexicon_, text, extracted);
  deadline.throw_if_passed();
  out.changes = std::move(stated.changes);
  LineIndex::Cursor multiple_locations(text.lines);
  for (const MultipleAt& m : stated.multiples) {
    out.multiples.push_back(
        {locate_claim(text, m.word_token, m.word_token, doc.id, multiple_locations), m.factor, m.from, m.to});
  }
  LineIndex::Cursor locations(text.lines);
  for (const WeekdayDate& w : find_weekday_dates(lexicon_.months, text, date)) {
    out.calendar.push_back(
        {locate_claim(text, w.first_token, w.last_token, doc.id, locations), w.stated_weekday, to_iso(w.date)});
  }
  out.claims.reserve(extracted.size());
  // A JSON Lines record's bytes are one line of its file: locations move to that line.
  auto to_origin = [&](Claim& c) {
    c.span.begin += doc.origin_offset;
    c.span.end += doc.origin_offset;
    c.span.line += doc.origin_line - 1;
  };
  if (text_out != nullptr) *text_out = text_of(text, doc.id, extracted);
  for (auto& e : extracted) {
    to_origin(e.claim);
    if (text_out != nullptr) {
      ClaimInText& in_text = text_out->claims[out.claims.size()];
      in_text.file_offset = e.claim.span.begin;
      in_text.reading = claim_reading(e.claim);
    }
    out.claims.push_back(std::move(e.claim));
  }
  for (auto& m : out.calendar) to_origin(m.mention);
  for (auto& m : out.multiples) to_origin(m.mention);
  return out;
}

unsigned resolve_jobs(const RunOptions& options, std::size_t work_items) {
  unsigned jobs = options.jobs != 0 ? options.jobs : std::max(1U, std::thread::hardware_concurrency());
  if (work_items < jobs) jobs = static_cast<unsigned>(std::max<std::size_t>(work_items, 1));
  return jobs;
}

namespace {

// The threads each of `files` files gets for its own articles (a JSON Lines file holds
// many) once `jobs` threads have shared out the files.
unsigned threads_per_file(unsigned jobs, std::size_t files) {
  return std::max(1U, jobs / static_cast<unsigned>(std::clamp<std::size_t>(files, 1, jobs)));
}

// What analysing one input file produced (a JSON Lines file holds many articles), kept
// until it is merged in input order.
struct FileOutcome {
  std::vector<DocumentClaims> documents;
  std::vector<CompactDocument> compact;
  std::vector<Finding> findings;  // the per-article rules'; with a claim store
  std::vector<std::pair<std::string, Suppressions>> suppressions;
  ArticleTexts texts;         // its budget is the file's share of the run's
  bool texts_wanted = false;  // the run keeps texts: count those not kept as left out
  Diagnostics diagnostics;
  bool read = false;
};

// A document the claim store cannot hold (claims more than 4 GB apart, a figure over
// 64 kB: group/claim_store.hpp) is one diagnostic naming it, not a lost run.
Diagnostic unstorable(const std::string& id, const std::length_error& e) {
  std::string_view message = e.what();
  if (message.starts_with(id + ": ")) message.remove_prefix(id.size() + 2);
  return {DiagnosticLevel::Error, id, fmt::format("{}; its claims are not checked", message)};
}

// What every file of one extract() run is analysed with.
struct FileWork {
  const Pipeline& pipeline;
  const MetricTable& metrics;
  RunResult& result;  // its claim store interns and compacts (thread-safe)
  bool keep_documents = true;
  bool keep_store = false;
  unsigned article_threads = 1;
  std::size_t max_document_bytes = 0;
  RunProgress* progress = nullptr;
};

// The articles of the file's current window, each in its own slots, analysed on the
// threads the file has, then appended to `out` in file order.
void analyse_window(const FileWork& work, const std::string& path, ArticleFile& file, StringPool::Id file_id,
                    FileOutcome& out) {
  // Each article (a JSON Lines record is parsed here too) has its own slots.
  const std::size_t n = file.size();
  std::vector<std::optional<DocumentClaims>> analysed(n);
  std::vector<std::optional<CompactDocument>> compact(n);
  std::vector<std::vector<Finding>> findings(n);
  std::vector<Diagnostics> problems(n);
  std::vector<std::optional<std::pair<std::string, Suppressions>>> suppressions(n);
  // A window's texts are kept until they are offered in file order (a window is bounded).
  const bool keep_texts = out.texts.used < out.texts.budget;
  std::vector<ArticleText> texts(keep_texts ? n : 0);
  parallel_for(n, work.article_threads, [&](std::size_t i) {
    try {
      const SourceDocument doc = file.take(i);
      DocumentClaims claims = work.pipeline.analyse(doc, problems[i], keep_texts ? &texts[i] : nullptr);
      if (work.keep_store) {
        // The full claims live only until the per-article rules have read them.
        findings[i] = work.pipeline.engine().check_document(claims, work.metrics);
        const DocumentOrigin origin =
            file.is_jsonl() ? DocumentOrigin{DocumentOrigin::Kind::JsonlRecord, file_id, file.first_index() + i}
                            : DocumentOrigin{DocumentOrigin::Kind::File, StringPool::kEmpty, 0};
        compact[i] = work.result.claims.compact(claims, origin);
      }
      if (work.keep_documents) analysed[i] = std::move(claims);
      if (!doc.suppressions.empty()) suppressions[i].emplace(doc.id, doc.suppressions);
    } catch (const InputError& e) {  // a broken record; the others go on
      problems[i].push_back(e.diagnostic());
    } catch (const std::length_error& e) {
      problems[i].push_back(unstorable(path, e));
    }
  });
  for (std::size_t i = 0; i < n; ++i) {
    out.diagnostics.insert(out.diagnostics.end(), problems[i].begin(), problems[i].end());
    const bool read = analysed[i].has_value() || compact[i].has_value();
    if (analysed[i]) out.documents.push_back(std::move(*analysed[i]));
    if (compact[i]) out.compact.push_back(std::move(*compact[i]));
    std::move(findings[i].begin(), findings[i].end(), std::back_inserter(out.findings));
    if (suppressions[i]) out.suppressions.push_back(std::move(*suppressions[i]));
    if (read && keep_texts) {
      out.texts.offer(std::move(texts[i]));
    } else if (read && out.texts_wanted) {
      ++out.texts.left_out;
    }
  }
}

// One input file, a window of articles at a time; an input error becomes a diagnostic.
void analyse_file(const FileWork& work, const std::string& path, FileOutcome& out) {
  try {
    ArticleFile file(path, work.max_document_bytes);
    out.read = true;
    if (file.empty()) {
      out.diagnostics.push_back({DiagnosticLevel::Error, path, "empty file"});
      return;
    }
    const StringPool::Id file_id =
        work.keep_store && file.is_jsonl() ? work.result.claims.intern(path) : StringPool::kEmpty;
    while (file.next_window()) {
      const std::size_t bytes = file.window_bytes();
      analyse_window(work, path, file, file_id, out);
      if (work.progress != nullptr) work.progress->advance(bytes);
    }
  } catch (const InputError& e) {
    out.diagnostics.push_back(e.diagnostic());
  } catch (const std::bad_alloc&) {  // the allocation that failed is gone: name the file, go on
    out.diagnostics.push_back({DiagnosticLevel::Error, path,
                               "out of memory while reading or analysing it (a smaller --max-file-size or fewer "
                               "--jobs may help)"});
  }
}

// The files' bytes, for the progress display; a file that cannot be read counts 0 (its
// error comes later).
std::uintmax_t total_size(const std::vector<std::string>& files) {
  std::uintmax_t total = 0;
  for (const std::string& file : files) {
    std::error_code ec;
    const std::uintmax_t size = std::filesystem::file_size(file, ec);
    total += ec ? 0 : size;
  }
  return total;
}

// The files' outcomes into `result`, in input order.
void merge_outcomes(std::vector<FileOutcome>& outcomes, RunResult& result) {
  for (FileOutcome& out : outcomes) {
    if (out.read) ++result.files_read;
    result.diagnostics.insert(result.diagnostics.end(), std::make_move_iterator(out.diagnostics.begin()),
                              std::make_move_iterator(out.diagnostics.end()));
    for (auto& d : out.documents) result.documents.push_back(std::move(d));
    for (auto& d : out.compact) result.claims.append(std::move(d));
    std::move(out.findings.begin(), out.findings.end(), std::back_inserter(result.findings));
    for (auto& [id, suppressions] : out.suppressions) result.suppressions[id] = std::move(suppressions);
    ArticleTexts& texts = result.article_texts;
    texts.used += out.texts.used;
    texts.left_out += out.texts.left_out;
    std::move(out.texts.kept.begin(), out.texts.kept.end(), std::back_inserter(texts.kept));
  }
}

// What keeping a file's articles' text may cost, as a multiple of its size (an article
// past its file's share is left out, as one past the budget is): its
// normalised text (no longer than the file, less for HTML) and its claims' places and
// readings (news has a figure every hundred bytes or so, about 130 bytes each kept): on
// the benchmark corpus an article's section of the report is 1.6 (HTML) to 2.2 (plain text)
// times its file on average, 2.9 at most.
constexpr std::uintmax_t kTextCostPerFileByte = 3;
// The least share a file gets while the budget lasts: a short article dense with figures
// costs more than three times its size.
constexpr std::uintmax_t kLeastTextShare = 4096;

// Each file's share of `budget` bytes of article text, in input order: up to
// kTextCostPerFileByte times its size, until the budget is spent. Decided before the files
// are read, so which texts are kept does not depend on the threads' timing.
std::vector<std::size_t> text_shares(const std::vector<std::string>& files, std::size_t budget) {
  std::vector<std::size_t> shares(files.size(), 0);
  for (std::size_t i = 0; i < files.size() && budget > 0; ++i) {
    std::error_code ec;
    const std::uintmax_t size = std::filesystem::file_size(files[i], ec);
    if (ec) continue;
    const std::uintmax_t want = std::max(kLeastTextShare, size > budget ? budget : size * kTextCostPerFileByte);
    shares[i] = static_cast<std::size_t>(std::min<std::uintmax_t>(want, budget));
    budget -= shares[i];
  }
  return shares;
}

}  // namespace

RunResult Pipeline::extract(const std::vector<std::string>& paths, const RunOptions& options) const {
  RunResult result;
  result.retain = options.retain;
  const bool keep_documents = options.retain != Retain::ClaimStore;
  const bool keep_store = options.retain != Retain::Documents;
  CollectedInputs inputs = collect_inputs(paths, options.filter);
  result.diagnostics = std::move(inputs.diagnostics);
  const std::vector<std::string>& files = inputs.files;

  // Files go to the threads; the threads a file does not take go to its articles, so one
  // big JSON Lines file is analysed as fast as a folder of the same articles.
  result.jobs = resolve_jobs(options, std::numeric_limits<std::size_t>::max());
  const unsigned file_threads = resolve_jobs(options, files.size());
  const FileWork work{.pipeline = *this,
                      .metrics = metrics_,
                      .result = result,
                      .keep_documents = keep_documents,
                      .keep_store = keep_store,
                      .article_threads = threads_per_file(result.jobs, files.size()),
                      .max_document_bytes = options.max_document_bytes,
                      .progress = options.progress};

  // Anything but an input error (a bug, memory exhausted) stops the run and is rethrown.
  std::vector<FileOutcome> outcomes(files.size());
  const std::vector<std::size_t> shares = text_shares(files, options.article_text_bytes);
  for (std::size_t i = 0; i < files.size(); ++i) {
    outcomes[i].texts.budget = shares[i];
    outcomes[i].texts_wanted = options.article_text_bytes > 0;
  }
  result.article_texts.budget = options.article_text_bytes;
  if (options.progress != nullptr) options.progress->start(files.size(), total_size(files));
  parallel_for(files.size(), file_threads, [&](std::size_t i) {
    analyse_file(work, files[i], outcomes[i]);
    if (options.progress != nullptr) options.progress->file_done();
  });

  if (keep_documents) result.documents.reserve(files.size());
  merge_outcomes(outcomes, result);
  return result;
}

bool Pipeline::check_and_store(const DocumentClaims& document, RunResult& result) const {
  std::vector<Finding> own = engine_.check_document(document, metrics_);
  try {
    result.claims.add(document);
  } catch (const std::length_error& e) {
    result.diagnostics.push_back(unstorable(document.info.id, e));
    return false;
  }
  std::move(own.begin(), own.end(), std::back_inserter(result.findings));
  return true;
}

void Pipeline::add_analysed(DocumentClaims document, RunResult& result) const {
  if (result.retain != Retain::Documents && !check_and_store(document, result)) return;
  if (result.retain != Retain::ClaimStore) result.documents.push_back(std::move(document));
}

void Pipeline::add_document(const SourceDocument& doc, RunResult& result, const Deadline& deadline) const {
  ArticleTexts& texts = result.article_texts;
  if (texts.used < texts.budget) {
    ArticleText text;
    add_analysed(analyse(doc, result.diagnostics, &text, deadline), result);
    texts.offer(std::move(text));
  } else {
    if (texts.budget > 0) ++texts.left_out;
    add_analysed(analyse(doc, result.diagnostics, nullptr, deadline), result);
  }
  if (!doc.suppressions.empty()) result.suppressions[doc.id] = doc.suppressions;
}

RunResult Pipeline::check(const std::vector<std::string>& paths, const RunOptions& options) const {
  RunOptions with_store = options;
  if (with_store.retain == Retain::Documents) with_store.retain = Retain::ClaimStore;
  RunResult result = extract(paths, with_store);
  check_run(result, UnusedSuppressions::Ignore, options.progress);
  return result;
}

namespace {

// The document a claim of a finding came from: its id, or where two records of a JSON
// Lines file share an id, the one that holds a claim with the same index at the same place.
class ClaimDocuments {
 public:
  explicit ClaimDocuments(const ClaimStore& store) : store_(store) {
    for (std::size_t d = 0; d < store.size(); ++d) by_id_[store.info(d).id].push_back(d);
  }

  std::size_t operator()(const Claim& c) const {
    const std::vector<std::size_t>& candidates = by_id_.at(c.document);
    if (candidates.size() == 1) return candidates.front();
    for (const std::size_t d : candidates) {
      const CompactDocument& document = store_.document(d);
      if (std::any_of(document.claims.begin(), document.claims.end(), [&](const CompactClaim& k) {
            return k.index == c.index && document.span_base + k.begin == c.span.begin;
          }))
        return d;
    }
    return candidates.front();
  }

 private:
  const ClaimStore& store_;
  std::unordered_map<std::string_view, std::vector<std::size_t>> by_id_;
};

// A figure whose excerpt is wanted (its text as written), and the excerpt once found.
struct Wanted {
  std::string text;
  std::optional<std::string> excerpt;
};
using Spans = std::map<std::pair<std::size_t, std::size_t>, Wanted>;  // span -> figure

// Per document, the figures of the findings whose excerpts the store dropped; and the
// documents by file, so that a JSON Lines file is read once for all its records.
struct WantedExcerpts {
  std::unordered_map<std::size_t, Spans> by_document;
  std::map<std::string, std::map<std::size_t, std::size_t>> by_file;  // file -> record -> document
};

bool needs_excerpt(const Claim& c) { return c.excerpt.empty() && c.excerpt_digest != 0; }

WantedExcerpts wanted_excerpts(const std::vector<Finding>& findings, const ClaimStore& store,
                               const ClaimDocuments& document_of) {
  WantedExcerpts wanted;
  for (const Finding& f : findings) {
    for (const Claim& c : f.claims) {
      if (!needs_excerpt(c)) continue;
      const std::size_t d = document_of(c);
      wanted.by_document[d][{c.span.begin, c.span.end}].text = c.text;
      const DocumentOrigin& origin = store.document(d).origin;
      if (origin.kind == DocumentOrigin::Kind::File) wanted.by_file[store.info(d).id][0] = d;
      if (origin.kind == DocumentOrigin::Kind::JsonlRecord)
        wanted.by_file[std::string(store.text(origin.file))][origin.record] = d;
    }
  }
  return wanted;
}

// Normalising and tokenising an article is enough to rebuild an excerpt; the figures are
// extracted again only where a span no longer matches a token boundary.
void rebuild_excerpts(const Pipeline& pipeline, const SourceDocument& doc, Spans& spans) {
  const AnalysedText text(doc.bytes, NormalizedText::from(doc.bytes, doc.markup), doc.title);
  bool all_found = true;
  for (auto& [span, figure] : spans) {
    if (span.first < doc.origin_offset || span.second < span.first) continue;
    const auto claim = relocate_claim(text, span.first - doc.origin_offset, span.second - doc.origin_offset, doc.id);
    if (claim && claim->text == figure.text) {
      figure.excerpt = claim->excerpt;
    } else {
      all_found = false;
    }
  }
  if (all_found) return;
  Diagnostics ignored;  // reported when the article was first read
  for (const Claim& c : pipeline.analyse(doc, ignored).claims) {
    const auto it = spans.find({c.span.begin, c.span.end});
    if (it != spans.end() && !it->second.excerpt && it->second.text == c.text) it->second.excerpt = c.excerpt;
  }
}

// Reads the files again on `jobs` threads and rebuilds the excerpts they still hold.
void read_excerpts_again(const Pipeline& pipeline, WantedExcerpts& wanted, unsigned jobs, AcrossProgress* progress) {
  const std::vector<std::pair<std::string, std::map<std::size_t, std::size_t>>> files(wanted.by_file.begin(),
                                                                                      wanted.by_file.end());
  if (progress != nullptr && !files.empty()) progress->step("reading excerpts again", files.size(), "files");
  // As in extract(): the threads a file does not take go to its articles.
  const unsigned record_threads = threads_per_file(jobs, files.size());
  parallel_for(files.size(), jobs, [&](std::size_t i) {
    try {
      ArticleFile file(files[i].first, std::numeric_limits<std::size_t>::max());
      const auto& records = files[i].second;                  // record -> document, in file order
      std::vector<std::pair<std::size_t, std::size_t>> here;  // this window's (record, document)
      while (file.next_window()) {
        const std::size_t first = file.first_index();
        here.assign(records.lower_bound(first), records.lower_bound(first + file.size()));
        parallel_for(here.size(), record_threads, [&](std::size_t r) {
          rebuild_excerpts(pipeline, file.take(here[r].first - first), wanted.by_document.at(here[r].second));
        });
      }
    } catch (const InputError&) {
      // Unreadable now, or a record no longer parses: the excerpts not found get a notice
      // (put_back_excerpts).
    }
    if (progress != nullptr) progress->step_advance(1);
  });
}

// The excerpts found go back into the findings (whose fingerprints are then recomputed);
// a document with a figure not found gets a notice.
void put_back_excerpts(std::vector<Finding>& findings, const WantedExcerpts& wanted, const ClaimDocuments& document_of,
                       Diagnostics& diagnostics) {
  std::set<std::string_view> changed;
  for (Finding& f : findings) {
    bool restored = false;
    for (Claim& c : f.claims) {
      if (!needs_excerpt(c)) continue;
      const Wanted& figure = wanted.by_document.at(document_of(c)).at({c.span.begin, c.span.end});
      if (figure.excerpt) {
        c.excerpt = *figure.excerpt;
        restored = true;
      } else {
        changed.insert(c.document);
      }
    }
    if (restored) f.fingerprint = finding_fingerprint(f.rule, f.claims);
  }
  for (const std::string_view id : changed) {
    diagnostics.push_back({DiagnosticLevel::Notice, std::string(id),
                           "changed while it was being checked: its findings are reported without excerpts"});
  }
}

}  // namespace

void Pipeline::restore_excerpts(RunResult& result, std::vector<Finding>& findings, AcrossProgress* progress) const {
  const ClaimDocuments document_of(result.claims);
  WantedExcerpts wanted = wanted_excerpts(findings, result.claims, document_of);
  read_excerpts_again(*this, wanted, result.jobs, progress);
  put_back_excerpts(findings, wanted, document_of, result.diagnostics);
}

void Pipeline::check_run(RunResult& result, UnusedSuppressions unused, AcrossProgress* progress,
                         const Deadline& deadline) const {
  if (result.retain == Retain::Documents) {  // analysed for extract: check those claims
    for (const DocumentClaims& d : result.documents) {
      deadline.throw_if_passed();
      check_and_store(d, result);
    }
    result.retain = Retain::Both;
  }
  deadline.throw_if_passed();
  result.claims.seal();  // every article is in: what only adding needs can go
  std::vector<Finding> across = engine_.check_across(result.claims, metrics_, result.jobs, progress, deadline);
  deadline.throw_if_passed();
  restore_excerpts(result, across, progress);
  deadline.throw_if_passed();
  std::move(across.begin(), across.end(), std::back_inserter(result.findings));
  RuleEngine::finish(result.findings);
  SuppressionUse use(result.suppressions);
  const auto removed =
      std::remove_if(result.findings.begin(), result.findings.end(), [&](const Finding& f) { return use.silences(f); });
  result.suppressed += static_cast<std::size_t>(result.findings.end() - removed);
  result.findings.erase(removed, result.findings.end());
  std::vector<std::string_view> known;
  for (const RuleConfig& rule : engine_.rules()) known.push_back(rule.id);
  Diagnostics audit = use.audit(known, unused);
  std::move(audit.begin(), audit.end(), std::back_inserter(result.diagnostics));
}

std::vector<Finding> Pipeline::check_documents(const std::vector<DocumentClaims>& documents) const {
  return engine_.check(documents, metrics_);
}

std::size_t RunResult::claim_count() const {
  if (retain != Retain::Documents) return claims.claim_total();
  std::size_t n = 0;
  for (const DocumentClaims& d : documents) n += d.claims.size();
  return n;
}

std::vector<std::string_view> RunResult::document_ids() const {
  std::vector<std::string_view> ids;
  if (retain != Retain::Documents) {
    for (std::size_t d = 0; d < claims.size(); ++d) ids.push_back(claims.info(d).id);
  } else {
    for (const DocumentClaims& d : documents) ids.push_back(d.info.id);
  }
  return ids;
}

RunReport RunResult::report() const {
  return RunReport{findings,   diagnostics,   documents,  article_texts, document_ids(),
                   files_read, claim_count(), suppressed, baselined};
}

}  // namespace claimcheck
