#pragma once
// A figure's frame: the words it is written among, kept as evidence that two claims state
// the same fact. Two figures of one entity and metric are often different facts (a
// quarter and the year, a division and the group, two deals in one story); the rules
// compare them only when their frames tie them (check/same_fact.hpp).
//
// Words are stemmed, lower-cased and hashed to 16 bits: a frame is 32 bytes, so a store
// of millions of claims can keep one per claim. A collision can only make two frames
// look closer than they are; the rules ask for several shared words before they trust it.

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>

namespace claimcheck {

inline constexpr std::size_t kFrameWords = 8;
inline constexpr std::size_t kFrameMarkers = 8;

struct Frame {
  // Content words of the figure's clause: what it measures and of what ("dividend",
  // "stake", "note"), the verb, the entity's name. Sorted, unused slots (0) first.
  std::array<std::uint16_t, kFrameWords> words{};
  // Words that name which fact it is where several of one metric stand side by side: a
  // period ("quarter", "year"), a part ("division", "unit"), a correction ("earlier
  // version"), and names other than the company's own ("In EMEA, revenue grew 8%" and
  // "In Greater China, revenue grew 1%"). Sorted the same way. Frames with different
  // markers state different facts.
  std::array<std::uint16_t, kFrameMarkers> markers{};

  friend bool operator==(const Frame&, const Frame&) = default;

  [[nodiscard]] std::size_t size() const { return count(words); }
  [[nodiscard]] std::size_t marker_count() const { return count(markers); }
  [[nodiscard]] std::size_t shared_words(const Frame& other) const { return shared(words, other.words); }
  [[nodiscard]] bool same_markers(const Frame& other) const { return markers == other.markers; }
  // Every marker of one frame is also in the other (either may be empty).
  [[nodiscard]] bool markers_nested(const Frame& other) const {
    const std::size_t common = shared(markers, other.markers);
    return common == marker_count() || common == other.marker_count();
  }

 private:
  template <std::size_t N>
  static std::size_t count(const std::array<std::uint16_t, N>& a) {
    return static_cast<std::size_t>(std::count_if(a.begin(), a.end(), [](std::uint16_t w) { return w != 0; }));
  }
  template <std::size_t N>
  static std::size_t shared(const std::array<std::uint16_t, N>& a, const std::array<std::uint16_t, N>& b) {
    std::size_t n = 0;
    for (const std::uint16_t w : a) {
      if (w != 0 && std::find(b.begin(), b.end(), w) != b.end()) ++n;
    }
    return n;
  }
};

}  // namespace claimcheck
