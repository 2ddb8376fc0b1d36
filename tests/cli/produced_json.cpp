#include "cli/produced_json.hpp"

#include <sys/wait.h>

#include <cstdlib>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

namespace claimcheck::testing {
namespace {

namespace fs = std::filesystem;

// ARGS split as the shell would for the simple commands the tests write: on blanks,
// with single or double quotes keeping a word together.
std::vector<std::string> words(std::string_view args) {
  std::vector<std::string> out;
  std::string word;
  bool in_word = false;
  char quote = 0;
  for (const char c : args) {
    if (quote != 0) {
      if (c == quote) {
        quote = 0;
      } else {
        word += c;
      }
    } else if (c == '\'' || c == '"') {
      quote = c;
      in_word = true;
    } else if (c == ' ' || c == '\t' || c == '\n') {
      if (in_word) out.push_back(std::move(word));
      word.clear();
      in_word = false;
    } else {
      word += c;
      in_word = true;
    }
  }
  if (in_word) out.push_back(std::move(word));
  return out;
}

// The value of option `name` (`--name VALUE` or `--name=VALUE`; the last one wins, as
// CLI11 takes it), or of its short form.
std::optional<std::string> option_value(const std::vector<std::string>& w, std::string_view name,
                                        std::string_view short_name = {}) {
  std::optional<std::string> value;
  for (std::size_t i = 0; i < w.size(); ++i) {
    const bool named = w[i] == name || (!short_name.empty() && w[i] == short_name);
    if (named && i + 1 < w.size()) value = w[i + 1];
    if (w[i].starts_with(std::string(name) + "=")) value = w[i].substr(name.size() + 1);
  }
  return value;
}

std::string subcommand(const std::vector<std::string>& w) {
  for (const std::string& word : w) {
    if (word == "check" || word == "extract" || word == "rules" || word == "explain" || word == "serve" ||
        word == "lsp" || word == "mcp")
      return word;
  }
  return "";
}

// The validator's interpreter (tests/CMakeLists.txt: Debian's python3, which has
// python3-jsonschema) and script.
std::string validator_command(const fs::path& manifest) {
  return std::string("'") + CLAIMCHECK_PYTHON + "' '" + CLAIMCHECK_SOURCE_DIR +
         "/tests/support/validate_json.py' --manifest '" + manifest.string() + "'";
}

// GitLab keeps one issue per fingerprint, so a repeated one hides a finding; no JSON
// Schema can say "unique by this field".
std::string repeated_fingerprints(const std::string& text, const std::string& what) {
  const nlohmann::json issues = nlohmann::json::parse(text, nullptr, false);
  if (!issues.is_array()) return "";  // the schema reports it
  std::map<std::string, int> seen;
  for (const nlohmann::json& issue : issues) {
    if (issue.is_object() && issue.contains("fingerprint") && issue["fingerprint"].is_string())
      ++seen[issue["fingerprint"].get<std::string>()];
  }
  std::string problems;
  for (const auto& [fingerprint, count] : seen) {
    if (count > 1)
      problems += what + ": fingerprint " + fingerprint + " is on " + std::to_string(count) +
                  " issues; GitLab shows only one of them\n";
  }
  return problems;
}

}  // namespace

std::optional<JsonFormat> json_format_of(std::string_view args) {
  const std::vector<std::string> w = words(args);
  const std::string command = subcommand(w);
  const std::string format = option_value(w, "--format").value_or("text");
  if (command == "check" && format == "json") return JsonFormat{"report.schema.json"};
  if (command == "check" && format == "gitlab") return JsonFormat{"gitlab-code-quality.schema.json"};
  if (command == "check" && format == "rdjson") return JsonFormat{"rdjson.schema.json"};
  if (command == "extract" && format == "json") return JsonFormat{"report.schema.json"};
  if (command == "extract" && format == "jsonl") return JsonFormat{"claims.schema.json", true};
  if (command == "rules" && format == "json") return JsonFormat{"rules.schema.json"};
  return std::nullopt;
}

std::optional<std::string> output_file_of(std::string_view args) { return option_value(words(args), "--output", "-o"); }

bool redirects_stdout(std::string_view args) {
  for (const std::string& word : words(args)) {
    if (word.starts_with("|") || word.starts_with(">") || word.starts_with("1>") || word == "2>&1") return true;
  }
  return false;
}

void ProducedJson::record(const std::string& text, const JsonFormat& format, const std::string& what) {
  const fs::path file = dir_ / ("produced-" + std::to_string(recorded_.size()) + ".json");
  fs::create_directories(dir_);
  std::ofstream(file, std::ios::binary) << text;
  recorded_.push_back({file, format, what});
  if (format.schema == "gitlab-code-quality.schema.json") extra_problems_ += repeated_fingerprints(text, what);
}

std::string ProducedJson::validate(std::string& skipped) const {
  if (recorded_.empty()) return extra_problems_;
  const fs::path manifest = dir_ / "manifest.tsv";
  {
    std::ofstream out(manifest, std::ios::binary);
    for (const Recorded& r : recorded_) {
      out << CLAIMCHECK_SOURCE_DIR << "/docs/schema/" << r.format.schema << '\t' << r.file.string() << '\t'
          << (r.format.lines ? "lines" : "whole") << '\t' << r.what << '\n';
    }
  }
  const fs::path report = dir_ / "violations.txt";
  const int status = std::system((validator_command(manifest) + " >'" + report.string() + "' 2>&1").c_str());
  std::ifstream in(report, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  const int code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  if (code == 77 || code == 127) {
    skipped = text.str();
    return extra_problems_;
  }
  return code == 0 ? extra_problems_ : extra_problems_ + text.str();
}

}  // namespace claimcheck::testing
