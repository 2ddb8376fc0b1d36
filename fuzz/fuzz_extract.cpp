// Arbitrary bytes through read (format chosen by the first byte), normalise, extract,
// resolve and the rules; checks spans, intervals, that the report JSON parses and that
// the same input gives the same output.

#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>

#include "app/pipeline.hpp"
#include "fuzz_invariants.hpp"
#include "read/document_reader.hpp"
#include "report/json_report.hpp"

using namespace claimcheck;

namespace {

const Pipeline& pipeline() {
  static const Pipeline p = Pipeline::load(CLAIMCHECK_DEFAULT_RULES_DIR);
  return p;
}

std::string run_once(const std::string& bytes, Format format) {
  RunResult result;
  try {
    const SourceDocument doc = make_document("fuzz.input", bytes, format);
    result.documents.push_back(pipeline().analyse(doc, result.diagnostics));
    fuzzing::check_document(result.documents.back(), doc.bytes);
  } catch (const InputError&) {
    return "input error";
  }
  result.findings = pipeline().check_documents(result.documents);
  const std::string report = check_report_json(result).dump();
  const std::string claims = extract_report_json(result).dump();
  fuzzing::require(nlohmann::json::accept(report) && nlohmann::json::accept(claims), "report JSON parses");
  return report + claims;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  constexpr Format kFormats[] = {Format::Text, Format::Markdown, Format::Html};
  const Format format = kFormats[data[0] % 3];
  const std::string bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
  const std::string first = run_once(bytes, format);
  fuzzing::require(first == run_once(bytes, format), "same input, same output");
  return 0;
}
