// headline-echo: the headline's figure written again in its body with the decimal point
// moved ("14.5 MLN DLR" over "145 mln dlrs"), found whatever subject each side was read
// as. A headline restates its story's main figure in capitals and few words, so the
// reader of the two often assigns them different metrics, periods or companies; the
// same digits at a power of ten, in the same unit, are the evidence instead
// (check/same_fact.hpp: headline_echo). Pairs the group kinds already report are left to
// them (RuleEngine::finish).

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "check/comparison.hpp"
#include "check/kinds/rule_kind.hpp"
#include "check/same_fact.hpp"
#include "model/claim_format.hpp"

namespace claimcheck {
namespace {

// The body states the headline's figure as written: the headline is confirmed, and a
// body figure with the same digits elsewhere is another fact.
bool stated_in_body(const Claim& headline, const std::vector<Claim>& claims) {
  return std::any_of(claims.begin(), claims.end(), [&](const Claim& c) {
    return c.role == Role::Body && same_unit(c, headline) && c.stated == headline.stated;
  });
}

class HeadlineEcho final : public RuleKind {
 public:
  HeadlineEcho() : RuleKind("headline-echo", KindScope::Document) {}

  void check_document(const RuleConfig& rule, const DocumentInput& in, std::vector<Finding>& out) const override {
    const int max_power = static_cast<int>(rule.number("max_power", 3));
    const std::vector<Claim>& claims = in.document.claims;
    for (const Claim& headline : claims) {
      if (headline.role != Role::Headline || stated_in_body(headline, claims)) continue;
      for (const Claim& body : claims) {
        const auto k = decimal_shift(headline, body, max_power);
        if (!k) continue;
        const SameFact tie = headline_echo(headline, body);
        if (!tie.tied) continue;
        out.push_back(echo_finding(rule, in.metrics, headline, body, *k, tie.evidence));
        break;
      }
    }
  }

 private:
  static Finding echo_finding(const RuleConfig& rule, const MetricTable& metrics, const Claim& headline,
                              const Claim& body, int k, const std::string& evidence) {
    const Claim& named = headline.subject.entity.empty() ? body : headline;
    const Claim& measured = headline.subject.metric.empty() ? body : headline;
    Fields fields = pair_fields(headline, body, named.subject.entity_name, metric_name(measured, metrics));
    fields["factor"] = fmt::format("{}", static_cast<long long>(std::llround(std::pow(10.0, k))));
    const bool headline_larger = std::fabs(headline.stated.low) > std::fabs(body.stated.low);
    const Claim& big = headline_larger ? headline : body;
    const Claim& small = headline_larger ? body : headline;
    std::string working = fmt::format("{} = {} x {}. {}", format_value(big.stated.low, big),
                                      format_value(small.stated.low, small), fields["factor"], evidence);
    return build_finding(rule, {headline, body}, fields, std::move(working), 0.6,
                         weakly_resolved(headline) || weakly_resolved(body));
  }
};

}  // namespace

const RuleKind& headline_echo_kind() {
  static const HeadlineEcho kind;
  return kind;
}

}  // namespace claimcheck
