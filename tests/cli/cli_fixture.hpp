#pragma once
// Runs the built binary (CLAIMCHECK_BINARY) as a user or a pipeline would, in a fresh
// temporary directory that is also its working directory, so that no .claimcheck.json
// above the build tree can leak in.

#include <gtest/gtest.h>

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "cli/produced_json.hpp"

namespace claimcheck::testing {

struct CliRun {
  int exit_code = -1;
  std::string out;
  std::string err;
};

std::string slurp(const std::filesystem::path& p);

// Lines of `text` without their line ends; no empty last line.
std::vector<std::string> lines_of(const std::string& text);

class Cli : public ::testing::Test {
 protected:
  void SetUp() override;
  void TearDown() override;

  // `claimcheck ARGS` run by the shell in dir_ (or its subfolder `cwd`); ARGS may hold
  // redirections. A JSON report it prints or writes (-o) is validated against its schema
  // when the test ends (cli/produced_json.hpp).
  CliRun run(const std::string& args, const std::string& cwd = "");
  // `text`, which `what` produced in `format`, validated likewise when the test ends.
  void validate_when_done(const std::string& text, const JsonFormat& format, const std::string& what);
  // Writes `text` to dir_/name (creating folders) and returns the path.
  std::filesystem::path write(const std::string& name, const std::string& text);
  // What `claimcheck ARGS`, run in dir_/cwd, wrote (result.out, or its -o file), validated
  // likewise when it is JSON; run() calls it, and so may tests that run the binary otherwise.
  void record_json(const std::string& args, const std::string& cwd, const CliRun& result);
  std::filesystem::path dir_;

 private:
  std::optional<ProducedJson> produced_;
};

// Installs the npm `package` under `dir` (the build tree's test tools; never committed)
// unless `installed` (a path under dir) is there already; false, with the reason in `why`,
// when npm or its registry is not available.
bool npm_install(const std::filesystem::path& dir, const std::string& package, const std::string& installed,
                 std::string& why);

// Two articles with one decimal-slip error each way round, for format tests.
inline constexpr const char* kSlipArticle =
    "Meta Stock Rises 25% on Muse Spark\n\nMeta's stock rose 2.5%, reflecting tailwinds.\n";

}  // namespace claimcheck::testing
