#pragma once
// A closed interval of real numbers; the unit every figure is compared in.
// Unbounded ends are +/-infinity ("over 7%" is [7, +inf)).

namespace claimcheck {

struct Interval {
  double low = 0.0;
  double high = 0.0;

  static Interval point(double v) { return {v, v}; }
  [[nodiscard]] bool is_point() const { return low == high; }
  [[nodiscard]] bool contains(double v) const { return low <= v && v <= high; }
  [[nodiscard]] bool overlaps(const Interval& other) const { return low <= other.high && other.low <= high; }
  [[nodiscard]] bool bounded() const;
  [[nodiscard]] double midpoint() const { return low + (high - low) / 2.0; }

  friend bool operator==(const Interval&, const Interval&) = default;
};

}  // namespace claimcheck
