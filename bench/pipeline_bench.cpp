// Throughput of each pipeline stage. Run: build/bench/claimcheck_bench (bench/run runs it
// over a generated corpus and prints the MB/s of each benchmark).
//
// BM_Normalize .. BM_CheckSamples: the project's own sample articles, concatenated into
// one document. BM_Corpus*: every article of a folder, by default samples/ and
// tests/corpus/, or $CLAIMCHECK_BENCH_CORPUS (bench/run points it at a generated corpus):
// reading and format parsing, per-document analysis, subject resolution, grouping, rule
// application, and the whole per-document stage on 1 and 2 threads.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "app/pipeline.hpp"
#include "extract/analysed_text.hpp"
#include "extract/claim_extractor.hpp"
#include "group/grouper.hpp"
#include "read/document_reader.hpp"
#include "read/input_collector.hpp"
#include "resolve/subject_resolver.hpp"

namespace {

using namespace claimcheck;

const std::string& corpus() {
  static const std::string text = [] {
    std::string all;
    for (const auto& entry :
         std::filesystem::directory_iterator(std::filesystem::path(CLAIMCHECK_SOURCE_DIR) / "samples")) {
      if (entry.path().extension() != ".txt") continue;
      std::ifstream in(entry.path());
      std::stringstream s;
      s << in.rdbuf();
      all += s.str() + "\n\n";
    }
    return all;
  }();
  return text;
}

const Pipeline& pipeline() {
  static const Pipeline p = Pipeline::load(CLAIMCHECK_DEFAULT_RULES_DIR);
  return p;
}

void BM_Normalize(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(NormalizedText::from(corpus()));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * corpus().size()));
}
BENCHMARK(BM_Normalize);

void BM_Tokenize(benchmark::State& state) {
  const NormalizedText n = NormalizedText::from(corpus());
  for (auto _ : state) benchmark::DoNotOptimize(tokenize(n.text()));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * corpus().size()));
}
BENCHMARK(BM_Tokenize);

void BM_Extract(benchmark::State& state) {
  const AnalysedText text(corpus(), NormalizedText::from(corpus()), {});
  for (auto _ : state) benchmark::DoNotOptimize(extract_claims(pipeline().lexicon(), text, "bench"));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * corpus().size()));
}
BENCHMARK(BM_Extract);

void BM_AnalyseDocument(benchmark::State& state) {
  const SourceDocument doc = make_document("bench.txt", corpus(), Format::Text);
  for (auto _ : state) {
    Diagnostics d;
    benchmark::DoNotOptimize(pipeline().analyse(doc, d));
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * corpus().size()));
}
BENCHMARK(BM_AnalyseDocument);

void BM_CheckSamples(benchmark::State& state) {
  const std::string samples = (std::filesystem::path(CLAIMCHECK_SOURCE_DIR) / "samples").string();
  for (auto _ : state) benchmark::DoNotOptimize(pipeline().check({samples}));
}
BENCHMARK(BM_CheckSamples);

// --- a folder of articles --------------------------------------------------------------

std::vector<std::string> corpus_paths() {
  if (const char* dir = std::getenv("CLAIMCHECK_BENCH_CORPUS"); dir != nullptr && *dir != '\0') return {dir};
  const std::filesystem::path root(CLAIMCHECK_SOURCE_DIR);
  return {(root / "samples").string(), (root / "tests" / "corpus").string()};
}

struct Corpus {
  std::vector<std::string> files;
  std::vector<SourceDocument> documents;  // read and format-parsed
  std::int64_t bytes = 0;
  RunResult analysed;  // every document's claims, full and compact, for grouping and the rules
  std::int64_t claims = 0;
};

const Corpus& folder() {
  static const Corpus corpus = [] {
    Corpus c;
    c.files = collect_inputs(corpus_paths()).files;
    for (const auto& path : c.files) {
      c.documents.push_back(read_document(path));
      c.bytes += static_cast<std::int64_t>(c.documents.back().bytes.size());
    }
    c.analysed = pipeline().extract(corpus_paths(), RunOptions{1, {}, kDefaultMaxDocumentBytes, Retain::Both});
    for (const auto& d : c.analysed.documents) c.claims += static_cast<std::int64_t>(d.claims.size());
    return c;
  }();
  return corpus;
}

void count(benchmark::State& state) {
  state.SetBytesProcessed(state.iterations() * folder().bytes);
  state.SetItemsProcessed(state.iterations() * folder().claims);  // claims per second
}

// Reading files and the format layer (Markdown front matter, HTML parsing).
void BM_CorpusRead(benchmark::State& state) {
  for (auto _ : state) {
    for (const auto& path : folder().files) benchmark::DoNotOptimize(read_document(path));
  }
  count(state);
}
BENCHMARK(BM_CorpusRead)->Unit(benchmark::kMillisecond);

// Normalise, extract, resolve, event terms: Pipeline::analyse on documents in memory.
void BM_CorpusAnalyse(benchmark::State& state) {
  for (auto _ : state) {
    for (const auto& doc : folder().documents) {
      Diagnostics d;
      benchmark::DoNotOptimize(pipeline().analyse(doc, d));
    }
  }
  count(state);
}
BENCHMARK(BM_CorpusAnalyse)->Unit(benchmark::kMillisecond);

// Subject resolution alone (entity, metric, period of each claim), on claims extracted once.
void BM_CorpusResolve(benchmark::State& state) {
  struct Prepared {
    std::unique_ptr<AnalysedText> text;
    std::optional<Date> date;
    std::vector<ExtractedClaim> claims;
  };
  std::vector<Prepared> prepared;
  for (const auto& doc : folder().documents) {
    auto text = std::make_unique<AnalysedText>(doc.bytes, NormalizedText::from(doc.bytes, doc.markup), doc.title);
    std::optional<Date> date = parse_iso_date(doc.date);
    if (!date) date = find_article_date(pipeline().lexicon().months, *text);
    auto claims = extract_claims(pipeline().lexicon(), *text, doc.id);
    prepared.push_back({std::move(text), date, std::move(claims)});
  }
  for (auto _ : state) {
    for (const auto& p : prepared) {
      std::vector<ExtractedClaim> claims = p.claims;
      resolve_subjects(pipeline().lexicon(), *p.text, p.date, claims);
      benchmark::DoNotOptimize(claims);
    }
  }
  count(state);
}
BENCHMARK(BM_CorpusResolve)->Unit(benchmark::kMillisecond);

// Full claims into the compact store, as a check does after each article.
void BM_CorpusCompact(benchmark::State& state) {
  for (auto _ : state) {
    ClaimStore store;
    for (const auto& d : folder().analysed.documents) {
      store.append(store.compact(d, {DocumentOrigin::Kind::File, StringPool::kEmpty, 0}));
    }
    benchmark::DoNotOptimize(store);
  }
  count(state);
}
BENCHMARK(BM_CorpusCompact)->Unit(benchmark::kMillisecond);

// Tying the folder's articles into events, then grouping every claim by subject and event.
void BM_CorpusGroup(benchmark::State& state) {
  const ClaimStore& store = folder().analysed.claims;
  for (auto _ : state)
    benchmark::DoNotOptimize(group_claims(store, cluster_events(store, pipeline().engine().across())));
  count(state);
}
BENCHMARK(BM_CorpusGroup)->Unit(benchmark::kMillisecond);

// The cross-article rules over every claim of the folder (RuleEngine::check_across,
// grouping included; the per-article rules run inside analysis).
void BM_CorpusRules(benchmark::State& state) {
  MetricTable metrics;
  for (const auto& m : pipeline().lexicon().metrics) metrics[m.id] = {m.name.empty() ? m.id : m.name, m.is_volatile};
  for (auto _ : state) benchmark::DoNotOptimize(pipeline().engine().check_across(folder().analysed.claims, metrics));
  count(state);
}
BENCHMARK(BM_CorpusRules)->Unit(benchmark::kMillisecond);

// The per-document stage from file paths (read, normalise, extract, resolve) on N threads.
void BM_CorpusExtractJobs(benchmark::State& state) {
  const RunOptions options{static_cast<unsigned>(state.range(0))};
  for (auto _ : state) benchmark::DoNotOptimize(pipeline().extract(corpus_paths(), options));
  count(state);
}
BENCHMARK(BM_CorpusExtractJobs)->ArgName("jobs")->Arg(1)->Arg(2)->UseRealTime()->Unit(benchmark::kMillisecond);

}  // namespace
