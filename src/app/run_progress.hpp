#pragma once
// How far a run has got, for a progress display (the CLI's, on standard error): told the
// size of the work once the inputs are collected, then of the bytes analysed (a file, or
// a window of a large JSON Lines file, so that one big export shows progress too) and of
// each file done; then, for a check, of the steps across the articles (AcrossProgress).
// Called from the worker threads, so an implementation synchronises itself.

#include <cstddef>
#include <cstdint>

#include "check/across_progress.hpp"

namespace claimcheck {

class RunProgress : public AcrossProgress {
 public:
  virtual void start(std::size_t files, std::uintmax_t bytes) = 0;
  virtual void advance(std::uintmax_t bytes) = 0;
  virtual void file_done() = 0;
};

}  // namespace claimcheck
