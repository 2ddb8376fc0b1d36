// claimcheck: the command line. A thin shell over app/Pipeline: parse arguments, find the
// configuration, run, print, choose the exit code (0 clean, 1 findings at or above
// --fail-on, 2 usage, configuration or input error).

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <sys/stat.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <limits>
#include <new>
#include <optional>
#include <string>
#include <vector>

#include "app/baseline.hpp"
#include "app/config.hpp"
#include "app/pipeline.hpp"
#include "app/rules_location.hpp"
#include "check/rule_config.hpp"
#include "cli/color.hpp"
#include "cli/progress.hpp"
#include "cli/typos.hpp"
#include "extract/lexicon.hpp"
#include "model/input_error.hpp"
#include "model/names.hpp"
#include "read/document_reader.hpp"
#include "read/jsonl_format.hpp"
#include "report/atomic_file.hpp"
#include "report/check_report.hpp"
#include "report/json_report.hpp"
#include "report/rule_doc.hpp"
#include "report/rule_list.hpp"
#include "report/text_report.hpp"
#include "rpc/lsp_server.hpp"
#include "rpc/mcp_server.hpp"
#include "serve/check_server.hpp"
#include "support/nearest_name.hpp"
#include "support/readable_file.hpp"

namespace {

using namespace claimcheck;
namespace fs = std::filesystem;

constexpr int kExitClean = 0;
constexpr int kExitFindings = 1;
constexpr int kExitError = 2;

// Options every subcommand takes: where the rules and the configuration are.
struct CommonOptions {
  std::optional<std::string> rules_dir;
  std::vector<std::string> extra_rules;
  std::optional<std::string> config_file;
  bool no_config = false;
  bool no_color = false;
  std::string color = "auto";  // --color auto|always|never
};

// Options of the commands that read articles.
struct InputOptions {
  std::vector<std::string> paths;
  std::vector<std::string> include;
  std::vector<std::string> exclude;
  std::string stdin_format = "text";
  std::string output;
  std::vector<std::string> outputs;  // every file the run writes (-o, --write-baseline)
  unsigned jobs = 0;                 // 0: one per hardware thread
  std::size_t max_file_size = kDefaultMaxDocumentBytes;
  bool allow_unmatched = false;  // --no-error-on-unmatched-pattern
  bool no_ignore = false;        // --no-ignore: walk what .gitignore and .ignore ignore
  bool progress = false;         // --progress: even where standard error is no terminal
  bool no_progress = false;      // --no-progress: not even on a terminal
};

// More threads than this only cost memory: --jobs is clamped to it, with a notice.
constexpr unsigned kMaxJobs = 256;

bool use_color(const CommonOptions& o) {
  const cli::ColorMode mode = o.no_color ? cli::ColorMode::Never : cli::color_mode_from(o.color);
  return cli::use_color(mode, {std::getenv("NO_COLOR"), std::getenv("FORCE_COLOR"), isatty(fileno(stdout)) != 0});
}

// --config FILE, else the nearest .claimcheck.json above the working directory, unless
// --no-config.
Config load_configuration(const CommonOptions& o) {
  if (o.no_config) return {};
  if (o.config_file) return load_config(*o.config_file);
  if (const auto found = find_config(fs::current_path())) return load_config(*found);
  return {};
}

// The data directory: --rules-dir, else the configuration's rules_dir, else the default lookup.
fs::path rules_dir(const CommonOptions& o, const Config& config, const char* argv0) {
  std::optional<fs::path> dir = config.rules_dir;
  if (o.rules_dir) dir = *o.rules_dir;
  return locate_rules_dir(dir, argv0);
}

Pipeline load_pipeline(const CommonOptions& o, const Config& config, const char* argv0) {
  std::vector<fs::path> extra = config.rule_dirs;
  extra.insert(extra.end(), o.extra_rules.begin(), o.extra_rules.end());
  return Pipeline::load(rules_dir(o, config, argv0), extra, config.rules, config.entities);
}

bool has_input_errors(const Diagnostics& diagnostics) {
  return std::any_of(diagnostics.begin(), diagnostics.end(),
                     [](const Diagnostic& d) { return d.level == DiagnosticLevel::Error; });
}

// The report goes to --output FILE (written atomically) or standard output.
void emit(const std::string& output, const std::function<void(std::ostream&)>& write) {
  if (!output.empty()) {
    write_file_atomically(output, write);
    return;
  }
  write(std::cout);
  std::cout.flush();
  if (!std::cout) throw std::runtime_error("cannot write to standard output (closed or full)");
}

// The files this run writes that exist already, by identity: a folder walk skips them
// (the tool never reads back its own report), and a named input may not be one of them.
std::vector<FileIdentity> output_identities(const std::vector<std::string>& outputs) {
  std::vector<FileIdentity> ids;
  for (const std::string& path : outputs) {
    struct stat st {};
    if (path.empty() || ::stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) continue;
    ids.push_back({static_cast<unsigned long long>(st.st_dev), static_cast<unsigned long long>(st.st_ino)});
  }
  return ids;
}

// `-o story.txt story.txt` would replace the article being checked: refused before
// anything is read, whatever spelling or link names the same file.
void refuse_output_over_input(const std::string& option, const std::string& output,
                              const std::vector<std::string>& inputs) {
  const std::vector<FileIdentity> out = output_identities({output});
  if (out.empty()) return;
  for (const std::string& input : inputs) {
    struct stat st {};
    if (input == "-" || ::stat(input.c_str(), &st) != 0) continue;
    if (static_cast<unsigned long long>(st.st_dev) == out.front().device &&
        static_cast<unsigned long long>(st.st_ino) == out.front().inode) {
      throw std::runtime_error(fmt::format("{} {}: is the input {}; refusing to overwrite it", option, output, input));
    }
  }
}

// A source that did not fit in memory: one diagnostic, and the run reports the others.
Diagnostic out_of_memory(const std::string& source) {
  return {DiagnosticLevel::Error, source,
          "out of memory while reading or analysing it (a smaller --max-file-size may help)"};
}

// The article on standard input ("-"), read with the file size cap.
void read_standard_input(const Pipeline& pipeline, const InputOptions& in, RunResult& result) {
  // Standard input has the same limit as a file (it may be /dev/zero, or a pipe without end).
  std::string bytes;
  const std::size_t limit = std::min(in.max_file_size, kLargestDocumentBytes);
  const ReadStatus status = read_capped(STDIN_FILENO, limit, bytes);
  if (status != ReadStatus::Ok) {
    result.diagnostics.push_back(
        {DiagnosticLevel::Error, "<stdin>",
         status == ReadStatus::TooLarge
             ? fmt::format("more than {} bytes, over the limit (--max-file-size; a larger JSON Lines export "
                           "streams when named as a file)",
                           limit)
             : fmt::format("read error: {}", std::strerror(errno))});
    return;
  }
  const Format format = in.stdin_format == "markdown" ? Format::Markdown
                        : in.stdin_format == "html"   ? Format::Html
                                                      : Format::Text;
  ++result.files_read;
  if (bytes.empty()) {
    result.diagnostics.push_back({DiagnosticLevel::Error, "<stdin>", "empty input"});
  } else if (in.stdin_format == "jsonl") {  // a pipeline's export, one article a line
    for (const SourceDocument& doc : read_jsonl_documents("<stdin>", bytes, result.diagnostics)) {
      pipeline.add_document(doc, result);
    }
  } else {
    try {
      pipeline.add_document(make_document("<stdin>", std::move(bytes), format), result);
    } catch (const InputError& e) {
      result.diagnostics.push_back(e.diagnostic());
    }
  }
}

// The progress display on standard error (cli/progress.hpp): on a terminal, or anywhere
// with --progress; never with --no-progress, nor for standard input alone.
std::optional<cli::StderrProgress> make_progress(const InputOptions& in) {
  const bool stdin_only = in.paths.size() == 1 && in.paths.front() == "-";
  const bool terminal = isatty(STDERR_FILENO) != 0;
  if (in.no_progress || stdin_only || !(in.progress || terminal)) return std::nullopt;
  return std::optional<cli::StderrProgress>(std::in_place, stderr, terminal, in.progress);
}

// "-" reads the article from standard input; other paths go through the pipeline.
// `text_bytes`: article text kept for the HTML report (model/article_text.hpp), 0 for none.
RunResult extract_inputs(const Pipeline& pipeline, const InputOptions& in, const Config& config, Retain retain,
                         RunProgress* progress, std::size_t text_bytes = 0) {
  std::vector<std::string> paths = in.paths;
  const auto dash = std::find(paths.begin(), paths.end(), "-");
  const bool use_stdin = dash != paths.end();
  if (use_stdin) paths.erase(dash);
  RunOptions options{
      in.jobs, {config.include, config.exclude, output_identities(in.outputs)}, in.max_file_size, retain};
  options.filter.include.insert(options.filter.include.end(), in.include.begin(), in.include.end());
  options.filter.exclude.insert(options.filter.exclude.end(), in.exclude.begin(), in.exclude.end());
  options.filter.allow_unmatched = in.allow_unmatched;
  options.filter.ignore_files = !in.no_ignore;
  options.article_text_bytes = text_bytes;
  RunResult result;
  result.retain = retain;
  result.article_texts.budget = text_bytes;
  if (!paths.empty() || !use_stdin) {
    options.progress = progress;
    result = pipeline.extract(paths, options);
  }
  result.jobs = resolve_jobs(options, std::numeric_limits<std::size_t>::max());  // for check_run
  if (use_stdin) {
    try {
      read_standard_input(pipeline, in, result);
    } catch (const std::bad_alloc&) {  // what failed to fit is gone: name the source, report the rest
      result.diagnostics.push_back(out_of_memory("<stdin>"));
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

// `explain RULE`: the rule's configuration and its kind's section of rules/README.md.
int explain(const Pipeline& pipeline, const fs::path& rules, const std::string& id) {
  const auto& all = pipeline.engine().rules();
  const auto rule = std::find_if(all.begin(), all.end(), [&](const RuleConfig& r) { return r.id == id; });
  if (rule == all.end()) {
    std::vector<std::string_view> known;
    known.reserve(all.size());
    for (const RuleConfig& r : all) known.push_back(r.id);
    std::sort(known.begin(), known.end());
    const auto nearest = nearest_name(id, known);
    std::cerr << fmt::format("claimcheck: error: unknown rule '{}'{}; known rules: {}\n", id,
                             nearest ? fmt::format(" (did you mean '{}'?)", *nearest) : "", fmt::join(known, ", "));
    return kExitError;
  }
  std::ifstream in(rules / "README.md", std::ios::binary);
  const std::string readme((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::cout << explain_rule(*rule, markdown_section(readme, rule->kind));
  return kExitClean;
}

// `rules`: every rule as the configuration leaves it; a rule switched off says so.
void list_rules(const Pipeline& pipeline, const std::string& format) {
  if (format == "json") {
    std::cout << rule_list_json(pipeline.engine().rules()).dump(2) << '\n';
    return;
  }
  for (const RuleConfig& r : pipeline.engine().rules()) {
    fmt::print("{:<20} {:<18} {:<8} {}{}\n", r.id, r.kind, to_string(r.severity), r.description,
               r.enabled ? "" : " (disabled)");
  }
}

struct CheckOptions {
  std::vector<std::string> claim_streams;
  std::string format = "text";
  std::string fail_on = "error";
  bool fail_on_given = false;
  std::string baseline;
  std::string write_baseline;
  bool report_unused_suppressions = false;
  std::size_t html_text_bytes = kDefaultArticleTextBytes;  // --html-text-limit
};

void read_claim_streams(const Pipeline& pipeline, const std::vector<std::string>& streams, std::size_t max_record,
                        RunResult& result) {
  for (const std::string& stream : streams) {
    // A FIFO or a device would block or never end; a folder is not a stream.
    if (const ReadableFile file(stream); !file.ok() && !file.open_failed()) {
      result.diagnostics.push_back({DiagnosticLevel::Error, stream, fmt::format("claim stream {}", file.error())});
      continue;
    }
    std::ifstream in(stream);
    if (!in) {
      result.diagnostics.push_back({DiagnosticLevel::Error, stream, "cannot open claim stream"});
      continue;
    }
    try {
      auto docs = read_claim_stream(in, stream, max_record);
      ++result.files_read;
      for (DocumentClaims& d : docs) pipeline.add_analysed(std::move(d), result);
    } catch (const InputError& e) {
      result.diagnostics.push_back(e.diagnostic());
    } catch (const std::bad_alloc&) {
      result.diagnostics.push_back(out_of_memory(stream));
    }
  }
}

int check(const Pipeline& pipeline, const Config& config, const InputOptions& in, const CheckOptions& o,
          TextStyle style) {
  if (in.paths.empty() && o.claim_streams.empty()) {
    std::cerr << "claimcheck: error: check needs article paths or --claims FILE\n";
    return kExitError;
  }
  std::vector<std::string> inputs = in.paths;
  inputs.insert(inputs.end(), o.claim_streams.begin(), o.claim_streams.end());
  if (!o.baseline.empty()) inputs.push_back(o.baseline);
  refuse_output_over_input("-o", in.output, inputs);
  refuse_output_over_input("--write-baseline", o.write_baseline, in.paths);
  const Baseline baseline = o.baseline.empty() ? Baseline{} : load_baseline(o.baseline);
  std::optional<cli::StderrProgress> progress = make_progress(in);
  RunResult result = extract_inputs(pipeline, in, config, Retain::ClaimStore, progress ? &*progress : nullptr,
                                    o.format == "html" ? o.html_text_bytes : 0);
  read_claim_streams(pipeline, o.claim_streams, in.max_file_size, result);
  pipeline.check_run(result, o.report_unused_suppressions ? UnusedSuppressions::Report : UnusedSuppressions::Ignore,
                     progress ? &*progress : nullptr);
  progress.reset();  // the line erased (or the totals written) before the diagnostics and the report
  const fs::path root = fingerprint_root(config);
  rebase_fingerprints(result.findings, root);
  if (!o.write_baseline.empty()) write_file_atomically(o.write_baseline, baseline_text(result.findings, root));
  result.baselined = drop_baselined(result.findings, baseline);
  write_diagnostics_text(std::cerr, result.diagnostics, style);
  // The report reads the findings and the counts; the claims can go before it is written.
  result.claims.release_claims();
  emit(in.output, [&](std::ostream& out) {
    write_check_report(out, o.format, result, pipeline.engine().rules(), in.output.empty() ? style : TextStyle{false});
  });
  const std::string fail_on = o.fail_on_given || !config.fail_on ? o.fail_on : *config.fail_on;
  return exit_code(result, fail_on == "none" ? std::nullopt : severity_from(fail_on));
}

int extract(const Pipeline& pipeline, const Config& config, const InputOptions& in, const std::string& format,
            TextStyle style) {
  refuse_output_over_input("-o", in.output, in.paths);
  const RunResult result = [&] {
    std::optional<cli::StderrProgress> progress = make_progress(in);
    return extract_inputs(pipeline, in, config, Retain::Documents, progress ? &*progress : nullptr);
  }();  // the progress line ends with the extraction, before the diagnostics
  write_diagnostics_text(std::cerr, result.diagnostics, style);
  emit(in.output, [&](std::ostream& report) {
    if (format == "json") {
      report << extract_report_json(result).dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
    } else if (format == "jsonl") {
      write_claim_stream(report, result.documents);
    } else {
      write_extract_text(report, result);
    }
  });
  return has_input_errors(result.diagnostics) ? kExitError : kExitClean;
}

// A file `check` could not start with (rules, lexicon, configuration, baseline) is in the
// report too when a machine reads it, placed as an input error is: GitHub annotates the
// file at its line and column, SARIF gives it a region, JSON its line and column. The text
// report leaves it to the one line on standard error.
void report_load_error(const LoadError& e, const std::string& format, const std::string& output) {
  if (format == "text") return;
  RunResult result;
  result.diagnostics.push_back(e.diagnostic());
  emit(output, [&](std::ostream& out) { write_check_report(out, format, result, {}, TextStyle{false}); });
}

// `serve`: the local web page and /api/check until interrupted.
int serve(const Pipeline& pipeline, const ServeOptions& options) {
  CheckServer server(pipeline, options);
  server.bind();
  std::cerr << fmt::format("claimcheck serve: listening on http://{}:{}/ (Ctrl-C stops)\n", options.host,
                           server.port());
  server.run();
  return kExitClean;
}

// `lsp` (debounce_ms >= 0) or `mcp`: each document finds its own configuration, so
// nothing is loaded here; a broken one is reported to the client, on the document.
int run_server(const CommonOptions& o, const char* argv0, int debounce_ms) {
  ServerOptions options;
  if (o.rules_dir) options.rules_dir = *o.rules_dir;
  options.extra_rule_dirs.assign(o.extra_rules.begin(), o.extra_rules.end());
  if (o.config_file) options.config_file = fs::absolute(*o.config_file);
  options.no_config = o.no_config;
  options.argv0 = argv0;
  if (debounce_ms < 0) return run_mcp_server(options, STDIN_FILENO, std::cout);
  options.debounce_ms = debounce_ms;
  return run_lsp_server(options, STDIN_FILENO, std::cout);
}

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
      "  claimcheck check --format sarif -o claimcheck.sarif articles/   for GitHub code scanning\n"
      "  claimcheck check --include '*.md' --exclude 'drafts/**' articles/\n"
      "  claimcheck extract --format jsonl a.txt    the claims the parser saw, one per line\n"
      "  claimcheck check --claims claims.jsonl     check claims extracted elsewhere\n"
      "  claimcheck check --write-baseline .claimcheck-baseline.json articles/   accept today's findings\n"
      "  claimcheck check --baseline .claimcheck-baseline.json articles/         report only new ones\n"
      "  claimcheck check --report-unused-suppressions articles/   stale suppression comments fail CI\n"
      "  claimcheck rules --format json             the rules as the configuration sets them\n"
      "  claimcheck explain decimal-slip            what a rule catches and how to tune it\n"
      "  claimcheck check --format html -o report.html articles/   one page for editors\n"
      "  claimcheck serve --port 8080               a local web page to paste articles into\n"
      "  claimcheck lsp                             language server for editors (docs/editors.md)\n"
      "  claimcheck mcp                             tools for AI writing assistants (docs/editors.md)\n"
      "Configuration: .claimcheck.json in the working directory or a parent (or --config FILE).\n"
      "Exit codes: 0 no findings at or above --fail-on, 1 findings, 2 usage, configuration or input error.");

  CommonOptions common;
  auto add_common = [&](CLI::App* sub) {
    sub->add_option("--rules-dir", common.rules_dir, "Rule and lexicon data directory (default: built-in)");
    // One value per occurrence (repeat the flag for more): a multi-value option would take
    // the article paths after it as its own.
    sub->add_option("--rules", common.extra_rules, "Extra directory of rule files (repeatable)")
        ->expected(1)
        ->allow_extra_args(false)
        ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
    sub->add_option("--config", common.config_file, "Configuration file (default: nearest .claimcheck.json)");
    sub->add_flag("--no-config", common.no_config, "Ignore any .claimcheck.json");
    sub->add_option("--color", common.color,
                    "Colour the output: auto (on a terminal, unless NO_COLOR; FORCE_COLOR forces it), always, never")
        ->check(CLI::IsMember({"auto", "always", "never"}));
    sub->add_flag("--no-color", common.no_color, "Never colour the output (as --color never)");
  };
  InputOptions input;
  auto add_inputs = [&](CLI::App* sub) {
    sub->add_option("-o,--output", input.output, "Write the report to FILE (atomically) instead of standard output");
    sub->add_option("--stdin-format", input.stdin_format,
                    "Format of what '-' reads: text, markdown, html (one article) or jsonl (one a line)")
        ->check(CLI::IsMember({"text", "markdown", "html", "jsonl"}));
    sub->add_option("--include", input.include, "Only files matching this glob when walking folders (repeatable)")
        ->expected(1)
        ->allow_extra_args(false)
        ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
    sub->add_option("--exclude", input.exclude, "Skip files and folders matching this glob (repeatable)")
        ->expected(1)
        ->allow_extra_args(false)
        ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
    sub->add_option("-j,--jobs", input.jobs, "Articles analysed in parallel (default: all cores)")
        ->check(cli::whole_number_range(1, std::numeric_limits<unsigned>::max(), "a whole number, 1 or more"));
    sub->add_option("--max-file-size", input.max_file_size,
                    "Refuse larger files (JSON Lines: records), with an error naming them (default 64MB, at most 4GB; "
                    "units kB MB GB)")
        ->transform(CLI::AsSizeValue(false))
        // 4GB: files are read up to 4GB - 1
        ->check(cli::whole_number_range(1, kLargestDocumentBytes + 1, "a size from 1 byte to 4GB"));
    sub->add_flag("--progress", input.progress,
                  "Show progress on standard error even when it is not a terminal (a CI log)");
    sub->add_flag("--no-progress", input.no_progress, "Never show progress (default: on a terminal, after 1 s)");
    sub->add_flag("--no-ignore", input.no_ignore, "Walk files that .gitignore and .ignore files ignore, too");
    sub->add_flag("--no-error-on-unmatched-pattern", input.allow_unmatched,
                  "A folder with no article, or an --include glob that takes no file, is a notice, not an error");
  };

  CheckOptions check_options;
  CLI::App* check_cmd = app.add_subcommand("check", "Find numeric claims that contradict each other");
  check_cmd->add_option("paths", input.paths, "Article files or directories; '-' reads standard input");
  check_cmd
      ->add_option("--claims", check_options.claim_streams,
                   "Claim stream (JSON Lines from `extract --format jsonl`; repeatable)")
      ->expected(1)
      ->allow_extra_args(false)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  const std::vector<std::string> check_formats(check_report_formats().begin(), check_report_formats().end());
  check_cmd
      ->add_option("--format", check_options.format,
                   "Output format: text, json, sarif (code scanning), github (annotations), junit, gitlab "
                   "(Code Quality), rdjson (reviewdog), html (one page)")
      ->check(CLI::IsMember(check_formats));
  CLI::Option* fail_on = check_cmd
                             ->add_option("--fail-on", check_options.fail_on,
                                          "Lowest severity that makes the exit code 1 (default: error)")
                             ->check(CLI::IsMember({"error", "warning", "info", "none"}));
  check_cmd->add_option("--baseline", check_options.baseline,
                        "Report only findings whose fingerprint is not in this baseline file");
  check_cmd->add_option("--write-baseline", check_options.write_baseline,
                        "Write the current findings' fingerprints to FILE (atomically)");
  check_cmd->add_flag("--report-unused-suppressions", check_options.report_unused_suppressions,
                      "Suppression comments that silence no finding, or name no rule, are errors (exit 2)");
  check_cmd
      ->add_option("--html-text-limit", check_options.html_text_bytes,
                   "Article text the HTML report shows whole, the first articles first (default 1MB; past it, "
                   "only the sentences of findings; 0: none; units kB MB)")
      ->transform(CLI::AsSizeValue(false))
      ->check(cli::whole_number_range(0, std::size_t{1} << 30U, "a size from 0 to 1GB"));
  add_common(check_cmd);
  add_inputs(check_cmd);

  std::string extract_format = "text";
  CLI::App* extract_cmd = app.add_subcommand("extract", "Print every numeric claim the parser finds");
  extract_cmd->add_option("paths", input.paths, "Article files or directories; '-' reads standard input")->required();
  extract_cmd->add_option("--format", extract_format, "Output format")->check(CLI::IsMember({"text", "json", "jsonl"}));
  add_common(extract_cmd);
  add_inputs(extract_cmd);

  std::string rules_format = "text";
  CLI::App* rules_cmd = app.add_subcommand("rules", "List the rules and how the configuration sets them");
  rules_cmd->add_option("--format", rules_format, "Output format: text or json")
      ->check(CLI::IsMember({"text", "json"}));
  add_common(rules_cmd);

  std::string explain_id;
  CLI::App* explain_cmd = app.add_subcommand("explain", "Print a rule's documentation");
  explain_cmd->add_option("rule", explain_id, "Rule id, as `claimcheck rules` lists them")->required();
  add_common(explain_cmd);

  ServeOptions serve_options;
  unsigned time_limit = 20;
  CLI::App* serve_cmd = app.add_subcommand("serve", "A local web page (and POST /api/check) that checks articles");
  serve_cmd->add_option("--host", serve_options.host, "Address to listen on (default 127.0.0.1: this machine only)");
  serve_cmd->add_option("--port", serve_options.port, "Port (default 8080; 0: any free port)")
      ->check(CLI::Range(0, 65535));
  serve_cmd
      ->add_option("--max-request-size", serve_options.max_request_bytes,
                   "Refuse larger requests with 413 (default 8MB; units kB MB)")
      ->transform(CLI::AsSizeValue(false))
      ->check(cli::whole_number_range(1, std::size_t{1} << 30U, "a size from 1 byte to 1GB"));
  serve_cmd->add_option("--max-articles", serve_options.limits.max_articles, "Articles per request (default 100)")
      ->check(cli::whole_number_range(1, std::numeric_limits<unsigned>::max(), "a whole number, 1 or more"));
  serve_cmd->add_option("--time-limit", time_limit, "Seconds a request's check may take (default 20)")
      ->check(CLI::Range(1U, 3600U));
  serve_cmd->add_option("--threads", serve_options.threads, "Requests checked at once (default 2)")
      ->check(CLI::Range(1U, kMaxJobs));
  serve_cmd
      ->add_option("--max-waiting", serve_options.max_waiting,
                   "Connections that may wait for a thread; past them, 503 with Retry-After (default 8)")
      ->check(CLI::Range(std::size_t{0}, std::size_t{10'000}));
  add_common(serve_cmd);

  bool stdio = false;  // editors' clients pass --stdio; standard input and output are the only transport
  int debounce_ms = ServerOptions{}.debounce_ms;
  CLI::App* lsp_cmd = app.add_subcommand("lsp", "Language server for editors (stdio)");
  lsp_cmd->add_flag("--stdio", stdio, "Talk over standard input and output (the default and only transport)");
  lsp_cmd->add_option("--debounce", debounce_ms, "Milliseconds of quiet after an edit before checking again")
      ->check(CLI::Range(0, 10000));
  add_common(lsp_cmd);
  CLI::App* mcp_cmd = app.add_subcommand("mcp", "Model Context Protocol server for AI writing assistants (stdio)");
  add_common(mcp_cmd);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    if (const auto unknown = cli::describe_unknown_word(app, std::vector<std::string>(argv + 1, argv + argc))) {
      std::cerr << "claimcheck: error: " << printable(*unknown) << "\nRun with --help for more information.\n";
      return kExitError;
    }
    const int code = app.exit(e);
    return code == 0 ? kExitClean : kExitError;
  }

  if (*lsp_cmd || *mcp_cmd) return run_server(common, argv[0], *lsp_cmd ? debounce_ms : -1);

  try {
    const Config config = load_configuration(common);
    for (const std::string& notice : config.notices) {
      std::cerr << "claimcheck: notice: " << printable(config.file.string()) << ": " << printable(notice) << '\n';
    }
    const Pipeline pipeline = load_pipeline(common, config, argv[0]);
    const TextStyle style{use_color(common)};
    if (*explain_cmd) return explain(pipeline, rules_dir(common, config, argv[0]), explain_id);
    if (*rules_cmd) {
      list_rules(pipeline, rules_format);
      return kExitClean;
    }
    if (input.jobs > kMaxJobs) {
      std::cerr << fmt::format("claimcheck: notice: --jobs {} is more than {}; using {}\n", input.jobs, kMaxJobs,
                               kMaxJobs);
      input.jobs = kMaxJobs;
    }
    input.outputs = {input.output, check_options.write_baseline};
    if (*extract_cmd) return extract(pipeline, config, input, extract_format, style);
    if (*serve_cmd) {
      serve_options.limits.time_limit = std::chrono::seconds(time_limit);
      serve_options.limits.max_article_bytes = serve_options.max_request_bytes;
      return serve(pipeline, serve_options);
    }
    check_options.fail_on_given = fail_on->count() > 0;
    return check(pipeline, config, input, check_options, style);
  } catch (const LoadError& e) {  // LexiconError, RuleConfigError, ConfigError, BaselineError
    std::cerr << "claimcheck: error: " << printable(e.what()) << '\n';
    if (*check_cmd) report_load_error(e, check_options.format, input.output);
  } catch (const std::exception& e) {  // write errors
    std::cerr << "claimcheck: error: " << printable(e.what()) << '\n';
  }
  return kExitError;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return run(argc, argv);
  } catch (const std::exception& e) {  // anything the command itself did not catch
    std::cerr << "claimcheck: error: " << printable(e.what()) << '\n';
  } catch (...) {
    std::cerr << "claimcheck: error: unexpected failure\n";
  }
  return 2;
}
