#pragma once
// `claimcheck serve`: a local web page and API over the same pipeline as `check`.
//   GET  /            the upload page (serve/upload_page.hpp)
//   POST /check       the page's form (multipart: "text", "name", "format", "files") ->
//                     the HTML report (report/html_report.hpp)
//   POST /api/check   {"articles": [{"name", "text", "format"?}]} (application/json) ->
//                     the JSON report, the schema of `check --format json`
// A refused request is a JSON {"error": "..."} with its 4xx (or 503) status, the HTML form
// included. Limits: the request's size (413), the number and size of its articles, a time
// limit per request, socket read/write timeouts, a fixed number of worker threads and of
// connections waiting for one (past them, 503 with Retry-After). Binds 127.0.0.1 unless told otherwise; never
// writes to disk (cpp-httplib keeps uploads in memory).

#include <functional>
#include <memory>
#include <string>

#include "app/pipeline.hpp"
#include "serve/check_request.hpp"

namespace claimcheck {

struct ServeOptions {
  std::string host = "127.0.0.1";
  int port = 8080;  // 0: any free port (CheckServer::port() says which)
  std::size_t max_request_bytes = std::size_t{8} << 20U;
  unsigned threads = 2;  // requests handled at once
  // Connections that may wait for a thread; one past them is answered 503 with Retry-After
  // (serve/bounded_task_queue.hpp).
  std::size_t max_waiting = 8;
  std::chrono::seconds socket_timeout{10};
  RequestLimits limits;
};

class CheckServer {
 public:
  // `pipeline` must outlive the server; it is shared, read-only, by the worker threads.
  CheckServer(const Pipeline& pipeline, ServeOptions options);
  ~CheckServer();
  CheckServer(const CheckServer&) = delete;
  CheckServer& operator=(const CheckServer&) = delete;

  // Binds options.host:options.port; throws std::runtime_error naming them if it cannot.
  void bind();
  [[nodiscard]] int port() const { return port_; }
  // Serves until stop() (from another thread or a signal handler's thread).
  void run();
  void stop();

 private:
  struct Http;  // cpp-httplib's server, kept out of this header
  const Pipeline& pipeline_;
  ServeOptions options_;
  std::unique_ptr<Http> http_;
  int port_ = 0;
};

}  // namespace claimcheck
