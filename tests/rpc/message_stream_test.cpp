// Cutting JSON-RPC messages out of a byte stream: both framings, and every way the stream
// can be wrong (no Content-Length, a message over the limit, input cut short).

#include "rpc/message_stream.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <sstream>
#include <string>
#include <vector>

namespace claimcheck {
namespace {

// A pipe holding `bytes`, its writing end closed: the reader sees them, then the end.
class Pipe {
 public:
  explicit Pipe(const std::string& bytes) {
    EXPECT_EQ(::pipe(fds_), 0);
    EXPECT_EQ(::write(fds_[1], bytes.data(), bytes.size()), static_cast<ssize_t>(bytes.size()));
    ::close(fds_[1]);
  }
  ~Pipe() { ::close(fds_[0]); }
  Pipe(const Pipe&) = delete;
  Pipe& operator=(const Pipe&) = delete;
  [[nodiscard]] int fd() const { return fds_[0]; }

 private:
  int fds_[2] = {-1, -1};
};

using Kind = ReadEvent::Kind;

TEST(MessageStream, ContentLengthFramesOneMessageAfterAnother) {
  const Pipe p("Content-Length: 2\r\n\r\n{}content-length:  7 \r\nContent-Type: x\r\n\r\n[1,2,3]");
  MessageReader reader(p.fd(), Framing::ContentLength);
  ReadEvent e = reader.next();
  EXPECT_EQ(e.kind, Kind::Message);
  EXPECT_EQ(e.text, "{}");
  e = reader.next();
  EXPECT_EQ(e.kind, Kind::Message);
  EXPECT_EQ(e.text, "[1,2,3]");
  EXPECT_EQ(reader.next().kind, Kind::End);
}

// Every event of a Content-Length stream up to its end: "error: ...", or a message's text.
std::vector<std::string> events(const std::string& bytes, std::size_t limit = kDefaultMaxMessageBytes) {
  const Pipe p(bytes);
  MessageReader reader(p.fd(), Framing::ContentLength, limit);
  std::vector<std::string> out;
  for (ReadEvent e = reader.next(); e.kind != Kind::End; e = reader.next()) {
    out.push_back(e.kind == Kind::Error ? "error: " + e.text : e.text);
  }
  return out;
}

using Events = std::vector<std::string>;

TEST(MessageStream, BadHeadersAreErrorsAndReadingGoesOn) {
  const Events got = events("Content-Type: x\r\n\r\nContent-Length: -3\r\n\r\nContent-Length: 2\r\n\r\n{}");
  ASSERT_EQ(got.size(), 3U);
  EXPECT_EQ(got[0], "error: missing or malformed Content-Length header; skipped to the next one");
  EXPECT_EQ(got[1], got[0]);
  EXPECT_EQ(got[2], "{}");
}

TEST(MessageStream, BodyWithoutALengthIsSkippedToTheNextHeader) {
  const Events got = events("Content-Type: x\r\n\r\n{\"lost\":1}Content-Length: 2\r\n\r\n{}");
  ASSERT_EQ(got.size(), 2U);
  EXPECT_EQ(got[1], "{}");
}

TEST(MessageStream, OversizedMessageIsSkippedWithoutBeingHeld) {
  const Events got =
      events("Content-Length: 5000\r\n\r\n" + std::string(5000, 'x') + "Content-Length: 2\r\n\r\n{}", 1000);
  EXPECT_EQ(got, (Events{"error: message of 5000 bytes is over the limit of 1000 bytes; skipped", "{}"}));
}

TEST(MessageStream, InputEndingInsideAMessageIsAnErrorThenTheEnd) {
  const Pipe p("Content-Length: 10\r\n\r\n{\"a\"");
  MessageReader reader(p.fd(), Framing::ContentLength);
  EXPECT_EQ(reader.next().kind, Kind::Error);
  EXPECT_EQ(reader.next().kind, Kind::End);
}

TEST(MessageStream, LinesFramingSkipsBlankAndOverlongLines) {
  const Pipe p("{\"a\":1}\r\n\n" + std::string(3000, 'y') + "\n{\"b\":2}\n");
  MessageReader reader(p.fd(), Framing::Lines, 1000);
  EXPECT_EQ(reader.next().text, "{\"a\":1}");
  EXPECT_EQ(reader.next().kind, Kind::Error);
  EXPECT_EQ(reader.next().text, "{\"b\":2}");
  EXPECT_EQ(reader.next().kind, Kind::End);
}

TEST(MessageStream, TimeoutWhenNothingArrives) {
  int fds[2];
  ASSERT_EQ(::pipe(fds), 0);
  MessageReader reader(fds[0], Framing::ContentLength);
  EXPECT_EQ(reader.next(10).kind, Kind::Timeout);
  ::close(fds[1]);
  EXPECT_EQ(reader.next(10).kind, Kind::End);
  ::close(fds[0]);
}

TEST(MessageStream, WriteMessageFramesAsItReads) {
  std::ostringstream framed;
  write_message(framed, Framing::ContentLength, "{\"é\":1}");
  EXPECT_EQ(framed.str(), "Content-Length: 8\r\n\r\n{\"é\":1}");  // bytes, not characters
  std::ostringstream line;
  write_message(line, Framing::Lines, "{}");
  EXPECT_EQ(line.str(), "{}\n");
}

}  // namespace
}  // namespace claimcheck
