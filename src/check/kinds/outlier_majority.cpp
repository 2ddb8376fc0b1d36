// outlier-majority: one source against a value at least two others agree on, in a group
// with figures from at least "min_sources" (default 3) articles.

#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "check/comparison.hpp"
#include "check/kinds/group_context.hpp"
#include "check/kinds/rule_kind.hpp"
#include "check/same_fact.hpp"

namespace claimcheck {
namespace {

class OutlierMajority final : public RuleKind {
 public:
  OutlierMajority() : RuleKind("outlier-majority", KindScope::Group) {}

  void check_group(const RuleConfig& rule, GroupContext& g) const override {
    if (!g.majority()) return;
    const Majority& majority = *g.majority();
    const auto min_sources = static_cast<std::size_t>(rule.number("min_sources", 3));
    std::set<std::size_t> all_documents;
    for (std::size_t i = 0; i < g.size(); ++i) all_documents.insert(g.doc(i));
    if (all_documents.size() < min_sources) return;
    for (const std::size_t d : all_documents) {
      if (majority.documents.contains(d)) continue;
      std::vector<std::size_t> odd;
      bool against_all = true;
      bool tied = false;  // to one of the majority by its frame
      for (std::size_t i = 0; i < g.size(); ++i) {
        if (g.doc(i) != d) continue;
        for (const std::size_t m : majority.members) {
          against_all = against_all && g.comparable(i, m) && conflict(g.claim(i), g.claim(m));
          tied = tied || same_fact(g.claim(i), g.claim(m), Difference::Majority).tied;
        }
        odd.push_back(i);
      }
      if (odd.empty() || !against_all || !tied || majority.documents.size() <= 1) continue;
      // Every clash already has a more specific finding (a scale or decimal slip), which
      // names what the others support in its suggestion.
      const bool explained = std::all_of(odd.begin(), odd.end(), [&](std::size_t i) {
        return std::all_of(majority.members.begin(), majority.members.end(),
                           [&](std::size_t m) { return g.explained(std::min(i, m), std::max(i, m)); });
      });
      if (explained) continue;
      std::vector<std::string> outlier_texts;
      std::vector<std::size_t> members = odd;
      for (const std::size_t i : odd) {
        const std::string w = as_written(g.claim(i)) + (g.claim(i).role == Role::Headline ? " (headline)" : "");
        if (std::find(outlier_texts.begin(), outlier_texts.end(), w) == outlier_texts.end()) outlier_texts.push_back(w);
      }
      std::vector<std::string> majority_texts;
      std::vector<std::string> sources;
      for (const std::size_t m : majority.members) {
        members.push_back(m);
        const std::string w = as_written(g.claim(m));
        if (std::find(majority_texts.begin(), majority_texts.end(), w) == majority_texts.end())
          majority_texts.push_back(w);
        const std::string s = file_name(g.claim(m).document);
        if (std::find(sources.begin(), sources.end(), s) == sources.end()) sources.push_back(s);
      }
      Fields fields{{"outliers", join(outlier_texts)},
                    {"outlier_source", file_name(g.claim(odd[0]).document)},
                    {"majority", join(majority_texts)},
                    {"majority_sources", join(sources)},
                    {"majority_count", std::to_string(majority.documents.size())}};
      add_subject_fields(fields, g.entity(), g.metric());
      std::string working;
      for (const std::size_t i : members) {
        working += fmt::format("{}{} allows {}", working.empty() ? "" : "; ", as_written(g.claim(i)),
                               format_interval(g.claim(i)));
      }
      working += ". The majority figures share a value; the others overlap none of them.";
      g.add(g.make_finding(rule, members, fields, std::move(working)));
      for (const std::size_t i : odd) {
        for (const std::size_t m : majority.members) g.explain(std::min(i, m), std::max(i, m));
      }
    }
  }
};

}  // namespace

const RuleKind& outlier_majority_kind() {
  static const OutlierMajority kind;
  return kind;
}

}  // namespace claimcheck
