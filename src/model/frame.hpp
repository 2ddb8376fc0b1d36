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

// What a marker says of its fact; rules/lexicon/frames.json lists the words of each class
// but the last, which is the capitalised names a frame meets.
// Aside marks a figure set apart from the main fact (a correction's wrong figure, an amount
// "in addition to" another): it is compared only with one set aside the same way.
enum class MarkerClass : std::uint8_t { Period, Ordinal, Month, Relative, Part, Aside, Instrument, Name };
inline constexpr std::size_t kMarkerClasses = 8;
inline constexpr std::array<const char*, kMarkerClasses> kMarkerClassNames{
    "period", "ordinal", "month", "relative", "part", "aside", "instrument", "name"};

// A marker is its class in the top three bits and 13 bits of its word's hash: frames sort
// their markers by class, and two classes never share a marker.
[[nodiscard]] constexpr std::uint16_t marker_code(MarkerClass c, std::uint16_t word_hash) {
  const auto code = static_cast<std::uint16_t>((static_cast<unsigned>(c) << 13U) | (word_hash & 0x1FFFU));
  return code == 0 ? 1 : code;
}
[[nodiscard]] constexpr MarkerClass marker_class(std::uint16_t code) { return static_cast<MarkerClass>(code >> 13U); }

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
  // Words of this frame that the other has as names: a headline's capitals hide the
  // names its body writes ("TOKYO TO ISSUE" over "The Tokyo Metropolitan Government").
  [[nodiscard]] std::size_t words_named_in(const Frame& other) const {
    std::size_t n = 0;
    for (const std::uint16_t w : words) {
      const std::uint16_t as_name = marker_code(MarkerClass::Name, w);
      if (w != 0 && std::find(other.markers.begin(), other.markers.end(), as_name) != other.markers.end()) ++n;
    }
    return n;
  }
  // Every marker of one frame is also in the other (either may be empty).
  [[nodiscard]] bool markers_nested(const Frame& other) const {
    const std::size_t common = shared(markers, other.markers);
    return common == marker_count() || common == other.marker_count();
  }
  // Class by class, one frame's markers inside the other's wherever both name the class:
  // "convertible bond" and "convertible eurobond due May" agree; "first quarter" and
  // "fourth quarter" do not. Asides agree only with the same asides.
  [[nodiscard]] bool markers_agree(const Frame& other) const {
    std::array<std::size_t, kMarkerClasses> mine{};
    std::array<std::size_t, kMarkerClasses> theirs{};
    std::array<std::size_t, kMarkerClasses> common{};
    for (const std::uint16_t m : markers) {
      if (m == 0) continue;
      ++mine[static_cast<std::size_t>(marker_class(m))];
      if (std::find(other.markers.begin(), other.markers.end(), m) != other.markers.end())
        ++common[static_cast<std::size_t>(marker_class(m))];
    }
    for (const std::uint16_t m : other.markers) {
      if (m != 0) ++theirs[static_cast<std::size_t>(marker_class(m))];
    }
    constexpr auto kAside = static_cast<std::size_t>(MarkerClass::Aside);
    if (mine[kAside] != theirs[kAside] || common[kAside] != mine[kAside]) return false;
    for (std::size_t c = 0; c < kMarkerClasses; ++c) {
      if (mine[c] != 0 && theirs[c] != 0 && common[c] != mine[c] && common[c] != theirs[c]) return false;
    }
    return true;
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
