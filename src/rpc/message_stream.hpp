#pragma once
// The two ways a stdio server's JSON-RPC messages are cut out of a byte stream:
//   ContentLength  the Language Server Protocol's base protocol: "Content-Length: N\r\n",
//                  optional other headers, "\r\n", then N bytes of JSON;
//   Lines          the Model Context Protocol's stdio transport: one JSON message a line.
// Reading is bounded: a message longer than the limit is reported and its bytes are
// skipped as they arrive, never held, so a 100 MB message costs one read buffer.

#include <cstddef>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>

namespace claimcheck {

enum class Framing { ContentLength, Lines };

// What one call to MessageReader::next() found.
struct ReadEvent {
  enum class Kind {
    Message,  // `text` is one message's body
    Error,    // `text` says what was wrong with the framing; reading can go on
    Timeout,  // nothing complete arrived within the timeout
    End,      // the input is closed
  };
  Kind kind = Kind::End;
  std::string text;
};

// Larger messages are refused (the LSP's whole-document changes of a 5,000-word article
// are about 40 KB; 16 MB leaves room for any article the CLI would read in one go).
inline constexpr std::size_t kDefaultMaxMessageBytes = std::size_t{16} * 1024 * 1024;

class MessageReader {
 public:
  MessageReader(int fd, Framing framing, std::size_t max_message_bytes = kDefaultMaxMessageBytes);

  // The next message, or an Error/Timeout/End event. `timeout_ms` < 0 waits for input
  // as long as it takes; a message cut by a timeout is kept and completed next time.
  ReadEvent next(int timeout_ms = -1);

 private:
  // Moves more input into buffer_ (or drops it while skipping); false at end of input,
  // or, with timed_out_ set, when nothing came within the timeout.
  bool fill(int timeout_ms);
  ReadEvent next_framed();
  ReadEvent next_line();
  // Drops up to skip_ bytes from the buffer; true when the skip is done.
  bool skip_buffered();

  int fd_;
  Framing framing_;
  std::size_t max_bytes_;
  std::string buffer_;
  std::optional<std::size_t> body_length_;  // ContentLength: the body being awaited
  std::size_t skip_ = 0;                    // bytes of a refused message still to drop
  bool skip_to_newline_ = false;            // Lines: drop the rest of an over-long line
  bool resync_ = false;                     // ContentLength: drop input up to the next Content-Length header
  bool timed_out_ = false;
  bool at_end_ = false;
};

// Writes one message as `framing` says (a Lines message must hold no newline: the JSON
// serialiser escapes them), and flushes.
void write_message(std::ostream& out, Framing framing, std::string_view body);

}  // namespace claimcheck
