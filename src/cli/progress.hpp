#pragma once
// The progress line on standard error: files done of the total, MB/s and the time left,
//   claimcheck: 120/400 files, 14.2 MB/s, about 0:42 left
// then, for a check, the step across the articles, with its count where it has one:
//   claimcheck: 400/400 files; across articles: comparing claims, 3072/9000 groups, about 0:05 left
// On a terminal it is one line redrawn in place, shown once a run has taken a second,
// and erased at the end. With --progress it is also written where standard error is not
// a terminal (a CI log): a line a second from the start, a line as each step across the
// articles begins, and a last one with the totals.

#include <chrono>
#include <cstdio>
#include <mutex>
#include <string>

#include "app/run_progress.hpp"

namespace claimcheck::cli {

class StderrProgress final : public RunProgress {
 public:
  // `terminal`: redraw one line in place; `forced`: from the start (--progress).
  StderrProgress(std::FILE* out, bool terminal, bool forced);
  ~StderrProgress() override;  // erases the line, or writes the totals (see above)
  StderrProgress(const StderrProgress&) = delete;
  StderrProgress& operator=(const StderrProgress&) = delete;

  void start(std::size_t files, std::uintmax_t bytes) override;
  void advance(std::uintmax_t bytes) override;
  void file_done() override;
  void step(std::string_view what, std::size_t total, std::string_view units) override;
  void step_advance(std::size_t done) override;

 private:
  using Clock = std::chrono::steady_clock;
  void maybe_draw();                                                 // with mutex_ held: when due
  void draw(Clock::time_point now);                                  // with mutex_ held
  [[nodiscard]] std::string step_text(Clock::time_point now) const;  // with mutex_ held

  std::FILE* out_;
  bool terminal_;
  bool forced_;
  std::mutex mutex_;
  Clock::time_point begin_ = Clock::now();
  Clock::time_point last_draw_{};
  bool drawn_ = false;
  std::size_t files_ = 0;
  std::size_t files_done_ = 0;
  std::uintmax_t bytes_ = 0;
  std::uintmax_t bytes_done_ = 0;
  // The step across the articles under way, if one has begun.
  bool across_ = false;
  Clock::time_point across_begin_{};
  std::string step_;
  std::string step_units_;
  Clock::time_point step_begin_{};
  std::size_t step_total_ = 0;
  std::size_t step_done_ = 0;
  std::size_t groups_ = 0;  // groups compared, for the totals
};

}  // namespace claimcheck::cli
