#pragma once
// One loop shape for work split over threads (files in the pipeline, groups in the rule
// engine): indices are handed out one at a time to a fixed set of threads and each
// result goes to its own slot, so the output order never depends on the thread count.

#include <atomic>
#include <cstddef>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace claimcheck {

// Calls work(i) once for every i in [0, count) on up to `threads` threads (the calling
// thread among them). After a call throws, no new index is handed out; the first
// exception is rethrown once every thread has stopped.
template <typename Work>
void parallel_for(std::size_t count, unsigned threads, Work&& work) {
  std::atomic<std::size_t> next{0};
  std::atomic<bool> failed{false};
  std::exception_ptr failure;
  std::mutex failure_mutex;
  auto run = [&] {
    for (std::size_t i = next++; i < count && !failed; i = next++) {
      try {
        work(i);
      } catch (...) {
        const std::lock_guard lock(failure_mutex);
        if (!failure) failure = std::current_exception();
        failed = true;
      }
    }
  };
  {
    std::vector<std::jthread> workers;
    for (unsigned t = 1; t < threads && t < count; ++t) workers.emplace_back(run);
    run();
  }  // the workers join here
  if (failure) std::rethrow_exception(failure);
}

// Calls work(i, slot) for every i in [0, count), handing out blocks of `block` indices
// (many small items, such as the groups of a large archive, need no slot each). Every
// block writes its own slot, and the slots come back in index order, so what the work
// writes does not depend on the thread count.
template <typename Slot, typename Work>
std::vector<Slot> parallel_blocks(std::size_t count, std::size_t block, unsigned threads, Work&& work) {
  std::vector<Slot> slots((count + block - 1) / block);
  parallel_for(slots.size(), threads, [&](std::size_t b) {
    for (std::size_t i = b * block; i < count && i < (b + 1) * block; ++i) work(i, slots[b]);
  });
  return slots;
}

}  // namespace claimcheck
