#pragma once
// When long work must stop: a point in time that the work checks at its stage boundaries
// (after an article's extraction, between groups of claims) and stops at by throwing
// DeadlinePassed, which the caller that set the deadline catches (serve's time limit per
// request). Cooperative: nothing is interrupted mid-stage, so no state is left half-made,
// and a stage's inner loops stay free of checks. A default Deadline never passes.

#include <chrono>
#include <optional>
#include <stdexcept>

namespace claimcheck {

class DeadlinePassed : public std::runtime_error {
 public:
  DeadlinePassed() : std::runtime_error("the time limit passed") {}
};

class Deadline {
 public:
  using Clock = std::chrono::steady_clock;

  Deadline() = default;
  explicit Deadline(Clock::time_point at) : at_(at) {}
  static Deadline after(Clock::duration limit) { return Deadline(Clock::now() + limit); }

  [[nodiscard]] bool passed() const { return at_ && Clock::now() > *at_; }
  void throw_if_passed() const {
    if (passed()) throw DeadlinePassed();
  }

 private:
  std::optional<Clock::time_point> at_;
};

}  // namespace claimcheck
