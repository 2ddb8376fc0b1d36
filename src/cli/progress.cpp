#include "cli/progress.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <string>

namespace claimcheck::cli {
namespace {

using namespace std::chrono_literals;

constexpr auto kQuietStart = 1s;         // a run shorter than this shows nothing on a terminal
constexpr auto kTerminalRedraw = 100ms;  // a terminal line is redrawn at most this often
constexpr auto kLogLine = 1s;            // a log gets a line at most this often
constexpr double kMegabyte = 1000.0 * 1000.0;

std::string minutes(double seconds) {
  const long long s = std::llround(seconds);
  return fmt::format("{}:{:02}", s / 60, s % 60);
}

}  // namespace

StderrProgress::StderrProgress(std::FILE* out, bool terminal, bool forced)
    : out_(out), terminal_(terminal), forced_(forced) {}

StderrProgress::~StderrProgress() {
  const std::scoped_lock lock(mutex_);
  if (terminal_ && drawn_) {
    std::fputs("\r\033[K", out_);
  } else if (!terminal_ && forced_) {
    const double seconds = std::chrono::duration<double>(Clock::now() - begin_).count();
    fmt::print(out_, "claimcheck: {}/{} files, {:.1f} MB in {:.1f} s ({:.1f} MB/s)\n", files_done_, files_,
               static_cast<double>(bytes_done_) / kMegabyte, seconds,
               seconds > 0 ? static_cast<double>(bytes_done_) / kMegabyte / seconds : 0.0);
  }
  std::fflush(out_);
}

void StderrProgress::start(std::size_t files, std::uintmax_t bytes) {
  const std::scoped_lock lock(mutex_);
  files_ = files;
  bytes_ = bytes;
  begin_ = Clock::now();
}

void StderrProgress::advance(std::uintmax_t bytes) {
  const std::scoped_lock lock(mutex_);
  bytes_done_ += bytes;
  maybe_draw();
}

void StderrProgress::file_done() {
  const std::scoped_lock lock(mutex_);
  ++files_done_;
  maybe_draw();
}

void StderrProgress::maybe_draw() {
  const Clock::time_point now = Clock::now();
  if (!forced_ && now - begin_ < kQuietStart) return;
  if (drawn_ && now - last_draw_ < (terminal_ ? Clock::duration(kTerminalRedraw) : Clock::duration(kLogLine))) return;
  draw(now);
}

void StderrProgress::draw(Clock::time_point now) {
  const double seconds = std::chrono::duration<double>(now - begin_).count();
  const double rate = seconds > 0 ? static_cast<double>(bytes_done_) / seconds : 0.0;
  const std::string left =
      rate > 0
          ? fmt::format(", about {} left", minutes(static_cast<double>(bytes_ - std::min(bytes_, bytes_done_)) / rate))
          : std::string();
  const std::string line =
      fmt::format("claimcheck: {}/{} files, {:.1f} MB/s{}", files_done_, files_, rate / kMegabyte, left);
  if (terminal_) {
    fmt::print(out_, "\r{}\033[K", line);
  } else {
    fmt::print(out_, "{}\n", line);
  }
  std::fflush(out_);
  drawn_ = true;
  last_draw_ = now;
}

}  // namespace claimcheck::cli
