// --jobs: analysing articles on several threads changes nothing in the output, not even
// the order of documents, findings or diagnostics.

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <sstream>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "report/json_report.hpp"
#include "support/parallel_for.hpp"
#include "support/test_support.hpp"

namespace claimcheck::testing {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> article_folders() {
  return {samples_dir().string(), (source_dir() / "tests" / "corpus").string()};
}

std::string check_json(const std::vector<std::string>& paths, unsigned jobs) {
  return check_report_json(pipeline().check(paths, RunOptions{jobs})).dump(2);
}

TEST(Jobs, CheckReportIsIdenticalForAnyThreadCount) {
  const std::string one = check_json(article_folders(), 1);
  ASSERT_NE(one.find("decimal-slip"), std::string::npos) << "the samples should give findings";
  for (const unsigned jobs : {2U, 3U, 64U, 0U}) EXPECT_EQ(check_json(article_folders(), jobs), one) << jobs;
}

TEST(Jobs, ParallelForVisitsEachIndexOnceAndRethrowsTheFirstError) {
  for (const unsigned threads : {1U, 2U, 7U}) {
    std::vector<int> visits(1000, 0);
    parallel_for(visits.size(), threads, [&](std::size_t i) { ++visits[i]; });
    EXPECT_EQ(std::count(visits.begin(), visits.end(), 1), 1000) << threads;
    EXPECT_THROW(parallel_for(100, threads,
                              [](std::size_t i) {
                                if (i == 42) throw std::runtime_error("boom");
                              }),
                 std::runtime_error);
  }
}

TEST(Jobs, ExtractReportIsIdenticalForAnyThreadCount) {
  const std::string one = extract_report_json(pipeline().extract(article_folders(), RunOptions{1})).dump();
  EXPECT_EQ(extract_report_json(pipeline().extract(article_folders(), RunOptions{2})).dump(), one);
}

TEST(Jobs, DiagnosticsKeepInputOrder) {
  const fs::path dir = fs::temp_directory_path() / ("claimcheck-jobs-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  std::ofstream(dir / "a-good.txt") << "Meta's shares rose 3.1% on Monday.\n";
  std::ofstream(dir / "b-empty.txt");
  std::ofstream(dir / "c-binary.txt") << std::string("rose 3%\0\0", 9);
  std::ofstream(dir / "d-slip.txt")
      << "Meta Stock Rises 25% on Muse Spark\n\nMeta's stock rose 2.5%, reflecting tailwinds.\n";
  std::ofstream(dir / "e-invalid.txt") << "Revenue rose 4% \xff\xfe to $2 billion.\n";
  const std::vector<std::string> paths{dir.string(), (dir / "missing.txt").string()};
  const RunResult one = pipeline().check(paths, RunOptions{1});
  const RunResult two = pipeline().check(paths, RunOptions{2});
  fs::remove_all(dir);
  ASSERT_EQ(one.diagnostics.size(), 4U);
  EXPECT_EQ(one.files_read, two.files_read);
  EXPECT_EQ(check_report_json(one).dump(), check_report_json(two).dump());
}

TEST(Jobs, OneJsonLinesFileIsSplitByArticleWithTheSameReport) {
  // Every corpus and sample article as a record of one file, with a broken line among them.
  const fs::path file = fs::temp_directory_path() / ("claimcheck-jobs-" + std::to_string(::getpid()) + ".jsonl");
  {
    std::ofstream out(file);
    int n = 0;
    for (const auto& folder : article_folders()) {
      for (const auto& entry : fs::directory_iterator(folder)) {
        if (entry.path().extension() != ".txt") continue;
        std::ifstream in(entry.path());
        const std::string body((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        out << nlohmann::json{{"id", entry.path().filename().string()}, {"body", body}}.dump() << '\n';
        if (++n == 5) out << "{not json\n";
      }
    }
  }
  const RunResult one = pipeline().check({file.string()}, RunOptions{1});
  const RunResult two = pipeline().check({file.string()}, RunOptions{2});
  const RunResult three = pipeline().check({file.string()}, RunOptions{3});
  fs::remove(file);
  ASSERT_GT(one.claims.size(), 20U);
  ASSERT_EQ(one.diagnostics.size(), 1U);
  EXPECT_FALSE(one.findings.empty());
  EXPECT_EQ(check_report_json(two).dump(), check_report_json(one).dump());
  EXPECT_EQ(check_report_json(three).dump(), check_report_json(one).dump());
}

TEST(Jobs, WorkerCountIsBoundedByTheWork) {
  EXPECT_EQ(resolve_jobs(RunOptions{4}, 2), 2U);
  EXPECT_EQ(resolve_jobs(RunOptions{4}, 0), 1U);
  EXPECT_EQ(resolve_jobs(RunOptions{1}, 100), 1U);
  EXPECT_EQ(resolve_jobs(RunOptions{3}, 100), 3U);
  EXPECT_EQ(resolve_jobs(RunOptions{}, 1000), std::max(1U, std::thread::hardware_concurrency()));
}

int run_cli(const std::string& args) {
  const int status = std::system((std::string(CLAIMCHECK_BINARY) + " " + args + " 2>/dev/null").c_str());
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

std::string slurp(const fs::path& p) {
  std::ifstream in(p);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

TEST(Jobs, CommandLineJobsGiveTheSameReport) {
  const fs::path dir = fs::temp_directory_path() / ("claimcheck-jobs-cli-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  const std::string inputs = samples_dir().string() + " " + (source_dir() / "tests" / "corpus").string();
  EXPECT_EQ(run_cli("check --format json --jobs 1 -o " + (dir / "one.json").string() + " " + inputs), 1);
  EXPECT_EQ(run_cli("check --format json -j 2 -o " + (dir / "two.json").string() + " " + inputs), 1);
  EXPECT_EQ(run_cli("extract --format jsonl --jobs 1 -o " + (dir / "one.jsonl").string() + " " + inputs), 0);
  EXPECT_EQ(run_cli("extract --format jsonl --jobs 2 -o " + (dir / "two.jsonl").string() + " " + inputs), 0);
  EXPECT_EQ(run_cli("check --jobs 0 " + inputs), 2) << "--jobs takes a positive number";
  const std::string one = slurp(dir / "one.json");
  EXPECT_FALSE(one.empty());
  EXPECT_EQ(slurp(dir / "two.json"), one);
  EXPECT_EQ(slurp(dir / "two.jsonl"), slurp(dir / "one.jsonl"));
  fs::remove_all(dir);
}

}  // namespace
}  // namespace claimcheck::testing
