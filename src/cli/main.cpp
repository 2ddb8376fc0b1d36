// claimcheck: the command line. A thin shell over app/Pipeline: parse arguments, run,
// print, choose the exit code (0 clean, 1 findings at or above --fail-on, 2 usage or
// input error).

#include <fmt/format.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <csignal>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "app/pipeline.hpp"
#include "app/rules_location.hpp"
#include "check/rule_config.hpp"
#include "extract/lexicon.hpp"
#include "model/names.hpp"
#include "read/document_reader.hpp"
#include "report/atomic_file.hpp"
#include "report/json_report.hpp"
#include "report/text_report.hpp"

namespace {

using namespace claimcheck;

constexpr int kExitClean = 0;
constexpr int kExitFindings = 1;
constexpr int kExitError = 2;

struct CommonOptions {
  std::optional<std::string> rules_dir;
  std::vector<std::string> extra_rules;
  bool no_color = false;
};

bool use_color(const CommonOptions& o) {
  return !o.no_color && std::getenv("NO_COLOR") == nullptr && isatty(fileno(stdout)) != 0;
}

Pipeline load_pipeline(const CommonOptions& o, const char* argv0) {
  std::optional<std::filesystem::path> dir;
  if (o.rules_dir) dir = *o.rules_dir;
  std::vector<std::filesystem::path> extra(o.extra_rules.begin(), o.extra_rules.end());
  return Pipeline::load(locate_rules_dir(dir, argv0), extra);
}

bool has_input_errors(const Diagnostics& diagnostics) {
  return std::any_of(diagnostics.begin(), diagnostics.end(),
                     [](const Diagnostic& d) { return d.level == DiagnosticLevel::Error; });
}

// The report goes to --output FILE (written atomically) or standard output.
void emit(const std::string& output, const std::string& report) {
  if (!output.empty()) {
    write_file_atomically(output, report);
    return;
  }
  std::cout << report;
  std::cout.flush();
  if (!std::cout) throw std::runtime_error("cannot write to standard output (closed or full)");
}

// "-" reads the article from standard input; other paths go through the pipeline.
RunResult extract_inputs(const Pipeline& pipeline, std::vector<std::string> paths, const std::string& stdin_format,
                         const RunOptions& run_options) {
  const auto dash = std::find(paths.begin(), paths.end(), "-");
  const bool use_stdin = dash != paths.end();
  if (use_stdin) paths.erase(dash);
  RunResult result = paths.empty() && use_stdin ? RunResult{} : pipeline.extract(paths, run_options);
  if (use_stdin) {
    std::string bytes((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
    const Format format = stdin_format == "markdown" ? Format::Markdown
                          : stdin_format == "html"   ? Format::Html
                                                     : Format::Text;
    ++result.files_read;
    if (bytes.empty()) {
      result.diagnostics.push_back({DiagnosticLevel::Error, "<stdin>", "empty input"});
    } else {
      try {
        result.documents.push_back(
            pipeline.analyse(make_document("<stdin>", std::move(bytes), format), result.diagnostics));
      } catch (const InputError& e) {
        result.diagnostics.push_back({DiagnosticLevel::Error, "<stdin>", e.what()});
      }
    }
  }
  return result;
}

int exit_code(const RunResult& result, std::optional<Severity> fail_on) {
  if (has_input_errors(result.diagnostics)) return kExitError;
  if (!fail_on) return kExitClean;
  const bool failing = std::any_of(result.findings.begin(), result.findings.end(),
                                   [&](const Finding& f) { return f.severity >= *fail_on; });
  return failing ? kExitFindings : kExitClean;
}

}  // namespace

namespace {

int run(int argc, char** argv) {
  // A closed pipe ("claimcheck check dir | head -1") becomes a write error we report,
  // not a silent death by SIGPIPE.
  std::signal(SIGPIPE, SIG_IGN);
  CLI::App app{"claimcheck: flags numeric claims in news articles that contradict each other."};
  app.set_version_flag("--version", std::string("claimcheck ") + CLAIMCHECK_VERSION);
  app.require_subcommand(1);
  app.footer(
      "Examples:\n"
      "  claimcheck check articles/                 check every article in a folder\n"
      "  claimcheck check --format json a.txt b.md  machine-readable findings\n"
      "  claimcheck extract --format jsonl a.txt    the claims the parser saw, one per line\n"
      "  claimcheck check --claims claims.jsonl     check claims extracted elsewhere\n"
      "Exit codes: 0 no findings at or above --fail-on, 1 findings, 2 usage or input error.");

  CommonOptions common;
  std::string output;
  std::string stdin_format = "text";
  RunOptions run_options;
  auto add_common = [&](CLI::App* sub) {
    sub->add_option("--rules-dir", common.rules_dir, "Rule and lexicon data directory (default: built-in)");
    sub->add_option("--rules", common.extra_rules, "Extra directory of rule files (repeatable)");
    sub->add_flag("--no-color", common.no_color, "Never colour the output (NO_COLOR is honoured too)");
  };
  auto add_io = [&](CLI::App* sub) {
    sub->add_option("-o,--output", output, "Write the report to FILE (atomically) instead of standard output");
    sub->add_option("--stdin-format", stdin_format, "Format of an article read from '-'")
        ->check(CLI::IsMember({"text", "markdown", "html"}));
    sub->add_option("-j,--jobs", run_options.jobs, "Articles analysed in parallel (default: all cores)")
        ->check(CLI::PositiveNumber);
  };

  std::vector<std::string> check_paths;
  std::vector<std::string> claim_streams;
  std::string check_format = "text";
  std::string fail_on = "error";
  CLI::App* check = app.add_subcommand("check", "Find numeric claims that contradict each other");
  check->add_option("paths", check_paths, "Article files or directories; '-' reads standard input");
  check->add_option("--claims", claim_streams, "Claim streams (JSON Lines from `extract --format jsonl`)");
  check->add_option("--format", check_format, "Output format")->check(CLI::IsMember({"text", "json"}));
  check->add_option("--fail-on", fail_on, "Lowest severity that makes the exit code 1")
      ->check(CLI::IsMember({"error", "warning", "info", "none"}));
  add_common(check);
  add_io(check);

  std::vector<std::string> extract_paths;
  std::string extract_format = "text";
  CLI::App* extract = app.add_subcommand("extract", "Print every numeric claim the parser finds");
  extract->add_option("paths", extract_paths, "Article files or directories; '-' reads standard input")->required();
  extract->add_option("--format", extract_format, "Output format")->check(CLI::IsMember({"text", "json", "jsonl"}));
  add_common(extract);
  add_io(extract);

  CLI::App* rules = app.add_subcommand("rules", "List the rules in force");
  add_common(rules);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? kExitClean : kExitError;
  }

  try {
    const Pipeline pipeline = load_pipeline(common, argv[0]);
    const TextStyle style{use_color(common)};

    if (*rules) {
      for (const RuleConfig& r : pipeline.engine().rules()) {
        fmt::print("{:<20} {:<18} {:<8} {}{}\n", r.id, r.kind, to_string(r.severity), r.description,
                   r.enabled ? "" : " (disabled)");
      }
      return kExitClean;
    }

    if (*extract) {
      const RunResult result = extract_inputs(pipeline, extract_paths, stdin_format, run_options);
      write_diagnostics_text(std::cerr, result.diagnostics, style);
      std::ostringstream report;
      if (extract_format == "json") {
        report << extract_report_json(result).dump(2) << '\n';
      } else if (extract_format == "jsonl") {
        write_claim_stream(report, result.documents);
      } else {
        write_extract_text(report, result);
      }
      emit(output, report.str());
      return has_input_errors(result.diagnostics) ? kExitError : kExitClean;
    }

    if (check_paths.empty() && claim_streams.empty()) {
      std::cerr << "claimcheck: error: check needs article paths or --claims FILE\n";
      return kExitError;
    }
    RunResult result = extract_inputs(pipeline, check_paths, stdin_format, run_options);
    for (const std::string& stream : claim_streams) {
      std::ifstream in(stream);
      if (!in) {
        result.diagnostics.push_back({DiagnosticLevel::Error, stream, "cannot open claim stream"});
        continue;
      }
      try {
        auto docs = read_claim_stream(in, stream);
        ++result.files_read;
        result.documents.insert(result.documents.end(), std::make_move_iterator(docs.begin()),
                                std::make_move_iterator(docs.end()));
      } catch (const std::invalid_argument& e) {
        result.diagnostics.push_back({DiagnosticLevel::Error, stream, e.what()});
      }
    }
    result.findings = pipeline.check_documents(result.documents);
    write_diagnostics_text(std::cerr, result.diagnostics, style);
    std::ostringstream report;
    if (check_format == "json") {
      report << check_report_json(result).dump(2) << '\n';
    } else {
      write_check_text(report, result, output.empty() ? style : TextStyle{false});
    }
    emit(output, report.str());
    return exit_code(result, fail_on == "none" ? std::nullopt : severity_from(fail_on));
  } catch (const LexiconError& e) {
    std::cerr << "claimcheck: error: " << e.what() << '\n';
  } catch (const RuleConfigError& e) {
    std::cerr << "claimcheck: error: " << e.what() << '\n';
  } catch (const std::exception& e) {
    std::cerr << "claimcheck: error: " << e.what() << '\n';
  }
  return kExitError;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return run(argc, argv);
  } catch (const std::exception& e) {  // anything the command itself did not catch
    std::cerr << "claimcheck: error: " << e.what() << '\n';
  } catch (...) {
    std::cerr << "claimcheck: error: unexpected failure\n";
  }
  return 2;
}
