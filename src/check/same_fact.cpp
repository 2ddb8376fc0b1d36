#include "check/same_fact.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <cstdint>

#include "check/comparison.hpp"
#include "group/figure_marks.hpp"

namespace claimcheck {
namespace {

// Shared frame words (company names left out) each kind of difference needs. A
// headline restates its body's main fact in few words, so one shared word ties a
// headline figure to a body figure; two figures of the body need two.
constexpr std::size_t kHeadlineSlipShared = 1;
constexpr std::size_t kSlipShared = 2;
// A hedged slip ("nearly $4.5 billion" and "about $450 million" are more often two
// estimates than one slip), or a slip of figures whose subject the resolver did not
// name: one word more.
constexpr std::size_t kExtraShared = 1;
// An arbitrary difference needs a near-identical frame: every word of the shorter frame
// in the other, at least this many, and the same markers. Real copy repeats sentence
// shapes with another subject ("Broadcast represented 46% of licensing", "PC represented
// 9% of licensing"), so anything less ties different facts.
constexpr std::size_t kArbitraryShared = 2;
// Two body sentences more than kNearLines apart are one statement only when the sentence
// is repeated with its figures changed: the same words, at least this many and every one
// of either frame's, around both figures, and the same sentence around those. Long copy
// repeats a sentence's template for each segment, period or scenario, changing a word
// outside the figure's few words ("In our fresh fruit category, net sales were").
constexpr std::size_t kRepeatedSentenceWords = 3;
constexpr std::uint32_t kNearLines = 2;
// How far below the headline the lead may start (a blank line, a dateline).
constexpr std::uint32_t kLeadLines = 3;

bool unresolved(const Claim& c) { return c.subject.entity.empty() || c.subject.metric.empty(); }
bool hedged(const Claim& c) { return c.hedge.kind != HedgeKind::Exact; }
bool one_is_headline(const Claim& a, const Claim& b) {
  return (a.role == Role::Headline) != (b.role == Role::Headline);
}
// A headline or a table row says what its figure is in few words, and may leave a period
// or a part implicit ("Q4 net" over "net").
bool terse_pair(const Claim& a, const Claim& b) {
  return one_is_headline(a, b) || a.role == Role::Table || b.role == Role::Table;
}

std::string context_evidence(std::size_t shared) {
  return fmt::format("Tied by their context: {} word{} around the figures in common.", shared, shared == 1 ? "" : "s");
}

bool one_metric_named_strongly(const Claim& a, const Claim& b) {
  return !a.subject.metric.empty() && a.subject.metric == b.subject.metric && !a.subject.metric_weak &&
         !b.subject.metric_weak;
}

// A table cell that names neither company nor metric is what its row label says
// ("Marketing, distribution and admin ... 6%"): a figure of the text is that one only
// if its words hold the whole label, not one word of it ("marketing campaigns ... 50%").
bool unlabelled_cell_against_text(const Claim& a, const Claim& b) {
  if ((a.role == Role::Table) == (b.role == Role::Table)) return false;
  const Claim& cell = a.role == Role::Table ? a : b;
  const Claim& text = a.role == Role::Table ? b : a;
  const bool unnamed = cell.subject.entity.empty() && cell.subject.metric.empty() && text.subject.entity.empty() &&
                       text.subject.metric.empty();
  return unnamed && cell.frame.shared_words(text.frame) < cell.frame.size();
}

std::size_t slip_words_needed(const Claim& a, const Claim& b, Difference difference) {
  if (difference == Difference::Majority) return 0;
  const bool open_subject = unresolved(a) || unresolved(b);
  // The headline and the body of one article: the slip's shape is evidence enough for
  // one resolved subject; without one, a word must say what the figure is.
  // A headline and its body naming one metric strongly ("CONSUMER PRICES FALL 0.3 PCT"
  // over "consumer prices rose 0.3 pct") leave only the company open, and a country's
  // statistics name none: the metric is the word that says what the figure is.
  if (a.document == b.document && one_is_headline(a, b))
    return open_subject && !one_metric_named_strongly(a, b) ? kHeadlineSlipShared : 0;
  // So does a table row of the article against its text: the row names the metric.
  const bool table = (a.role == Role::Table) != (b.role == Role::Table);
  if (a.document == b.document && table && !open_subject) return 0;
  // A headline or a table row says what its figure is in few words; and a range in one
  // article of an event says what another's figure for the same period may be.
  const bool terse = terse_pair(a, b) || (difference == Difference::Range && a.document != b.document);
  std::size_t needed = terse ? kHeadlineSlipShared : kSlipShared;
  if (open_subject || (difference == Difference::Slip && (hedged(a) || hedged(b)))) needed += kExtraShared;
  return needed;
}

// The headline and the lead (the body's first lines) state the story's main fact twice:
// one shared word and no conflicting marker tie them even where the figures just differ.
bool headline_and_lead(const Claim& a, const Claim& b) {
  if (a.document != b.document || !one_is_headline(a, b)) return false;
  const Claim& headline = a.role == Role::Headline ? a : b;
  const Claim& other = a.role == Role::Headline ? b : a;
  return other.span.line > headline.span.line && other.span.line - headline.span.line <= kLeadLines;
}

// The digits of a figure as written, without its decimal point or trailing zeros:
// "$481.1 million", "$4811 million" and "4.811 bln" all give 4811.
std::int64_t written_digits(const Claim& c) {
  if (c.decimals < 0 || c.decimals > 9 || !(c.scale > 0)) return 0;
  auto digits = static_cast<std::int64_t>(std::llround(std::fabs(c.stated.low) / c.scale * std::pow(10.0, c.decimals)));
  while (digits != 0 && digits % 10 == 0) digits /= 10;
  return digits;
}

// Two figures of two articles whose only link is the event: the same digits as written,
// and either three of them or the same stated period, so that the slip's shape is not a
// coincidence of a round number ("$1 million" against "$1.3 billion", "up 11%" against
// another line's "down 11%").
bool same_written_digits(const Claim& a, const Claim& b) {
  const std::int64_t digits = written_digits(a);
  return digits != 0 && !a.is_range && !b.is_range && digits == written_digits(b);
}

bool written_precisely(const Claim& c) { return written_significant_digits(c) >= kMarkSignificantDigits; }

std::uint32_t lines_apart(const Claim& a, const Claim& b) {
  return a.span.line > b.span.line ? a.span.line - b.span.line : b.span.line - a.span.line;
}

bool same_digits_precisely(const Claim& a, const Claim& b) {
  return same_written_digits(a, b) &&
         (written_precisely(a) || (!a.subject.period.empty() && a.subject.period == b.subject.period));
}

bool near_identical(const Frame& x, const Frame& y) {
  const std::size_t shared = x.shared_words(y);
  return x.same_markers(y) && shared >= kArbitraryShared && shared == std::min(x.size(), y.size());
}

// Words in common, and the period when both state the same one ("in 2026"): a stated
// period is context too, though the frames leave its numbers out.
std::size_t shared_context(const Claim& a, const Claim& b) {
  const bool same_period = !a.subject.period.empty() && a.subject.period == b.subject.period;
  std::size_t shared = a.frame.shared_words(b.frame) + (same_period ? 1 : 0);
  if (a.role == Role::Headline && b.role != Role::Headline) shared += a.frame.words_named_in(b.frame);
  if (b.role == Role::Headline && a.role != Role::Headline) shared += b.frame.words_named_in(a.frame);
  return shared;
}

}  // namespace

SameFact same_fact(const Claim& a, const Claim& b, Difference difference) {
  const Frame& x = a.frame;
  const Frame& y = b.frame;
  const std::size_t shared = shared_context(a, b);
  const bool open_subject = unresolved(a) || unresolved(b);
  if (open_subject && difference != Difference::Slip) return {};
  // Within one article a range is a forecast or a bracket of its own; a figure outside it
  // is as likely another fact as an error: the frames must match as for any difference.
  if (difference == Difference::Range && a.document == b.document) difference = Difference::Arbitrary;
  if (shared == 0 && difference != Difference::Arbitrary && slip_words_needed(a, b, difference) == 0 &&
      x.markers_agree(y)) {
    return {true, difference == Difference::Majority
                      ? "Tied by the other sources' agreement on one value."
                      : "Tied as the headline's figure and the body's, for one subject."};
  }
  if (difference != Difference::Arbitrary) {
    if (unlabelled_cell_against_text(a, b)) return {};
    // A period, part or correction on one side only may be left implicit in a headline or
    // a table ("Q4 net" over "net"); two different ones are two facts, and two sentences
    // of the body name theirs.
    if (!(terse_pair(a, b) || a.document != b.document ? x.markers_agree(y) : x.same_markers(y))) return {};
    if (shared >= slip_words_needed(a, b, difference)) return {true, context_evidence(shared)};
    // One article's slip of a metric it names strongly for one stated period ("q2
    // earnings per share $2.0" and "q2 earnings per share $0.20"): the slip's shape, the
    // metric and the period say it is one figure, however terse the lines. Not a flipped
    // direction: "up 20%" and "down 20%" of one metric are as often two moves.
    if (difference == Difference::Slip && a.document == b.document && !a.subject.metric.empty() &&
        !a.subject.metric_weak && !b.subject.metric_weak && !a.subject.period.empty() &&
        a.subject.period == b.subject.period && !hedged(a) && !hedged(b) && a.direction == b.direction) {
      return {true, "Tied by one metric and one stated period in one article."};
    }
    // Two articles of one event (the rules compare no others) where one leaves the
    // company unnamed, as a summary of a call does ("q2 earnings per share $2.0"): a slip
    // of one metric both name strongly, for no other period, is one figure written twice.
    if (difference == Difference::Slip && a.document != b.document && open_subject && one_metric_named_strongly(a, b) &&
        !hedged(a) && !hedged(b) && same_digits_precisely(a, b)) {
      return {true, "Tied by one metric in two reports of the same event."};
    }
    // An article's headline states its main fact: across articles of one event it is
    // what another outlet's figure is about, whatever words each uses.
    if (!open_subject && a.document != b.document && one_is_headline(a, b)) {
      return {true, "Tied as one article's headline figure and another's report of the same event."};
    }
    return {};
  }
  // Two sentences of one article's body, lines apart: only a sentence repeated with its
  // figure changed (the same words around both) is one fact. Long copy such as a call
  // transcript says "revenue of $85 million" of one business and "revenue of $59 million"
  // of another in near-identical words, pages apart.
  const bool body_pair = a.document == b.document && a.role != Role::Headline && b.role != Role::Headline &&
                         a.role != Role::Table && b.role != Role::Table;
  if (body_pair && lines_apart(a, b) > kNearLines) {
    const std::size_t words = x.shared_words(y);
    // The sentence's digest leaves its digits out: the same digest is the same sentence.
    const bool same_shape = a.excerpt_digest == 0 || b.excerpt_digest == 0 || a.excerpt_digest == b.excerpt_digest;
    // A call repeats one sentence for each segment, naming the segment a few sentences
    // before: where the company is only the call's, the sentence may be any segment's.
    const bool named_in_place = a.subject.entity_evidence != "article" && b.subject.entity_evidence != "article";
    const bool repeated = same_shape && named_in_place && x.same_markers(y) && words >= kRepeatedSentenceWords &&
                          words == std::max(x.size(), y.size());
    if (repeated) return {true, "Tied as one sentence repeated with its figure changed."};
    return {};
  }
  if (near_identical(x, y)) return {true, context_evidence(shared)};
  // The headline restates the lead's main fact: a resolved subject named by a strong
  // cue in both is enough.
  if (!open_subject && !a.subject.metric_weak && !b.subject.metric_weak && headline_and_lead(a, b) &&
      x.markers_nested(y) && x.markers_agree(y)) {
    return {true, "Tied as the headline's figure and the lead's, for one subject."};
  }
  return {};
}

SameFact scale_twin(const Claim& a, const Claim& b, std::size_t amounts_in_article, const ScaleTwinLimits& limits) {
  // Both under a scale word: a table cell's bare "460" beside "$460 million" is the
  // table's unit line unread, not a slip.
  if (a.document != b.document || amounts_in_article > limits.sparse_amounts || a.scale == b.scale ||
      a.scale < limits.scale_word || b.scale < limits.scale_word) {
    return {};
  }
  const double written_a = a.stated.low / a.scale;
  const double written_b = b.stated.low / b.scale;
  if (a.is_range || b.is_range || a.decimals != b.decimals || std::fabs(written_a - written_b) > 1e-9 * written_a) {
    return {};
  }
  if (!a.frame.markers_agree(b.frame)) return {};
  return {true,
          fmt::format("Tied as one number at two scales in an article that states {} amounts of a million or more.",
                      amounts_in_article)};
}

SameFact headline_echo(const Claim& headline, const Claim& body) {
  if (headline.document != body.document || headline.role != Role::Headline || body.role != Role::Body ||
      !same_unit(headline, body) || headline.is_range || body.is_range || headline.scale != body.scale ||
      headline.hedge.kind != body.hedge.kind) {
    return {};
  }
  const bool opposite = headline.direction != Direction::None && body.direction != Direction::None &&
                        headline.direction != body.direction;
  // Two digits are few ("150 billion" against "$15 billion" of another deal): then a
  // decimal point on one side, which is what moved.
  const int digits = written_significant_digits(headline);
  const bool decimal_point = headline.decimals > 0 || body.decimals > 0;
  if (opposite || !headline.frame.markers_agree(body.frame) || !same_written_digits(headline, body) || digits < 2 ||
      (digits == 2 && !decimal_point)) {
    return {};
  }
  return {true, "Tied as the headline's figure written again in the body with the same digits."};
}

bool round_moves_apart(const Claim& a, const Claim& b) {
  const bool body_pair = a.document == b.document && a.role == Role::Body && b.role == Role::Body;
  return body_pair && lines_apart(a, b) > kNearLines && written_significant_digits(a) < 2;
}

SameFact precise_twin(const Claim& a, const Claim& b) {
  if (a.document != b.document || a.role == Role::Table || b.role == Role::Table || hedged(a) || hedged(b) ||
      !a.frame.markers_agree(b.frame)) {
    return {};
  }
  // A long call states hundreds of amounts, and three digits recur by chance (a bank's
  // "deposits of $318 billion, down from last quarter" and "fee income of $318 million,
  // up on last quarter"): the metric named strongly by both, or two words of context.
  if (shared_context(a, b) < kSlipShared && !one_metric_named_strongly(a, b)) return {};
  if (!same_written_digits(a, b) || !written_precisely(a)) return {};
  return {true, "Tied as one figure of three or more significant digits written twice in one article."};
}

}  // namespace claimcheck
