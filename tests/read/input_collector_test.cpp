#include "read/input_collector.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

namespace claimcheck {
namespace {

namespace fs = std::filesystem;

class InputCollectorTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("claimcheck-inputs-" + std::to_string(::getpid()));
    fs::create_directories(dir_ / "sub" / ".hidden");
    for (const char* name : {"b.txt", "a.md", "sub/c.html", "sub/.hidden/d.txt", "notes.pdf", "README.md"}) {
      std::ofstream(dir_ / name) << "x";
    }
  }
  void TearDown() override { fs::remove_all(dir_); }
  fs::path dir_;
};

TEST_F(InputCollectorTest, WalksDirectoriesInSortedOrderKeepingArticles) {
  const auto got = collect_inputs({dir_.string()});
  EXPECT_TRUE(got.diagnostics.empty());
  const std::vector<std::string> want{(dir_ / "a.md").string(), (dir_ / "b.txt").string(),
                                      (dir_ / "sub" / "c.html").string()};
  EXPECT_EQ(got.files, want);
}

TEST_F(InputCollectorTest, NamedFilesAreKeptWhateverTheirExtension) {
  const auto got = collect_inputs({(dir_ / "notes.pdf").string(), (dir_ / "README.md").string()});
  EXPECT_EQ(got.files.size(), 2U);
}

TEST_F(InputCollectorTest, MissingPathIsADiagnosticNamingIt) {
  const auto got = collect_inputs({(dir_ / "nope.txt").string(), (dir_ / "b.txt").string()});
  ASSERT_EQ(got.diagnostics.size(), 1U);
  EXPECT_NE(got.diagnostics[0].path.find("nope.txt"), std::string::npos);
  EXPECT_EQ(got.files.size(), 1U);
}

}  // namespace
}  // namespace claimcheck
