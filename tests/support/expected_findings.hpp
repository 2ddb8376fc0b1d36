#pragma once
// The expected-findings format used by samples/README.md: one line per finding,
//   severity  rule  file-of-questioned-claim  figure | figure | ...
// and the comparison of a run's findings against such a list, exactly.

#include <string>
#include <vector>

#include "model/finding.hpp"

namespace claimcheck::testing {

struct ExpectedFinding {
  std::string severity;
  std::string rule;
  std::string file;
  std::vector<std::string> figures;
};

// Reads the ```findings block of a Markdown file.
std::vector<ExpectedFinding> read_expected_findings(const std::string& markdown_path);

// Empty when `actual` is exactly `expected`; else a description of every difference.
std::string compare_findings(const std::vector<ExpectedFinding>& expected, const std::vector<Finding>& actual);

}  // namespace claimcheck::testing
