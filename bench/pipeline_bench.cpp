// Throughput of each pipeline stage on the project's own sample articles, concatenated
// into one realistic document. Run: build/bench/claimcheck_bench
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "app/pipeline.hpp"
#include "extract/analysed_text.hpp"
#include "extract/claim_extractor.hpp"
#include "read/document_reader.hpp"

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

}  // namespace
