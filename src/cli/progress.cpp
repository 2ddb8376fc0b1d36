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
    const Clock::time_point now = Clock::now();
    const Clock::time_point files_end = across_ ? across_begin_ : now;
    const double seconds = std::chrono::duration<double>(files_end - begin_).count();
    const std::string across = across_ ? fmt::format("; across articles: {} groups in {:.1f} s", groups_,
                                                     std::chrono::duration<double>(now - across_begin_).count())
                                       : std::string();
    fmt::print(out_, "claimcheck: {}/{} files, {:.1f} MB in {:.1f} s ({:.1f} MB/s){}\n", files_done_, files_,
               static_cast<double>(bytes_done_) / kMegabyte, seconds,
               seconds > 0 ? static_cast<double>(bytes_done_) / kMegabyte / seconds : 0.0, across);
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

void StderrProgress::step(std::string_view what, std::size_t total, std::string_view units) {
  const std::scoped_lock lock(mutex_);
  const Clock::time_point now = Clock::now();
  if (!across_) across_begin_ = now;
  across_ = true;
  step_ = what;
  step_units_ = units;
  step_begin_ = now;
  step_total_ = total;
  step_done_ = 0;
  if (units == "groups") groups_ += total;
  // Each step is drawn as it begins, past the throttle (there are a handful): a log shows
  // where a long check spends its time, a terminal which step it is in.
  if (forced_ || now - begin_ >= kQuietStart) draw(now);
}

void StderrProgress::step_advance(std::size_t done) {
  const std::scoped_lock lock(mutex_);
  step_done_ += done;
  maybe_draw();
}

std::string StderrProgress::step_text(Clock::time_point now) const {
  if (step_total_ == 0) return fmt::format("; across articles: {}", step_);
  const double seconds = std::chrono::duration<double>(now - step_begin_).count();
  const double rate = seconds > 0 ? static_cast<double>(step_done_) / seconds : 0.0;
  const std::string left =
      rate > 0 ? fmt::format(", about {} left",
                             minutes(static_cast<double>(step_total_ - std::min(step_total_, step_done_)) / rate))
               : std::string();
  return fmt::format("; across articles: {}, {}/{} {}{}", step_, step_done_, step_total_, step_units_, left);
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
      across_ ? fmt::format("claimcheck: {}/{} files{}", files_done_, files_, step_text(now))
              : fmt::format("claimcheck: {}/{} files, {:.1f} MB/s{}", files_done_, files_, rate / kMegabyte, left);
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
