#pragma once
// A finding drawn on a number line (inline SVG): every claim of the finding as the
// interval its text allows, so an editor sees which figures can agree and which stand
// alone. Exact figures show their rounding interval, hedged ones their wider one, bounds
// run to an arrow at the open end, ranges are bars; each row is labelled with the figure
// and where it was written. The scale is logarithmic where the figures span orders of
// magnitude (a decimal point or a scale word moved), linear otherwise.

#include "model/finding.hpp"
#include "report/html_writer.hpp"

namespace claimcheck {

// Where the figures of a finding fall: the axis's ends, in base units, and its kind.
struct NumberLineScale {
  double low = 0.0;
  double high = 1.0;
  bool log = false;
  // How far along the axis `value` is, from 0 (low) to 1 (high), clamped.
  [[nodiscard]] double fraction(double value) const;
};

// The axis for `claims`: their finite interval ends with a margin; logarithmic when all
// are positive and the largest is at least 8 times the smallest (a slip by ten).
NumberLineScale number_line_scale(const std::vector<Claim>& claims);

// <svg class="number-line"> with one <g class="mark"> per claim, in the finding's order.
void write_number_line(HtmlWriter& html, const Finding& finding);

}  // namespace claimcheck
