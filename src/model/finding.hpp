#pragma once
// The finding record: a set of claims that cannot all be true, the rule that says so,
// and an explanation a journalist can check by hand.

#include <string>
#include <vector>

#include "model/claim.hpp"

namespace claimcheck {

enum class Severity { Info, Warning, Error };

struct Finding {
  std::string rule;  // rule instance id ("decimal-slip")
  std::string kind;  // rule kind implemented in code
  Severity severity = Severity::Warning;
  double confidence = 0.0;    // 0..1
  std::string message;        // one sentence, for the journalist
  std::string working;        // the arithmetic a reader can redo ("25 = 2.5 x 10")
  std::string suggestion;     // a suggested fix where the other figures agree; may be empty
  std::vector<Claim> claims;  // the claims involved, the questioned one first
  std::string fingerprint;    // stable id across runs, independent of line shifts
};

}  // namespace claimcheck
