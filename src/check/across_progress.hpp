#pragma once
// How far the stage after the articles has got, for a progress display (the CLI's, on
// standard error): the rules across articles form groups of claims of one subject and
// check them, then run the rules that read the whole run, then the run reads again the
// files whose excerpts a finding needs. Each of these is a step, named as a person would
// read it, with the units it counts (0 when it counts none), advanced as units are done.
// Called from the worker threads, so an implementation synchronises itself.

#include <cstddef>
#include <string_view>

namespace claimcheck {

class AcrossProgress {
 public:
  AcrossProgress() = default;
  AcrossProgress(const AcrossProgress&) = delete;
  AcrossProgress& operator=(const AcrossProgress&) = delete;
  virtual ~AcrossProgress() = default;

  // A step begins: `what` ("grouping claims", "comparing groups", "rule outlier-majority"),
  // and how many `units` ("groups", "files") it will count up to.
  virtual void step(std::string_view what, std::size_t total, std::string_view units) = 0;
  // `done` more units of the current step are done.
  virtual void step_advance(std::size_t done) = 0;
};

}  // namespace claimcheck
