#include "report/atomic_file.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <stdexcept>

namespace claimcheck {
namespace {

// The temporary file being written, for the SIGINT/SIGTERM handler to remove: a fixed
// buffer, since a handler may only do async-signal-safe work (unlink, signal, raise).
char g_temporary[PATH_MAX + 1];
volatile std::sig_atomic_t g_have_temporary = 0;

extern "C" void remove_temporary_and_die(int sig) {
  if (g_have_temporary != 0) ::unlink(g_temporary);
  std::signal(sig, SIG_DFL);
  std::raise(sig);
}

// While alive, an interrupted or terminated run removes the temporary file first.
class SignalCleanup {
 public:
  explicit SignalCleanup(const std::string& path) {
    if (path.size() > PATH_MAX) return;
    std::memcpy(g_temporary, path.c_str(), path.size() + 1);
    g_have_temporary = 1;
    struct sigaction action {};
    action.sa_handler = remove_temporary_and_die;
    sigemptyset(&action.sa_mask);
    ::sigaction(SIGINT, &action, &old_int_);
    ::sigaction(SIGTERM, &action, &old_term_);
    ::sigaction(SIGHUP, &action, &old_hup_);
    installed_ = true;
  }
  SignalCleanup(const SignalCleanup&) = delete;
  SignalCleanup& operator=(const SignalCleanup&) = delete;
  ~SignalCleanup() {
    if (!installed_) return;
    ::sigaction(SIGINT, &old_int_, nullptr);
    ::sigaction(SIGTERM, &old_term_, nullptr);
    ::sigaction(SIGHUP, &old_hup_, nullptr);
    g_have_temporary = 0;
  }

 private:
  bool installed_ = false;
  struct sigaction old_int_ {};
  struct sigaction old_term_ {};
  struct sigaction old_hup_ {};
};

// A target that is not a regular file (a device, a FIFO, /dev/stdout) is written through:
// renaming over it would replace it with a regular file.
void write_through(const std::filesystem::path& target, const std::function<void(std::ostream&)>& write) {
  std::ofstream out(target, std::ios::binary);
  if (!out) throw std::runtime_error(fmt::format("{}: cannot write: {}", target.string(), std::strerror(errno)));
  write(out);
  out.flush();
  if (!out) throw std::runtime_error(fmt::format("{}: cannot write: {}", target.string(), std::strerror(errno)));
}

// Where a symlink at `target` points (the file that is to be replaced), or `target`: an
// existing file by its canonical path, a dangling link by following it.
std::filesystem::path resolve_symlinks(const std::filesystem::path& target) {
  std::error_code ec;
  if (!std::filesystem::is_symlink(target, ec)) return target;
  if (std::filesystem::path real = std::filesystem::canonical(target, ec); !ec) return real;
  std::filesystem::path p = target;
  for (int hops = 0; hops < 40 && std::filesystem::is_symlink(p, ec); ++hops) {
    const std::filesystem::path next = std::filesystem::read_symlink(p, ec);
    if (ec) break;
    p = next.is_absolute() ? next : p.parent_path() / next;
  }
  return p;
}

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

void write_file_atomically(const std::filesystem::path& requested, const std::function<void(std::ostream&)>& write) {
  struct stat existing {};
  const bool exists = ::stat(requested.c_str(), &existing) == 0;  // through any symlink
  if (exists && !S_ISREG(existing.st_mode) && !S_ISDIR(existing.st_mode)) {
    write_through(requested, write);
    return;
  }
  const std::filesystem::path target = resolve_symlinks(requested);
  const std::filesystem::path dir = target.has_parent_path() ? target.parent_path() : std::filesystem::path(".");
  // fmt, not "." + name: GCC 12 at -O3 warns falsely (-Wrestrict) on that operator+.
  TemporaryFile tmp((dir / fmt::format(".{}.XXXXXX", target.filename().string())).string(), target);
  const SignalCleanup cleanup(tmp.path());
  {
    std::ofstream out(tmp.path(), std::ios::binary | std::ios::trunc);
    if (out) write(out);
    out.flush();
    if (!out) throw std::runtime_error(fmt::format("{}: cannot write: {}", target.string(), std::strerror(errno)));
  }
  if (::fsync(tmp.fd()) != 0)
    throw std::runtime_error(fmt::format("{}: cannot write: {}", target.string(), std::strerror(errno)));
  // A report that exists keeps its mode and, where allowed, its owner; a new one is 0644.
  if (exists) {
    ::fchmod(tmp.fd(), existing.st_mode & 07777);
    if (::fchown(tmp.fd(), existing.st_uid, existing.st_gid) != 0) {  // only root may give a file away
    }
  } else {
    ::fchmod(tmp.fd(), 0644);
  }
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
