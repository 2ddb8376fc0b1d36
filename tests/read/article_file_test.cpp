#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "read/document_reader.hpp"

namespace claimcheck {
namespace {

namespace fs = std::filesystem;

struct Article {
  std::size_t index;
  std::string id;
  std::string bytes;
  std::size_t origin_offset;
  std::uint32_t origin_line;
  friend bool operator==(const Article&, const Article&) = default;
};

std::vector<Article> read_all(const fs::path& path, std::size_t window_bytes) {
  ArticleFile file(path.string(), kDefaultMaxDocumentBytes, window_bytes);
  std::vector<Article> out;
  while (file.next_window()) {
    for (std::size_t i = 0; i < file.size(); ++i) {
      const SourceDocument doc = file.take(i);
      out.push_back({file.first_index() + i, doc.id, doc.bytes, doc.origin_offset, doc.origin_line});
    }
  }
  return out;
}

TEST(ArticleFile, JsonLinesWindowsGiveTheArticlesOfOneWholeRead) {
  const fs::path path = fs::temp_directory_path() / ("claimcheck-window-" + std::to_string(::getpid()) + ".jsonl");
  {
    std::ofstream out(path, std::ios::binary);
    out << "{\"id\": \"a\", \"body\": \"Acme rose 2.5%.\"}\n\n   \n";
    out << "{\"id\": \"long\", \"body\": \"" << std::string(500, 'x') << " fell 3%.\"}\r\n";
    for (int i = 0; i < 20; ++i)
      out << "{\"id\": \"n" << i << "\", \"body\": \"Item " << i << " was $" << i << "m.\"}\n";
    out << "{\"id\": \"last\", \"body\": \"No newline at the end.\"}";
  }
  const std::vector<Article> whole = read_all(path, kJsonlWindowBytes);
  ASSERT_EQ(whole.size(), 23U);
  EXPECT_EQ(whole[1].id, path.string() + "#long");
  EXPECT_EQ(whole[1].origin_line, 4U);
  EXPECT_EQ(whole.back().id, path.string() + "#last");
  for (const std::size_t window : {1UL, 7UL, 64UL, 100UL, 1000UL}) EXPECT_EQ(read_all(path, window), whole) << window;
  fs::remove(path);
}

TEST(ArticleFile, TheSizeLimitOfAJsonLinesFileIsOnEachRecord) {
  const fs::path path = fs::temp_directory_path() / ("claimcheck-limit-" + std::to_string(::getpid()) + ".jsonl");
  {
    std::ofstream out(path, std::ios::binary);
    for (int i = 0; i < 10; ++i) out << "{\"id\": \"n" << i << "\", \"body\": \"Item " << i << " was $2m.\"}\n";
    out << "{\"id\": \"big\", \"body\": \"" << std::string(200, 'x') << "\"}\n";
  }
  ArticleFile file(path.string(), 100, 64);  // the file is over 100 bytes; its small records are not
  std::size_t read = 0;
  std::string refused;
  std::uint32_t refused_line = 0;
  while (file.next_window()) {
    for (std::size_t i = 0; i < file.size(); ++i) {
      try {
        (void)file.take(i);
        ++read;
      } catch (const InputError& e) {
        refused = e.what();
        refused_line = e.line();
      }
    }
  }
  EXPECT_EQ(read, 10U);
  EXPECT_EQ(refused, "line 11: record is 225 bytes, over the limit of 100 bytes");
  EXPECT_EQ(refused_line, 11U);
  fs::remove(path);
}

TEST(ArticleFile, APlainFileIsOneArticleInOneWindow) {
  const fs::path path = fs::temp_directory_path() / ("claimcheck-window-" + std::to_string(::getpid()) + ".txt");
  std::ofstream(path) << "Acme rose 2.5%.\n";
  const std::vector<Article> articles = read_all(path, 4);
  ASSERT_EQ(articles.size(), 1U);
  EXPECT_EQ(articles[0].bytes, "Acme rose 2.5%.\n");
  fs::remove(path);
}

// A line far longer than the record limit is refused as it is read, not read whole first
// (one 10 GB line would be held in memory to be refused).
TEST(ArticleFile, AnOverlongLineIsRefusedBeforeItIsReadWhole) {
  const fs::path path = fs::temp_directory_path() / ("claimcheck-longline-" + std::to_string(::getpid()) + ".jsonl");
  {
    std::ofstream out(path, std::ios::binary);
    out << R"({"id": "a", "body": "Revenue rose 5%."})" << '\n';
    out << R"({"id": "b", "body": ")" << std::string(1 << 20, 'x') << "\"}\n";
  }
  ArticleFile file(path.string(), 4096, 1024);
  std::size_t articles = 0;
  try {
    while (file.next_window()) articles += file.size();
    ADD_FAILURE() << "the long line was read whole";
  } catch (const InputError& e) {
    EXPECT_EQ(std::string(e.what()),
              "line 2: record is over the limit of 4096 bytes; the rest of the file is not read");
  }
  EXPECT_EQ(articles, 1U);
  fs::remove(path);
}

}  // namespace
}  // namespace claimcheck
