// Frames: which markers agree. Two statements of one metric are one fact only where what
// they say of its period, part, instrument or correction agrees.

#include "model/frame.hpp"

#include <gtest/gtest.h>

#include <initializer_list>

namespace claimcheck {
namespace {

Frame with_markers(std::initializer_list<std::uint16_t> codes) {
  Frame f;
  std::size_t slot = kFrameMarkers - codes.size();
  for (const std::uint16_t c : codes) f.markers[slot++] = c;
  std::sort(f.markers.begin(), f.markers.end());
  return f;
}

constexpr std::uint16_t kQuarter = marker_code(MarkerClass::Period, 101);
constexpr std::uint16_t kYear = marker_code(MarkerClass::Period, 202);
constexpr std::uint16_t kFirst = marker_code(MarkerClass::Ordinal, 303);
constexpr std::uint16_t kFourth = marker_code(MarkerClass::Ordinal, 404);
constexpr std::uint16_t kConvertible = marker_code(MarkerClass::Instrument, 505);
constexpr std::uint16_t kBond = marker_code(MarkerClass::Instrument, 606);
constexpr std::uint16_t kMay = marker_code(MarkerClass::Month, 707);
constexpr std::uint16_t kEmea = marker_code(MarkerClass::Name, 808);
constexpr std::uint16_t kAddition = marker_code(MarkerClass::Aside, 909);

TEST(Frame, MarkerCodesKeepTheirClassAndAreNeverZero) {
  EXPECT_EQ(marker_class(kQuarter), MarkerClass::Period);
  EXPECT_EQ(marker_class(kEmea), MarkerClass::Name);
  EXPECT_NE(marker_code(MarkerClass::Period, 0), 0);
  EXPECT_NE(marker_code(MarkerClass::Ordinal, 0x2000), marker_code(MarkerClass::Period, 0x2000));
}

TEST(Frame, MarkersAgreeClassByClass) {
  // A class one side leaves unsaid is no disagreement: "convertible bond" over
  // "convertible eurobond due May" (a month, and a name, only in the body).
  EXPECT_TRUE(with_markers({kConvertible, kBond}).markers_agree(with_markers({kConvertible, kMay, kEmea})));
  // The first quarter is not the fourth; a quarter is not the year.
  EXPECT_FALSE(with_markers({kFirst, kQuarter}).markers_agree(with_markers({kFourth, kQuarter})));
  EXPECT_FALSE(with_markers({kQuarter}).markers_agree(with_markers({kYear})));
  // One side's markers of a class inside the other's: "quarter" and "fourth quarter".
  EXPECT_TRUE(with_markers({kQuarter}).markers_agree(with_markers({kFourth, kQuarter})));
  EXPECT_TRUE(Frame{}.markers_agree(with_markers({kFourth, kQuarter})));
  // A figure set aside ("in addition to 50 mln") is never the headline's main figure.
  EXPECT_FALSE(with_markers({kBond}).markers_agree(with_markers({kAddition, kBond})));
  EXPECT_TRUE(with_markers({kAddition}).markers_agree(with_markers({kAddition, kBond})));
  // Whole-set nesting is stricter: the bond's two markers are not all in the body's.
  EXPECT_FALSE(with_markers({kConvertible, kBond}).markers_nested(with_markers({kConvertible, kMay, kEmea})));
}

}  // namespace
}  // namespace claimcheck
