#pragma once
// Opening the files a user names without trusting what they are: a FIFO or a character
// device named on the command line (or as --config, --baseline, a claim stream) would
// block the run forever or feed it without end. The file is opened non-blocking (so a
// FIFO with no writer does not block the open) and fstat'ed; anything but a regular file
// is refused with a reason naming what it is. Reads are capped, so no stream is unbounded.

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstddef>
#include <cstring>
#include <string>
#include <utility>

namespace claimcheck {

// What a non-regular file is, for an error message ("is a FIFO (named pipe), ...").
inline std::string not_regular_reason(mode_t mode) {
  if (S_ISDIR(mode)) return "is a directory";
  if (S_ISFIFO(mode)) return "is a FIFO (named pipe), not a regular file";
  if (S_ISCHR(mode)) return "is a character device, not a regular file";
  if (S_ISBLK(mode)) return "is a block device, not a regular file";
  if (S_ISSOCK(mode)) return "is a socket, not a regular file";
  return "is not a regular file";
}

enum class ReadStatus { Ok, TooLarge, Error };

// Reads `fd` to its end into `out`, but never more than `max_bytes` (then TooLarge, with
// `out` holding max_bytes + 1 bytes at most). Retries on EINTR.
inline ReadStatus read_capped(int fd, std::size_t max_bytes, std::string& out, std::size_t size_hint = 0) {
  out.clear();
  std::size_t chunk = std::max<std::size_t>(std::min(size_hint, max_bytes) + 1, std::size_t{1} << 16);
  for (;;) {
    const std::size_t at = out.size();
    const std::size_t room = max_bytes - std::min(max_bytes, at) + 1;  // one byte past the cap tells it is over
    out.resize(at + std::min(chunk, room));
    const ssize_t n = ::read(fd, out.data() + at, out.size() - at);
    if (n < 0 && errno == EINTR) {
      out.resize(at);
      continue;
    }
    if (n < 0) {
      out.resize(at);
      return ReadStatus::Error;
    }
    out.resize(at + static_cast<std::size_t>(n));
    if (out.size() > max_bytes) return ReadStatus::TooLarge;
    if (n == 0) return ReadStatus::Ok;
    chunk = std::min<std::size_t>(chunk * 2, std::size_t{64} << 20);
  }
}

// A regular file open for reading, or the reason it is not (error()).
class ReadableFile {
 public:
  ReadableFile() = default;  // not open
  explicit ReadableFile(const std::string& path) {
    fd_ = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd_ < 0) {
      error_ = std::string("cannot open: ") + std::strerror(errno);
      open_failed_ = true;
      return;
    }
    struct stat st {};
    if (::fstat(fd_, &st) != 0) {
      error_ = std::string("cannot open: ") + std::strerror(errno);
    } else if (!S_ISREG(st.st_mode)) {
      error_ = not_regular_reason(st.st_mode);
    }
    if (!error_.empty()) {
      ::close(fd_);
      fd_ = -1;
      return;
    }
    const int flags = ::fcntl(fd_, F_GETFL);
    if (flags >= 0) ::fcntl(fd_, F_SETFL, flags & ~O_NONBLOCK);
    size_ = static_cast<std::size_t>(st.st_size);
    device_ = st.st_dev;
    inode_ = st.st_ino;
  }
  ReadableFile(const ReadableFile&) = delete;
  ReadableFile& operator=(const ReadableFile&) = delete;
  ReadableFile(ReadableFile&& other) noexcept
      : fd_(std::exchange(other.fd_, -1)),
        size_(other.size_),
        device_(other.device_),
        inode_(other.inode_),
        error_(std::move(other.error_)),
        open_failed_(other.open_failed_) {}
  ReadableFile& operator=(ReadableFile&& other) noexcept {
    if (this != &other) {
      if (fd_ >= 0) ::close(fd_);
      fd_ = std::exchange(other.fd_, -1);
      size_ = other.size_;
      device_ = other.device_;
      inode_ = other.inode_;
      error_ = std::move(other.error_);
      open_failed_ = other.open_failed_;
    }
    return *this;
  }
  ~ReadableFile() {
    if (fd_ >= 0) ::close(fd_);
  }

  [[nodiscard]] bool ok() const { return fd_ >= 0; }
  [[nodiscard]] const std::string& error() const { return error_; }
  // Not opened at all (missing, no permission), as opposed to opened and refused.
  [[nodiscard]] bool open_failed() const { return open_failed_; }
  [[nodiscard]] int fd() const { return fd_; }
  [[nodiscard]] std::size_t size() const { return size_; }  // as fstat saw it
  [[nodiscard]] dev_t device() const { return device_; }
  [[nodiscard]] ino_t inode() const { return inode_; }

  // Up to `n` bytes (fewer at the end of the file: 0 there); -1 on a read error.
  ssize_t read(char* buffer, std::size_t n) const {
    std::size_t got = 0;
    while (got < n) {
      const ssize_t r = ::read(fd_, buffer + got, n - got);
      if (r < 0 && errno == EINTR) continue;
      if (r < 0) return -1;
      if (r == 0) break;
      got += static_cast<std::size_t>(r);
    }
    return static_cast<ssize_t>(got);
  }
  // The rest of the file, at most max_bytes.
  ReadStatus read_all(std::string& out, std::size_t max_bytes) const { return read_capped(fd_, max_bytes, out, size_); }

 private:
  int fd_ = -1;
  std::size_t size_ = 0;
  dev_t device_ = 0;
  ino_t inode_ = 0;
  std::string error_;
  bool open_failed_ = false;
};

// A small file a user names (a configuration, a baseline) read whole, or the one-line
// reason it cannot be, naming the file and calling it `what`: "F: cannot open baseline",
// "F: configuration file is a FIFO (named pipe), ...", "F: baseline is over the limit of
// N bytes", "F: cannot read baseline: <errno text>". Throws Error(path, reason): the
// reason without the file's name, which the error keeps apart (model/input_error.hpp).
template <typename Error>
std::string read_named_file(const std::string& path, const std::string& what, std::size_t max_bytes) {
  const ReadableFile in(path);
  if (in.open_failed()) throw Error(path, "cannot open " + what);
  if (!in.ok()) throw Error(path, what + " " + in.error());
  std::string text;
  switch (in.read_all(text, max_bytes)) {
    case ReadStatus::Ok:
      break;
    case ReadStatus::TooLarge:
      throw Error(path, what + " is over the limit of " + std::to_string(max_bytes) + " bytes");
    case ReadStatus::Error:
      throw Error(path, "cannot read " + what + ": " + std::strerror(errno));
  }
  return text;
}

}  // namespace claimcheck
