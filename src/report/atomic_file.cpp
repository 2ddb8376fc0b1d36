#include "report/atomic_file.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
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

void write_file_atomically(const std::filesystem::path& target, std::string_view content) {
  const std::filesystem::path dir = target.has_parent_path() ? target.parent_path() : std::filesystem::path(".");
  // fmt, not "." + name: GCC 12 at -O3 warns falsely (-Wrestrict) on that operator+.
  TemporaryFile tmp((dir / fmt::format(".{}.XXXXXX", target.filename().string())).string(), target);
  for (std::size_t written = 0; written < content.size();) {
    const ssize_t n = ::write(tmp.fd(), content.data() + written, content.size() - written);
    if (n < 0) {
      if (errno == EINTR) continue;
      throw std::runtime_error(fmt::format("{}: cannot write: {}", target.string(), std::strerror(errno)));
    }
    written += static_cast<std::size_t>(n);
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

}  // namespace claimcheck
