#pragma once
// Every JSON document a test makes claimcheck write, checked against the schema of its
// format (docs/schema/) when the test ends: the CLI fixture records what `claimcheck ARGS`
// printed or wrote with -o, the serve tests what the server answered. A violation fails
// the test that produced the document, so a field added to a report without its
// documentation, or a GitLab or reviewdog report its consumer would refuse, fails the
// suite wherever a test happens to produce it.
//
// The validator is tests/support/validate_json.py (python3-jsonschema, which implements
// draft 2020-12 in full; libvalijson, the C++ one in Debian, ignores
// `unevaluatedProperties`, which is how the report schemas refuse undocumented fields).
// It runs once per test, over all the documents the test recorded.

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace claimcheck::testing {

// A JSON output format: its schema file in docs/schema/, and whether it is JSON Lines.
struct JsonFormat {
  std::string schema;
  bool lines = false;
};

// The format of what `claimcheck ARGS` writes, when it is JSON: check --format
// json|gitlab|rdjson, extract --format json|jsonl, rules --format json.
std::optional<JsonFormat> json_format_of(std::string_view args);

// The file `claimcheck ARGS` writes its report to (-o FILE, --output FILE), if any.
std::optional<std::string> output_file_of(std::string_view args);

// Whether ARGS send standard output elsewhere than the fixture's capture (a pipe, a
// redirection, 2>&1): then what was captured is not the report.
bool redirects_stdout(std::string_view args);

class ProducedJson {
 public:
  explicit ProducedJson(std::filesystem::path dir) : dir_(std::move(dir)) {}

  // Keeps `text` (what `what` wrote, in `format`) for validate().
  void record(const std::string& text, const JsonFormat& format, const std::string& what);

  // Validates every recorded document. Returns the violations, one a line with the
  // command that wrote the document, or an empty string; `skipped` gets the reason when
  // no validator can run here (python3 or its jsonschema module missing).
  [[nodiscard]] std::string validate(std::string& skipped) const;

 private:
  struct Recorded {
    std::filesystem::path file;
    JsonFormat format;
    std::string what;
  };
  std::filesystem::path dir_;
  std::vector<Recorded> recorded_;
  std::string extra_problems_;  // what no schema can say (GitLab: a repeated fingerprint)
};

}  // namespace claimcheck::testing
