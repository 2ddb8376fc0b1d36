#include "read/input_collector.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <filesystem>
#include <string>
#include <system_error>

#include "model/report_marker.hpp"
#include "read/glob.hpp"
#include "read/ignore_files.hpp"

namespace claimcheck {
namespace {

namespace fs = std::filesystem;

constexpr std::array<std::string_view, 6> kArticleExtensions{".txt", ".md", ".markdown", ".html", ".htm", ".jsonl"};

bool is_article(const fs::path& p) {
  const std::string ext = p.extension().string();
  return std::find(kArticleExtensions.begin(), kArticleExtensions.end(), ext) != kArticleExtensions.end();
}

// Project documentation found while walking a folder is not an article.
bool is_documentation(const fs::path& p) {
  std::string stem = p.stem().string();
  std::transform(stem.begin(), stem.end(), stem.begin(), [](unsigned char c) { return std::toupper(c); });
  return stem == "README" || stem == "CHANGELOG" || stem == "LICENSE" || stem == "CONTRIBUTING";
}

bool is_hidden(const fs::path& p) {
  const std::string name = p.filename().string();
  return name.size() > 1 && name[0] == '.';
}

bool any_matches(const std::vector<std::string>& patterns, const std::string& relative) {
  return std::any_of(patterns.begin(), patterns.end(), [&](const std::string& p) { return path_matches(p, relative); });
}

// Whether an include pattern takes `relative`, marking every pattern that does.
bool included(const std::vector<std::string>& patterns, const std::string& relative, std::vector<bool>& used) {
  bool taken = false;
  for (std::size_t i = 0; i < patterns.size(); ++i) {
    if (path_matches(patterns[i], relative)) taken = used[i] = true;
  }
  return taken;
}

// Whether `p` is one of the files the run writes (a report from -o, a baseline).
bool is_own_output(const fs::path& p, const std::vector<FileIdentity>& outputs) {
  if (outputs.empty()) return false;
  struct stat st {};
  if (::stat(p.c_str(), &st) != 0) return false;
  return std::any_of(outputs.begin(), outputs.end(),
                     [&](const FileIdentity& o) { return o.device == st.st_dev && o.inode == st.st_ino; });
}

// Whether the regular file at `p` starts like a report claimcheck wrote (its mark in the
// first bytes): read back, its excerpts would be checked again as an article.
bool is_own_report(const fs::path& p) {
  const int fd = ::open(p.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) return false;  // the reader names the problem when it opens the file
  std::string head(kReportMarkerWindow, '\0');
  std::size_t have = 0;
  while (have < head.size()) {
    const ssize_t n = ::read(fd, head.data() + have, head.size() - have);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    have += static_cast<std::size_t>(n);
  }
  ::close(fd);
  head.resize(have);
  return carries_report_marker(head);
}

Diagnostic skipped_report(const std::string& path) {
  return {DiagnosticLevel::Notice, path,
          fmt::format("a report claimcheck wrote (its first bytes carry the '{}' mark), not an article: not read",
                      kReportMarker)};
}

// A folder walk that took no file, or an --include pattern that took none in any walk, is
// an error naming it (ESLint's "No files matching the pattern"), or a notice when the run
// allows it (--no-error-on-unmatched-pattern).
void report_unmatched(const InputFilter& filter, const std::vector<std::string>& empty_folders,
                      const std::vector<bool>& include_used, bool walked, Diagnostics& out) {
  const DiagnosticLevel level = filter.allow_unmatched ? DiagnosticLevel::Notice : DiagnosticLevel::Error;
  const std::string how = filter.allow_unmatched ? "" : " (--no-error-on-unmatched-pattern allows it)";
  std::string patterns;
  for (const std::string& p : filter.include) patterns += fmt::format("{}'{}'", patterns.empty() ? "" : ", ", p);
  for (const std::string& folder : empty_folders) {
    out.push_back({level, folder,
                   filter.include.empty()
                       ? fmt::format("no article file here (.txt .md .markdown .html .htm .jsonl){}", how)
                       : fmt::format("no file here matches --include {}{}", patterns, how)});
  }
  if (!walked || !empty_folders.empty()) return;  // the folder's error already names the patterns
  for (std::size_t i = 0; i < filter.include.size(); ++i) {
    if (!include_used[i]) {
      out.push_back({level, fmt::format("--include '{}'", filter.include[i]), fmt::format("matched no file{}", how)});
    }
  }
}

// "no such file or directory" only when that is what it is: a name too long, a symlink
// loop or a path through a file say so.
std::string status_error(const std::error_code& ec) {
  if (!ec || ec == std::errc::no_such_file_or_directory) return "no such file or directory";
  return ec.message();
}

}  // namespace

bool is_article_name(const std::string& name) {
  const fs::path p(name);
  return is_article(p) && !is_hidden(p) && !is_documentation(p);
}

CollectedInputs collect_inputs(const std::vector<std::string>& paths, const InputFilter& filter) {
  CollectedInputs out;
  std::vector<bool> include_used(filter.include.size(), false);
  std::vector<std::string> empty_folders;
  bool walked = false;
  for (const std::string& path : paths) {
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (ec || !fs::exists(status)) {
      out.diagnostics.push_back({DiagnosticLevel::Error, path, status_error(ec)});
      continue;
    }
    if (!fs::is_directory(status)) {
      // Only a regular file is peeked at: opening a FIFO here would take its data.
      if (fs::is_regular_file(status) && is_own_report(path)) {
        out.diagnostics.push_back(skipped_report(path));
      } else {
        out.files.push_back(path);
      }
      continue;
    }
    // An explicit walk, one folder at a time: a folder that cannot be read is one
    // diagnostic and the walk goes on with the others; nesting is capped.
    std::vector<std::string> found;
    std::vector<std::string> reports;
    const std::size_t problems_before = out.diagnostics.size();
    struct Folder {
      fs::path dir;
      std::size_t depth = 0;
      IgnoreRules ignore;
    };
    std::vector<Folder> pending;
    pending.push_back({fs::path(path), 0, filter.ignore_files ? IgnoreRules::for_walk_root(path) : IgnoreRules{}});
    bool too_deep = false;
    while (!pending.empty()) {
      const auto [dir, depth, ignore] = std::move(pending.back());
      pending.pop_back();
      fs::directory_iterator it(dir, ec);
      if (ec) {
        out.diagnostics.push_back(
            {DiagnosticLevel::Error, dir.string(), fmt::format("cannot read directory: {}", ec.message())});
        continue;
      }
      for (; it != fs::directory_iterator(); it.increment(ec)) {
        if (ec) {
          out.diagnostics.push_back(
              {DiagnosticLevel::Error, dir.string(), fmt::format("cannot read directory: {}", ec.message())});
          break;
        }
        const fs::path& entry = it->path();
        std::error_code entry_ec;
        const std::string relative = entry.lexically_relative(path).generic_string();
        const bool is_dir = it->is_directory(entry_ec);
        if (is_hidden(entry) || any_matches(filter.exclude, is_dir ? relative + "/" : relative) ||
            (is_dir && any_matches(filter.exclude, relative)) || ignore.ignores(relative, is_dir)) {
          continue;
        }
        if (is_dir) {
          if (it->is_symlink(entry_ec)) continue;  // symlinked folders are not followed
          if (depth + 1 > kMaxWalkDepth) {
            if (!too_deep) {
              out.diagnostics.push_back(
                  {DiagnosticLevel::Error, entry.string(),
                   fmt::format("folders nested more than {} levels deep are not walked", kMaxWalkDepth)});
            }
            too_deep = true;
            continue;
          }
          pending.push_back({entry, depth + 1, filter.ignore_files ? ignore.enter(entry, relative) : ignore});
          continue;
        }
        if (!it->is_regular_file(entry_ec) || is_documentation(entry)) continue;
        if (filter.include.empty() ? is_article(entry) : included(filter.include, relative, include_used)) {
          if (is_own_report(entry)) {
            reports.push_back(entry.string());
          } else if (!is_own_output(entry, filter.outputs)) {
            found.push_back(entry.string());
          }
        }
      }
    }
    walked = true;
    if (found.empty() && out.diagnostics.size() == problems_before) empty_folders.push_back(path);
    std::sort(found.begin(), found.end());
    out.files.insert(out.files.end(), found.begin(), found.end());
    std::sort(reports.begin(), reports.end());
    for (const std::string& report : reports) out.diagnostics.push_back(skipped_report(report));
  }
  report_unmatched(filter, empty_folders, include_used, walked, out.diagnostics);
  return out;
}

}  // namespace claimcheck
