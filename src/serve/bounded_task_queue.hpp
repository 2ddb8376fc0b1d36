#pragma once
// cpp-httplib's task queue with a bound. httplib hands the queue one task a connection
// (the connection's requests, kept alive, are all served in it); its own ThreadPool
// queues every accepted connection without limit, so a burst of uploads would wait in
// memory however long the wait. Here `workers` threads serve connections and up to
// `waiting` more wait for one; a connection past that goes to a thread of its own, the
// refuser, on which the server answers 503 with Retry-After at once (CheckServer asks
// refusing() before routing) and closes the connection.

#include <httplib.h>

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace claimcheck {

class BoundedTaskQueue : public httplib::TaskQueue {
 public:
  BoundedTaskQueue(unsigned workers, std::size_t waiting);
  BoundedTaskQueue(const BoundedTaskQueue&) = delete;
  BoundedTaskQueue& operator=(const BoundedTaskQueue&) = delete;
  ~BoundedTaskQueue() override;

  void enqueue(std::function<void()> task) override;
  // Runs what was queued, then joins the threads (httplib calls it as the server stops).
  void shutdown() override;

  // True on the refuser's thread: the connection it serves came over the bound.
  [[nodiscard]] bool refusing() const { return std::this_thread::get_id() == refuser_id_; }

 private:
  // The tasks one kind of thread takes, and the threads that take them.
  struct Lane {
    std::deque<std::function<void()>> tasks;
    std::condition_variable ready;
  };
  void serve(Lane& lane, bool admitted);

  const std::size_t capacity_;  // connections admitted at once: running and waiting
  std::mutex mutex_;
  Lane admitted_;
  Lane refused_;
  std::size_t in_flight_ = 0;  // admitted connections queued or running
  bool stopping_ = false;
  std::vector<std::thread> threads_;  // the workers, then the refuser
  std::thread::id refuser_id_;
};

}  // namespace claimcheck
