#include "support/expected_findings.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "model/names.hpp"

namespace claimcheck::testing {
namespace {

std::string trim(const std::string& s) {
  const auto b = s.find_first_not_of(" \t");
  const auto e = s.find_last_not_of(" \t\r");
  return b == std::string::npos ? std::string() : s.substr(b, e - b + 1);
}

bool matches(const ExpectedFinding& e, const Finding& f) {
  if (e.rule != f.rule || e.severity != to_string(f.severity)) return false;
  if (std::filesystem::path(f.claims.front().document).filename() != e.file) return false;
  for (const auto& figure : e.figures) {
    bool quoted = false;
    for (const auto& c : f.claims) quoted = quoted || c.text == figure;
    if (!quoted) return false;
  }
  return true;
}

std::string describe(const Finding& f) {
  std::string s = std::string(to_string(f.severity)) + " " + f.rule + " " +
                  std::filesystem::path(f.claims.front().document).filename().string() + " ";
  for (const auto& c : f.claims) s += "[" + c.text + "]";
  return s;
}

}  // namespace

std::vector<ExpectedFinding> read_expected_findings(const std::string& path) {
  std::ifstream in(path);
  std::vector<ExpectedFinding> out;
  std::string line;
  bool inside = false;
  while (std::getline(in, line)) {
    if (trim(line) == "```findings") {
      inside = true;
      continue;
    }
    if (inside && trim(line) == "```") break;
    if (!inside || trim(line).empty()) continue;
    std::istringstream fields(line);
    ExpectedFinding e;
    fields >> e.severity >> e.rule >> e.file;
    std::string rest;
    std::getline(fields, rest);
    std::stringstream figures(rest);
    std::string figure;
    while (std::getline(figures, figure, '|')) e.figures.push_back(trim(figure));
    out.push_back(std::move(e));
  }
  return out;
}

std::string compare_findings(const std::vector<ExpectedFinding>& expected, const std::vector<Finding>& actual) {
  std::string problems;
  std::vector<bool> used(actual.size(), false);
  for (const auto& e : expected) {
    bool found = false;
    for (std::size_t i = 0; i < actual.size() && !found; ++i) {
      if (!used[i] && matches(e, actual[i])) used[i] = found = true;
    }
    if (!found) problems += "missing: " + e.severity + " " + e.rule + " " + e.file + "\n";
  }
  for (std::size_t i = 0; i < actual.size(); ++i) {
    if (!used[i]) problems += "unexpected: " + describe(actual[i]) + " -- " + actual[i].message + "\n";
  }
  return problems;
}

}  // namespace claimcheck::testing
