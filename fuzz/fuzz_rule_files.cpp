// Arbitrary bytes as a rule file or as one of the lexicon files: loading must either
// succeed or throw RuleConfigError / LexiconError naming the file, never crash or hang.
// The first byte picks the file; the rest is its content.

#include <unistd.h>

#include <array>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>

#include "app/pipeline.hpp"
#include "check/rule_config.hpp"
#include "extract/lexicon.hpp"
#include "fuzz_invariants.hpp"

using namespace claimcheck;
namespace fs = std::filesystem;

namespace {

constexpr std::array<const char*, 6> kLexiconFiles{"units.json",   "hedges.json",  "directions.json",
                                                   "periods.json", "metrics.json", "entities.json"};

// A private copy of the shipped rules that one file at a time is overwritten in.
const fs::path& work_dir() {
  static const fs::path dir = [] {
    const fs::path d = fs::temp_directory_path() / ("claimcheck-fuzz-rules-" + std::to_string(::getpid()));
    fs::remove_all(d);
    fs::copy(CLAIMCHECK_DEFAULT_RULES_DIR, d, fs::copy_options::recursive);
    return d;
  }();
  return dir;
}

void write(const fs::path& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << bytes;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::string bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
  const std::size_t pick = data[0] % (kLexiconFiles.size() + 1);
  const fs::path& dir = work_dir();
  if (pick == kLexiconFiles.size()) {
    const fs::path extra = dir / "extra";
    fs::create_directories(extra);
    write(extra / "fuzzed.json", bytes);
    try {
      (void)Pipeline::load(dir, {extra});
    } catch (const RuleConfigError& e) {
      fuzzing::require(std::string(e.what()).find("fuzzed.json") != std::string::npos, "rule error names the file");
    }
    fs::remove(extra / "fuzzed.json");
    return 0;
  }
  const fs::path file = dir / "lexicon" / kLexiconFiles[pick];
  const fs::path original = fs::path(CLAIMCHECK_DEFAULT_RULES_DIR) / "lexicon" / kLexiconFiles[pick];
  write(file, bytes);
  try {
    (void)Lexicon::load(dir / "lexicon");
  } catch (const LexiconError& e) {
    fuzzing::require(std::string(e.what()).find(kLexiconFiles[pick]) != std::string::npos,
                     "lexicon error names the file");
  }
  fs::copy_file(original, file, fs::copy_options::overwrite_existing);
  return 0;
}
