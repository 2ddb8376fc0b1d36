// Arbitrary bytes as a claim stream (JSON Lines from `extract --format jsonl`): read, group,
// apply the rules. A malformed stream must be refused with an InputError naming the file
// and line, never crash; one the claim store cannot hold (a figure over 64 kB long) is
// refused with std::length_error, as the CLI reports it; an accepted one must give a
// report that parses, the same way twice.

#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <sstream>
#include <stdexcept>
#include <string>

#include "app/pipeline.hpp"
#include "fuzz_invariants.hpp"
#include "model/input_error.hpp"
#include "report/json_report.hpp"

using namespace claimcheck;

namespace {

const Pipeline& pipeline() {
  static const Pipeline p = Pipeline::load(CLAIMCHECK_DEFAULT_RULES_DIR);
  return p;
}

std::string run_once(const std::string& bytes) {
  std::istringstream in(bytes);
  RunResult result;
  try {
    result.documents = read_claim_stream(in, "fuzz.jsonl");
  } catch (const InputError& e) {
    fuzzing::require(e.path() == "fuzz.jsonl" && e.line() > 0, "a refused stream names its file and line");
    return "refused";
  }
  for (const auto& d : result.documents) {
    for (const auto& r : d.changes) {
      fuzzing::require(r.change < d.claims.size() && r.from < d.claims.size() && r.to < d.claims.size(),
                       "stream relations point at claims");
    }
  }
  try {
    result.findings = pipeline().check_documents(result.documents);
  } catch (const std::length_error&) {
    return "unstorable";  // what `check --claims` reports as a diagnostic naming the document
  }
  std::string report = check_report_json(result).dump();
  fuzzing::require(nlohmann::json::accept(report), "report JSON parses");
  return report;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  const std::string first = run_once(bytes);
  fuzzing::require(first == run_once(bytes), "same input, same output");
  return 0;
}
