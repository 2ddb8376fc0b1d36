#include "report/number_line.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <vector>

#include "model/claim_format.hpp"
#include "model/names.hpp"
#include "support/utf8.hpp"

namespace claimcheck {
namespace {

// The drawing's geometry, in SVG user units (it scales with the page).
constexpr double kWidth = 720;
constexpr double kPlotLeft = 270;
constexpr double kPlotRight = 700;
constexpr double kRowHeight = 38;
constexpr double kAxisHeight = 34;
constexpr double kMinBar = 3;  // a point still shows
constexpr std::size_t kLabelChars = 38;

// Log scale from this ratio of the largest figure to the smallest: a decimal slip (ten
// times, less the rounding) or more.
constexpr double kLogRatio = 8;

std::string num(double v) { return fmt::format("{:.1f}", v); }

double x_of(const NumberLineScale& scale, double v) { return kPlotLeft + scale.fraction(v) * (kPlotRight - kPlotLeft); }

// The last `n` code points of `text`, with an ellipsis before them when it was longer.
std::string tail(std::string_view text, std::size_t n) {
  const std::size_t count = utf8::count_code_points(text);
  if (count <= n) return std::string(text);
  std::size_t skip = count - (n - 1);
  std::size_t at = 0;
  while (skip-- > 0 && at < text.size()) at += utf8::decode(text, at).length;
  return "\u2026" + std::string(text.substr(at));
}

std::string_view mark_class(const Claim& c) {
  if (c.is_range) return "range";
  switch (c.hedge.kind) {
    case HedgeKind::Exact:
      return "exact";
    case HedgeKind::Approximate:
      return "approximate";
    case HedgeKind::LowerBound:
    case HedgeKind::UpperBound:
      return "bound";
    case HedgeKind::Vague:
      return "vague";
  }
  return "exact";
}

// An arrowhead at x, pointing right (+1) or left (-1): the interval runs on past the axis.
void arrow(HtmlWriter& svg, double x, double y, int direction) {
  const std::string points = fmt::format("{},{} {},{} {},{}", num(x), num(y), num(x - direction * 8), num(y - 5),
                                         num(x - direction * 8), num(y + 5));
  svg.empty("polygon", {{"class", "arrow"}, {"points", points}});
}

// The claim's interval on its row: a bar, or a line to an arrow at an open end.
void interval_shape(HtmlWriter& svg, const NumberLineScale& scale, const Interval& v, double y) {
  const bool low = std::isfinite(v.low);
  const bool high = std::isfinite(v.high);
  const double x0 = low ? x_of(scale, v.low) : kPlotLeft;
  const double x1 = high ? x_of(scale, v.high) : kPlotRight;
  if (low && high) {
    const double w = std::max(x1 - x0, kMinBar);
    svg.empty("rect", {{"class", "bar"},
                       {"x", num(std::min(x0, kPlotRight - w))},
                       {"y", num(y - 6)},
                       {"width", num(w)},
                       {"height", "12"},
                       {"rx", "2"}});
    return;
  }
  svg.empty("line", {{"class", "ray"}, {"x1", num(x0)}, {"y1", num(y)}, {"x2", num(x1)}, {"y2", num(y)}});
  const double end = low ? x0 : x1;
  svg.empty("line",
            {{"class", "bound-end"}, {"x1", num(end)}, {"y1", num(y - 7)}, {"x2", num(end)}, {"y2", num(y + 7)}});
  if (!high) arrow(svg, kPlotRight, y, 1);
  if (!low) arrow(svg, kPlotLeft, y, -1);
}

void claim_row(HtmlWriter& svg, const NumberLineScale& scale, const Claim& c, std::size_t i) {
  const double top = static_cast<double>(i) * kRowHeight;
  const std::string where = fmt::format("{}:{}:{}", c.document, c.span.line, c.span.column);
  const std::string index = std::to_string(i);
  const auto g = svg.open(
      "g", {{"class", fmt::format("mark {}{}", mark_class(c), i == 0 ? " questioned" : "")}, {"data-claim", index}});
  svg.element("title", {},
              fmt::format("{} ({}) at {}: allows {}", c.text, to_string(c.role), where, format_interval(c)));
  svg.element("text", {{"class", "figure"}, {"x", "4"}, {"y", num(top + 15)}},
              tail(fmt::format("{} ({})", c.text, to_string(c.role)), kLabelChars));
  svg.element("text", {{"class", "where"}, {"x", "4"}, {"y", num(top + 30)}}, tail(where, kLabelChars));
  interval_shape(svg, scale, c.value, top + kRowHeight / 2);
}

// Round steps (1, 2 or 5 times a power of ten) giving about four ticks over the axis.
std::vector<double> linear_ticks(const NumberLineScale& scale) {
  const double rough = (scale.high - scale.low) / 4;
  const double power = std::pow(10.0, std::floor(std::log10(rough)));
  const double unit = rough / power;
  const double step = power * (unit < 1.5 ? 1 : unit < 3.5 ? 2 : unit < 7.5 ? 5 : 10);
  std::vector<double> ticks;
  for (double t = std::ceil(scale.low / step) * step; t <= scale.high && ticks.size() < 12; t += step) {
    ticks.push_back(std::abs(t) < step * 1e-9 ? 0.0 : t);
  }
  return ticks;
}

// Powers of ten; with 2 and 5 times them too where the axis spans less than three decades.
std::vector<double> log_ticks(const NumberLineScale& scale) {
  const bool narrow = std::log10(scale.high) - std::log10(scale.low) < 3;
  std::vector<double> ticks;
  for (double e = std::floor(std::log10(scale.low)); e <= std::log10(scale.high) && ticks.size() < 24; ++e) {
    for (const double m : {1.0, 2.0, 5.0}) {
      const double t = m * std::pow(10.0, e);
      if ((m == 1.0 || narrow) && t >= scale.low && t <= scale.high) ticks.push_back(t);
    }
  }
  return ticks;
}

void axis(HtmlWriter& svg, const NumberLineScale& scale, const Claim& like, double y) {
  const auto g = svg.open("g", {{"class", "axis"}});
  svg.empty("line", {{"x1", num(kPlotLeft)}, {"y1", num(y)}, {"x2", num(kPlotRight)}, {"y2", num(y)}});
  for (const double t : scale.log ? log_ticks(scale) : linear_ticks(scale)) {
    const std::string x = num(x_of(scale, t));
    svg.empty("line", {{"class", "grid"}, {"x1", x}, {"y1", "0"}, {"x2", x}, {"y2", num(y + 4)}});
    svg.element("text", {{"class", "tick"}, {"x", x}, {"y", num(y + 17)}}, format_figure(t, like));
  }
  svg.element("text", {{"class", "scale"}, {"x", "4"}, {"y", num(y + 17)}},
              scale.log ? "logarithmic scale" : "linear scale");
}

}  // namespace

double NumberLineScale::fraction(double value) const {
  const double f =
      log ? (value <= 0 ? 0.0 : (std::log10(value) - std::log10(low)) / (std::log10(high) - std::log10(low)))
          : (value - low) / (high - low);
  return std::clamp(f, 0.0, 1.0);
}

NumberLineScale number_line_scale(const std::vector<Claim>& claims) {
  std::vector<double> ends;
  for (const Claim& c : claims) {
    for (const double v : {c.value.low, c.value.high}) {
      if (std::isfinite(v)) ends.push_back(v);
    }
  }
  if (ends.empty()) return {};
  const auto [lo, hi] = std::minmax_element(ends.begin(), ends.end());
  if (*lo > 0 && *hi / *lo >= kLogRatio) {
    const double margin = (std::log10(*hi) - std::log10(*lo)) * 0.08;
    return {std::pow(10.0, std::log10(*lo) - margin), std::pow(10.0, std::log10(*hi) + margin), true};
  }
  const double span = *hi > *lo ? *hi - *lo : std::max(std::abs(*lo), 1.0) * 0.2;
  return {*lo - span * 0.15, *hi + span * 0.15, false};
}

void write_number_line(HtmlWriter& html, const Finding& finding) {
  const NumberLineScale scale = number_line_scale(finding.claims);
  const double rows = static_cast<double>(finding.claims.size()) * kRowHeight;
  const std::string box = fmt::format("0 0 {} {}", num(kWidth), num(rows + kAxisHeight));
  const auto svg = html.open("svg", {{"class", "number-line"},
                                     {"xmlns", "http://www.w3.org/2000/svg"},
                                     {"viewBox", box},
                                     {"role", "img"},
                                     {"aria-label", "Each claim of the finding as the interval its text allows"}});
  for (std::size_t i = 0; i < finding.claims.size(); ++i) claim_row(html, scale, finding.claims[i], i);
  axis(html, scale, finding.claims.front(), rows + 6);
}

}  // namespace claimcheck
