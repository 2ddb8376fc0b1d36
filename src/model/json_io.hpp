#pragma once
// The one JSON form of claims and findings. A claim serialised on one machine and read
// back on another compares equal to the original: `extract --format jsonl` and
// `check --claims` rely on that. Unbounded interval ends are written as null.
//
// Claim:   {"document","index","text","excerpt","role","span":{"begin","end","line","column"},
//           "unit":{"kind","currency","noun"},"stated":{"low","high"},"value":{"low","high"},
//           "scale","decimals","range","hedge":{"kind","word"},"direction","rate","basis",
//           "subject":{"entity","entity_name","entity_evidence","metric","metric_cue",
//                      "metric_weak","period","earlier","outlook","qualifier","confidence"}}
// Finding: {"rule","kind","severity","confidence","message","working","suggestion",
//           "fingerprint","claims":[Claim...]}

#include <nlohmann/json.hpp>

#include "model/claim.hpp"
#include "model/finding.hpp"

namespace claimcheck {

nlohmann::json to_json(const Claim&);
nlohmann::json to_json(const Finding&);

// Throws std::invalid_argument naming the missing or malformed field.
Claim claim_from_json(const nlohmann::json&);

// nlohmann's parse error without its "[json.exception...]" prefix, for one-line errors:
// "parse error at line L, column C: ...".
std::string json_parse_message(const nlohmann::json::parse_error& e);

}  // namespace claimcheck
