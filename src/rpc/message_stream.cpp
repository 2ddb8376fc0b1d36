#include "rpc/message_stream.hpp"

#include <fmt/format.h>
#include <poll.h>
#include <unistd.h>

#include <cctype>
#include <cerrno>
#include <charconv>
#include <ostream>

namespace claimcheck {

namespace {

// Headers are a line or two; a client that sends more is not speaking the protocol.
constexpr std::size_t kMaxHeaderBytes = 4096;
constexpr std::size_t kReadChunk = std::size_t{64} * 1024;

bool same_name(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i]))) return false;
  }
  return true;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// The Content-Length of a header block, if it has exactly one well-formed one.
std::optional<std::size_t> content_length(std::string_view headers) {
  std::optional<std::size_t> length;
  while (!headers.empty()) {
    const std::size_t eol = headers.find("\r\n");
    const std::string_view line = headers.substr(0, eol);
    headers.remove_prefix(eol == std::string_view::npos ? headers.size() : eol + 2);
    const std::size_t colon = line.find(':');
    if (colon == std::string_view::npos) return std::nullopt;
    if (!same_name(trim(line.substr(0, colon)), "Content-Length")) continue;
    const std::string_view value = trim(line.substr(colon + 1));
    std::size_t n = 0;
    const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), n);
    if (length || value.empty() || ec != std::errc{} || end != value.data() + value.size()) return std::nullopt;
    length = n;
  }
  return length;
}

ReadEvent event(ReadEvent::Kind kind, std::string text = {}) { return ReadEvent{kind, std::move(text)}; }

}  // namespace

MessageReader::MessageReader(int fd, Framing framing, std::size_t max_message_bytes)
    : fd_(fd), framing_(framing), max_bytes_(max_message_bytes) {}

bool MessageReader::fill(int timeout_ms) {
  if (at_end_) return false;
  pollfd p{fd_, POLLIN, 0};
  int ready = 0;
  do {
    ready = ::poll(&p, 1, timeout_ms);
  } while (ready < 0 && errno == EINTR);
  if (ready == 0) {
    timed_out_ = true;
    return false;
  }
  char chunk[kReadChunk];
  ssize_t n = 0;
  do {
    n = ::read(fd_, chunk, sizeof chunk);
  } while (n < 0 && errno == EINTR);
  if (n <= 0) {
    at_end_ = true;
    return false;
  }
  buffer_.append(chunk, static_cast<std::size_t>(n));
  return true;
}

bool MessageReader::skip_buffered() {
  if (skip_ > 0) {
    const std::size_t dropped = std::min(skip_, buffer_.size());
    buffer_.erase(0, dropped);
    skip_ -= dropped;
  }
  if (skip_to_newline_) {
    const std::size_t eol = buffer_.find('\n');
    buffer_.erase(0, eol == std::string::npos ? buffer_.size() : eol + 1);
    skip_to_newline_ = eol == std::string::npos;
  }
  return skip_ == 0 && !skip_to_newline_;
}

ReadEvent MessageReader::next(int timeout_ms) {
  timed_out_ = false;
  for (;;) {
    if (skip_buffered()) {
      ReadEvent e = framing_ == Framing::ContentLength ? next_framed() : next_line();
      if (e.kind != ReadEvent::Kind::Timeout) return e;  // Timeout here: not complete yet
    }
    if (fill(timeout_ms)) continue;
    if (timed_out_) return event(ReadEvent::Kind::Timeout);
    // The input is closed: what is left is a message cut short.
    resync_ = false;
    const bool cut = skip_ > 0 || body_length_ || buffer_.find_first_not_of(" \t\r\n") != std::string::npos;
    buffer_.clear();
    skip_ = 0;
    skip_to_newline_ = false;
    body_length_.reset();
    if (cut) return event(ReadEvent::Kind::Error, "the input ended inside a message");
    return event(ReadEvent::Kind::End);
  }
}

ReadEvent MessageReader::next_framed() {
  if (resync_) {  // after headers without a length: the body's end is unknown, so skip to the next header
    constexpr std::string_view header = "Content-Length:";
    const std::size_t next = buffer_.find(header);
    if (next == std::string::npos) {
      buffer_.erase(0, buffer_.size() - std::min(buffer_.size(), header.size() - 1));
      return event(ReadEvent::Kind::Timeout);
    }
    buffer_.erase(0, next);
    resync_ = false;
  }
  if (!body_length_) {
    buffer_.erase(0, std::min(buffer_.size(), buffer_.find_first_not_of("\r\n")));  // blank lines between messages
    const std::size_t header_end = buffer_.find("\r\n\r\n");
    if (header_end == std::string::npos) {
      if (buffer_.size() <= kMaxHeaderBytes) return event(ReadEvent::Kind::Timeout);
      buffer_.clear();
      return event(ReadEvent::Kind::Error,
                   fmt::format("no end of headers (an empty line) within {} bytes; input dropped", kMaxHeaderBytes));
    }
    const std::optional<std::size_t> length = content_length(std::string_view(buffer_).substr(0, header_end));
    buffer_.erase(0, header_end + 4);
    if (!length) {
      resync_ = true;
      return event(ReadEvent::Kind::Error, "missing or malformed Content-Length header; skipped to the next one");
    }
    if (*length > max_bytes_) {
      skip_ = *length;
      return event(ReadEvent::Kind::Error,
                   fmt::format("message of {} bytes is over the limit of {} bytes; skipped", *length, max_bytes_));
    }
    body_length_ = *length;
  }
  if (buffer_.size() < *body_length_) return event(ReadEvent::Kind::Timeout);
  std::string body = buffer_.substr(0, *body_length_);
  buffer_.erase(0, *body_length_);
  body_length_.reset();
  return event(ReadEvent::Kind::Message, std::move(body));
}

ReadEvent MessageReader::next_line() {
  for (;;) {
    const std::size_t eol = buffer_.find('\n');
    if (eol == std::string::npos) {
      if (buffer_.size() <= max_bytes_) return event(ReadEvent::Kind::Timeout);
      buffer_.clear();
      skip_to_newline_ = true;
      return event(ReadEvent::Kind::Error,
                   fmt::format("message over the limit of {} bytes (no end of line within it); skipped", max_bytes_));
    }
    if (eol > max_bytes_) {  // a long line that arrived whole
      buffer_.erase(0, eol + 1);
      return event(ReadEvent::Kind::Error, fmt::format("message over the limit of {} bytes; skipped", max_bytes_));
    }
    std::string line = buffer_.substr(0, eol);
    buffer_.erase(0, eol + 1);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") != std::string::npos) return event(ReadEvent::Kind::Message, std::move(line));
  }
}

void write_message(std::ostream& out, Framing framing, std::string_view body) {
  if (framing == Framing::ContentLength) out << "Content-Length: " << body.size() << "\r\n\r\n";
  out << body;
  if (framing == Framing::Lines) out << '\n';
  out.flush();
}

}  // namespace claimcheck
