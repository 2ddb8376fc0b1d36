#pragma once
// The properties every fuzz target checks besides "no crash": violations abort, so that
// libFuzzer saves the input as a crash and it becomes a regression test in tests/.

#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "model/document_info.hpp"
#include "support/utf8.hpp"

namespace claimcheck::fuzzing {

[[noreturn]] inline void violated(const char* what) {
  std::fprintf(stderr, "fuzz invariant violated: %s\n", what);
  std::abort();
}

inline void require(bool ok, const char* what) {
  if (!ok) violated(what);
}

// Not inside a valid multi-byte sequence (a stray continuation byte in invalid input is
// a character of its own, so a span may start or end beside it).
inline bool on_boundary(std::string_view bytes, std::size_t offset) {
  if (offset == 0 || offset >= bytes.size()) return offset <= bytes.size();
  for (std::size_t back = 1; back <= 3 && back <= offset; ++back) {
    const std::size_t lead = offset - back;
    const auto c = static_cast<unsigned char>(bytes[lead]);
    if ((c & 0xC0U) == 0x80U) continue;  // keep looking for the lead byte
    const utf8::Decoded d = utf8::decode(bytes, lead);
    return !(d.valid && lead + d.length > offset);
  }
  return true;
}

// Spans inside the document and on UTF-8 boundaries of its original bytes; intervals
// ordered; lines and columns counted from 1.
inline void check_claim(const Claim& c, std::string_view original) {
  require(c.span.begin <= c.span.end && c.span.end <= original.size(), "claim span inside the document");
  require(on_boundary(original, c.span.begin) && on_boundary(original, c.span.end), "claim span on UTF-8 boundaries");
  require(c.span.line >= 1 && c.span.column >= 1, "line and column from 1");
  require(!(c.value.low > c.value.high) && !(c.stated.low > c.stated.high), "intervals have low <= high");
}

inline void check_document(const DocumentClaims& doc, std::string_view original) {
  for (const Claim& c : doc.claims) check_claim(c, original);
  for (const CalendarMention& m : doc.calendar) check_claim(m.mention, original);
  for (const MultipleFromTo& m : doc.multiples) {
    check_claim(m.mention, original);
    require(m.from < doc.claims.size() && m.to < doc.claims.size() && m.factor > 0, "multiple points at claims");
  }
  for (const ChangeFromTo& r : doc.changes) {
    require(r.change < doc.claims.size() && r.from < doc.claims.size() && r.to < doc.claims.size(),
            "change relation points at claims of the document");
  }
}

}  // namespace claimcheck::fuzzing
