#pragma once
// What the grouping stage knows of each document besides its claims: its date and the
// event terms that tie articles about the same happening together. Serialised in the
// claim stream so that grouping can run on another machine than extraction.

#include <cstdint>
#include <string>
#include <vector>

#include "model/claim.hpp"

namespace claimcheck {

struct DocumentInfo {
  std::string id;
  std::string date;                      // ISO date, or empty
  std::vector<std::string> event_terms;  // sorted, e.g. {"Muse Spark"}
};

// A change stated with the values it went from and to, in one sentence: "revenue rose
// 20% from $10bn to $11bn", "fell from 12% to 9%, a 3% drop". Indices into the claims.
struct ChangeFromTo {
  std::uint32_t change = 0;
  std::uint32_t from = 0;
  std::uint32_t to = 0;
  friend bool operator==(const ChangeFromTo&, const ChangeFromTo&) = default;
};

// A change stated as a factor with the values it went from and to: "doubled to $4bn from
// $2bn". `mention` locates the word; from/to index the claims.
struct MultipleFromTo {
  Claim mention;
  double factor = 0;
  std::uint32_t from = 0;
  std::uint32_t to = 0;
  friend bool operator==(const MultipleFromTo&, const MultipleFromTo&) = default;
};

// A weekday written beside a date ("Tuesday, 5 March 2026"); `mention` locates the text.
struct CalendarMention {
  Claim mention;
  unsigned stated_weekday = 0;  // 0 = Sunday
  std::string date;             // ISO date the text names
  friend bool operator==(const CalendarMention&, const CalendarMention&) = default;
};

struct DocumentClaims {
  DocumentInfo info;
  std::vector<Claim> claims;
  std::vector<ChangeFromTo> changes;
  std::vector<MultipleFromTo> multiples;
  std::vector<CalendarMention> calendar;
};

}  // namespace claimcheck
