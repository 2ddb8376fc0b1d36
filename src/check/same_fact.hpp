#pragma once
// Whether two claims of one subject state the same fact, from their frames
// (model/frame.hpp). A subject key (entity, metric, unit, period) is necessary but not
// enough on real text: one story gives a company's quarter and year, its division and
// the group, two deals, a correction and the figure it corrects. The rules compare two
// claims only on evidence that they say the same thing twice, and the evidence they need
// depends on how the figures differ: a slip-shaped difference (a power of ten, million
// for billion, a flipped direction with the same size) is itself evidence and needs less;
// an arbitrary difference needs a near-identical frame.

#include <string>

#include "model/claim.hpp"

namespace claimcheck {

enum class Difference {
  Slip,       // the figures are one figure written wrong: x10^k, a scale word, a direction word
  Range,      // a figure outside a range given for it: the range says what it may be
  Majority,   // one source against a value several others agree on: their agreement is evidence
  Arbitrary,  // the figures just disagree: only the same words around both make them one fact
};

struct SameFact {
  bool tied = false;
  std::string evidence;  // what tied them, for the finding's working ("3 words of context in common")
};

[[nodiscard]] SameFact same_fact(const Claim& a, const Claim& b, Difference difference);

// The scale-slip rule's parameters for scale_twin (rules/checks/scale-slip.json).
struct ScaleTwinLimits {
  std::size_t sparse_amounts = 8;  // sparse_article_amounts
  double scale_word = 1e3;         // the smallest scale word ("thousand"): figures under it have none
};

// One article's two figures with the same digits as written under scale words 1000^k
// apart ("40 mln dlrs" and "40 bln dlrs"), where the article states at most
// `limits.sparse_amounts` amounts of a million or more (`amounts_in_article`): among so
// few, the same digits at another scale are hardly a coincidence, whatever words surround
// them. Not where either side names a period, part or aside the other contradicts.
[[nodiscard]] SameFact scale_twin(const Claim& a, const Claim& b, std::size_t amounts_in_article,
                                  const ScaleTwinLimits& limits);

// One article's two figures written with the same three or more significant digits
// ("$2.35 billion" and "$2.35 million", "up 12.5%" and "down 12.5%"), exact, outside
// tables, with agreeing markers and two words of context or a strongly named metric in
// common: a slip's shape on digits that precise is no coincidence, however far apart
// the sentences and however many amounts the article states.
[[nodiscard]] SameFact precise_twin(const Claim& a, const Claim& b);

// An article's headline figure and a body figure of the same unit and scale word written with the same
// digits (three or more significant, or two and a decimal point), hedged alike ("about
// 96 mln" is an estimate of something else), not in opposite directions, with agreeing
// markers:
// the headline's figure written again with its decimal point moved ("14.5 MLN DLR" over
// "145 mln dlrs"), whatever subject each side was read as.
[[nodiscard]] SameFact headline_echo(const Claim& headline, const Claim& body);

// Two sentences of one article's body, lines apart, giving a one-digit move in opposite
// directions ("unit pricing was 1% higher" ... "unit cost was 1% lower"): long copy states
// many small moves of different things, and a size that round is no evidence that one
// of them is the other written wrong.
[[nodiscard]] bool round_moves_apart(const Claim& a, const Claim& b);

}  // namespace claimcheck
