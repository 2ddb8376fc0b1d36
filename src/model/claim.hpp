#pragma once
// The claim record: one numeric statement found in a document, with what it is about.
// It is the contract between extraction (which fills the figure), resolution (which fills
// the subject) and the rules (which compare claims). Its JSON form is in model/json_io.hpp.

#include <cstdint>
#include <string>

#include "model/frame.hpp"
#include "model/interval.hpp"

namespace claimcheck {

// Where in the original file a claim stands. Byte offsets index the file as read (before
// any normalisation); line and column are 1-based, the column counted in code points.
struct Span {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::uint32_t line = 0;
  std::uint32_t column = 0;
  friend bool operator==(const Span&, const Span&) = default;
};

enum class UnitKind : std::uint8_t { Percent, PercentagePoints, BasisPoints, Money, Count };

struct Unit {
  UnitKind kind = UnitKind::Count;
  std::string currency;  // ISO 4217 code for Money ("USD"), empty otherwise
  std::string noun;      // what a Count counts, singular and lower case ("etf", "share")
  friend bool operator==(const Unit&, const Unit&) = default;
};

// How sure the text is. Exact figures still carry the rounding of their written precision.
enum class HedgeKind : std::uint8_t {
  Exact,        // "6.5%"
  Approximate,  // "around 7%", "~$80 billion"
  LowerBound,   // "over $300 million", "exceeding $115 billion"
  UpperBound,   // "nearly 75%", "up to 40%"
  Vague,        // "tens of billions": extracted, never compared
};

struct Hedge {
  HedgeKind kind = HedgeKind::Exact;
  std::string word;  // as written, lower case ("around", "~"); empty when exact
  friend bool operator==(const Hedge&, const Hedge&) = default;
};

enum class Direction : std::uint8_t { None, Up, Down };

// Where in the article the figure sits; a headline figure disagreeing with the body is
// the most visible kind of error.
enum class Role : std::uint8_t { Headline, Heading, Body, Table };

// What the claim is about. Empty entity or metric means "not resolved with confidence":
// such claims are reported by `extract` but never compared by the rules.
struct Subject {
  std::string entity;           // canonical id from rules/lexicon/entities.json ("meta")
  std::string entity_name;      // display name ("Meta Platforms")
  std::string entity_evidence;  // "sentence", "table-row", "previous-sentence"; "document" (the company
                                // the headline names), "article" (a call's host, or the most mentioned)
  std::string metric;           // metric id from rules/lexicon/metrics.json ("stock-move")
  std::string metric_cue;       // the words that decided the metric ("stock ... rose")
  bool metric_weak = false;     // decided by a weak cue only ("gamble")
  std::string period;           // "2026", "2026-04-08", "2026-Q2", "2026-Q" (some quarter), "FY2026"; empty if unknown
  bool earlier = false;         // the earlier value of a comparison: "from 15.9%", "$1.18 a year earlier"
  bool outlook = false;         // an expectation or hypothesis: "traders expect rates to fall 60 bp"
  std::string qualifier;        // what within the entity: "online" sales, a table row's label; empty for the whole
  double confidence = 0.0;      // 0..1, how sure the resolver is of entity + metric
  // The company comes from the article as a whole, not from words near the figure.
  [[nodiscard]] bool entity_from_article() const {
    return entity_evidence == "document" || entity_evidence == "article";
  }

  friend bool operator==(const Subject&, const Subject&) = default;
};

struct Claim {
  std::string document;     // the source document's id (its path, or path#id for JSONL)
  std::uint32_t index = 0;  // ordinal of the claim within its document
  Span span;
  std::string text;     // the figure as written in the original file ("$115 billion")
  std::string excerpt;  // the sentence or table row around it, for reports
  // The digest of the whole sentence or table row with its digits left out (the excerpt
  // may be a window of it; a sentence repeated with other figures has the same digest);
  // stands in for the excerpt where a compact store dropped it (group/claim_store.hpp):
  // two claims share a sentence when document, line and this digest agree. 0: unknown.
  std::uint32_t excerpt_digest = 0;
  Role role = Role::Body;
  Unit unit;
  Interval stated;     // the figure as stated, in base units: 115e9..135e9 for a range
  Interval value;      // widened by written precision and hedge: what the text allows
  double scale = 1.0;  // 1e9 for "billion"
  int decimals = 0;    // digits after the decimal point as written
  bool is_range = false;
  Hedge hedge;
  Direction direction = Direction::None;
  std::string rate;   // "day", "year", "month", "quarter", "share"; empty for a stock figure
  std::string basis;  // what a change is measured against: "yoy", "qoq", "mom"; empty if unstated
  Subject subject;
  Frame frame;  // the words it is written among: evidence that two claims state one fact
  friend bool operator==(const Claim&, const Claim&) = default;
};

}  // namespace claimcheck
