#include "report/atomic_file.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <stdexcept>

namespace claimcheck {
namespace {

// Closes the descriptor and removes the temporary file unless released.
class TemporaryFile {
 public:
  TemporaryFile(std::string path, const std::filesystem::path& target) : path_(std::move(path)) {
    fd_ = ::mkstemp(path_.data());
    if (fd_ < 0) throw std::runtime_error(fmt::format("{}: cannot write: {}", target.string(), std::strerror(errno)));
  }
  TemporaryFile(const TemporaryFile&) = delete;
  TemporaryFile& operator=(const TemporaryFile&) = delete;
  ~TemporaryFile() {
    if (fd_ >= 0) ::close(fd_);
    if (!released_) ::unlink(path_.c_str());
  }
  [[nodiscard]] int fd() const { return fd_; }
  [[nodiscard]] const std::string& path() const { return path_; }
  void close() {
    const int fd = fd_;
    fd_ = -1;
    if (::close(fd) != 0) throw std::runtime_error(fmt::format("{}: {}", path_, std::strerror(errno)));
  }
  void release() { released_ = true; }

 private:
  std::string path_;
  int fd_ = -1;
  bool released_ = false;
};

}  // namespace

void write_file_atomically(const std::filesystem::path& target, const std::function<void(std::ostream&)>& write) {
  const std::filesystem::path dir = target.has_parent_path() ? target.parent_path() : std::filesystem::path(".");
  // fmt, not "." + name: GCC 12 at -O3 warns falsely (-Wrestrict) on that operator+.
  TemporaryFile tmp((dir / fmt::format(".{}.XXXXXX", target.filename().string())).string(), target);
  {
    std::ofstream out(tmp.path(), std::ios::binary | std::ios::trunc);
    if (out) write(out);
    out.flush();
    if (!out) throw std::runtime_error(fmt::format("{}: cannot write: {}", target.string(), std::strerror(errno)));
  }
  if (::fsync(tmp.fd()) != 0)
    throw std::runtime_error(fmt::format("{}: cannot write: {}", target.string(), std::strerror(errno)));
  ::fchmod(tmp.fd(), 0644);
  tmp.close();
  if (std::rename(tmp.path().c_str(), target.c_str()) != 0) {
    throw std::runtime_error(fmt::format("{}: cannot replace: {}", target.string(), std::strerror(errno)));
  }
  tmp.release();
}

void write_file_atomically(const std::filesystem::path& target, std::string_view content) {
  write_file_atomically(
      target, [&](std::ostream& out) { out.write(content.data(), static_cast<std::streamsize>(content.size())); });
}

}  // namespace claimcheck
