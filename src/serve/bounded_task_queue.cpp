#include "serve/bounded_task_queue.hpp"

#include <algorithm>
#include <utility>

namespace claimcheck {

BoundedTaskQueue::BoundedTaskQueue(unsigned workers, std::size_t waiting) : capacity_(std::max(1U, workers) + waiting) {
  const unsigned n = std::max(1U, workers);
  threads_.reserve(n + 1);
  for (unsigned i = 0; i < n; ++i) threads_.emplace_back([this] { serve(admitted_, true); });
  threads_.emplace_back([this] { serve(refused_, false); });
  const std::scoped_lock lock(mutex_);  // published to the threads with the first task
  refuser_id_ = threads_.back().get_id();
}

BoundedTaskQueue::~BoundedTaskQueue() { shutdown(); }

void BoundedTaskQueue::enqueue(std::function<void()> task) {
  {
    const std::scoped_lock lock(mutex_);
    if (in_flight_ < capacity_) {
      ++in_flight_;
      admitted_.tasks.push_back(std::move(task));
      admitted_.ready.notify_one();
      return;
    }
    refused_.tasks.push_back(std::move(task));
  }
  refused_.ready.notify_one();
}

void BoundedTaskQueue::shutdown() {
  {
    const std::scoped_lock lock(mutex_);
    if (stopping_) return;
    stopping_ = true;
  }
  admitted_.ready.notify_all();
  refused_.ready.notify_all();
  for (std::thread& t : threads_) t.join();
}

void BoundedTaskQueue::serve(Lane& lane, bool admitted) {
  for (;;) {
    std::function<void()> task;
    {
      std::unique_lock lock(mutex_);
      lane.ready.wait(lock, [&] { return stopping_ || !lane.tasks.empty(); });
      if (lane.tasks.empty()) return;  // stopping, and nothing left to close
      task = std::move(lane.tasks.front());
      lane.tasks.pop_front();
    }
    task();  // httplib's: serves the connection and closes it; never throws
    if (admitted) {
      const std::scoped_lock lock(mutex_);
      --in_flight_;
    }
  }
}

}  // namespace claimcheck
