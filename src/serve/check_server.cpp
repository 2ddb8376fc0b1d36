#include "serve/check_server.hpp"

#include <fmt/format.h>
#include <httplib.h>

#include <nlohmann/json.hpp>
#include <sstream>
#include <stdexcept>

#include "report/html_report.hpp"
#include "report/json_report.hpp"
#include "serve/bounded_task_queue.hpp"
#include "serve/upload_page.hpp"

namespace claimcheck {

struct CheckServer::Http {
  httplib::Server server;
  BoundedTaskQueue* queue = nullptr;  // owned by `server` while it listens
};

namespace {

constexpr const char* kJson = "application/json";
constexpr const char* kHtml = "text/html; charset=utf-8";
// What a 503 for a full server asks the client to wait, in seconds: about one check.
constexpr const char* kRetryAfterSeconds = "5";

void json_error(httplib::Response& res, int status, std::string_view message) {
  res.status = status;
  res.set_content(
      nlohmann::json{{"error", message}}.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n", kJson);
}

// The articles of the upload form: the pasted text (when not blank) and every file.
std::vector<ArticleInput> articles_from_form(const httplib::Request& req, const RequestLimits& limits) {
  std::vector<ArticleInput> articles;
  const std::string text = req.has_file("text") ? req.get_file_value("text").content : "";
  if (text.find_first_not_of(" \t\r\n") != std::string::npos) {
    const std::string name = req.has_file("name") ? req.get_file_value("name").content : "pasted.txt";
    const std::string format = req.has_file("format") ? req.get_file_value("format").content : "";
    articles.push_back({name, text, article_format(format, name)});
  }
  const auto [first, last] = req.files.equal_range("files");
  for (auto it = first; it != last; ++it) {
    const httplib::MultipartFormData& file = it->second;
    if (file.filename.empty() && file.content.empty()) continue;  // the field left empty
    articles.push_back({file.filename, file.content, article_format("", file.filename)});
  }
  check_article_limits(articles, limits);
  return articles;
}

// Runs `respond`, turning a refused request into its JSON error.
void guarded(httplib::Response& res, const std::function<void()>& respond) {
  try {
    respond();
  } catch (const RequestError& e) {
    json_error(res, e.status(), e.what());
  } catch (const std::exception& e) {
    json_error(res, 500, fmt::format("internal error: {}", e.what()));
  }
}

std::string render(const std::function<void(std::ostream&)>& write) {
  std::ostringstream out;
  write(out);
  return out.str();
}

}  // namespace

CheckServer::CheckServer(const Pipeline& pipeline, ServeOptions options)
    : pipeline_(pipeline), options_(std::move(options)), http_(std::make_unique<Http>()) {
  httplib::Server& s = http_->server;
  s.new_task_queue = [this] {
    auto queue = std::make_unique<BoundedTaskQueue>(options_.threads, options_.max_waiting);
    http_->queue = queue.get();
    return queue.release();  // httplib owns it until it stops listening
  };
  s.set_payload_max_length(options_.max_request_bytes);
  s.set_read_timeout(options_.socket_timeout.count());
  s.set_write_timeout(options_.socket_timeout.count());
  s.set_keep_alive_max_count(10);
  s.set_default_headers({{"X-Content-Type-Options", "nosniff"}, {"Cache-Control", "no-store"}});
  // A connection over the bound is answered before its request is routed, and closed.
  s.set_pre_routing_handler([this](const httplib::Request&, httplib::Response& res) {
    if (http_->queue == nullptr || !http_->queue->refusing()) return httplib::Server::HandlerResponse::Unhandled;
    json_error(res, 503,
               fmt::format("the server is busy: {} requests are being checked and {} wait; try again shortly",
                           options_.threads, options_.max_waiting));
    res.set_header("Retry-After", kRetryAfterSeconds);
    res.set_header("Connection", "close");
    return httplib::Server::HandlerResponse::Handled;
  });

  s.Get("/", [this](const httplib::Request&, httplib::Response& res) {
    res.set_content(render([&](std::ostream& out) {
                      write_upload_page(out, options_.limits.max_articles, options_.max_request_bytes);
                    }),
                    kHtml);
  });
  s.Post("/api/check", [this](const httplib::Request& req, httplib::Response& res) {
    guarded(res, [&] {
      if (req.get_header_value("Content-Type").rfind(kJson, 0) != 0) {
        throw RequestError(415, "send the articles as application/json: {\"articles\": [{\"name\", \"text\"}]}");
      }
      const RunResult result =
          check_articles(pipeline_, articles_from_json(req.body, options_.limits), options_.limits);
      res.set_content(render([&](std::ostream& out) { write_check_json(out, result); }), kJson);
    });
  });
  s.Post("/check", [this](const httplib::Request& req, httplib::Response& res) {
    guarded(res, [&] {
      if (!req.is_multipart_form_data()) throw RequestError(415, "send the form as multipart/form-data");
      const RunResult result = check_articles(pipeline_, articles_from_form(req, options_.limits), options_.limits,
                                              kDefaultArticleTextBytes);
      res.set_content(render([&](std::ostream& out) { write_check_html(out, result); }), kHtml);
    });
  });
  // Whatever httplib refuses itself (413 for a body over the limit, 404, 400) gets a body
  // that says so, in the same shape.
  s.set_error_handler([](const httplib::Request& req, httplib::Response& res) {
    if (!res.body.empty()) return;
    const std::string message =
        res.status == 413 ? "the request is larger than the server's limit (--max-request-size)"
        : res.status == 404
            ? fmt::format("no such page: {} {} (GET /, POST /check, POST /api/check)", req.method, req.path)
            : fmt::format("HTTP {}", res.status);
    json_error(res, res.status, message);
  });
}

CheckServer::~CheckServer() = default;

void CheckServer::bind() {
  httplib::Server& s = http_->server;
  port_ = options_.port == 0 ? s.bind_to_any_port(options_.host) : options_.port;
  if (port_ < 0 || (options_.port != 0 && !s.bind_to_port(options_.host, options_.port))) {
    throw std::runtime_error(fmt::format("cannot listen on {}:{}", options_.host, options_.port));
  }
}

void CheckServer::run() {
  if (!http_->server.listen_after_bind()) throw std::runtime_error("the server stopped with an error");
}

void CheckServer::stop() { http_->server.stop(); }

}  // namespace claimcheck
