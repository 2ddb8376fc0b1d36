// Companies the lexicon does not know, found as copy introduces them (made-up names).

#include <gtest/gtest.h>

#include "support/test_support.hpp"

namespace claimcheck::testing {
namespace {

TEST(CompanyNames, TheSubjectOfAReportingVerb) {
  const auto doc = analyse("In the first quarter, Brantley reported total revenues of $860 million.\n");
  EXPECT_EQ(only_claim(doc, "$860 million").subject.entity_name, "Brantley");
}

TEST(CompanyNames, AWordTheTextWritesInLowerCaseIsNoName) {
  const auto doc = analyse("Revenue reported for the year was $860 million, and revenue grew.\n");
  EXPECT_EQ(only_claim(doc, "$860 million").subject.entity, "");
}

TEST(CompanyNames, APersonAfterATitleIsNoCompany) {
  const auto doc = analyse("Mr Harrow said revenue would reach $860 million this year.\n");
  EXPECT_EQ(only_claim(doc, "$860 million").subject.entity, "");
}

TEST(CompanyNames, ASuffixAfterAComma) {
  const auto doc = analyse(
      "Harrow Lending, Inc. NOTES TO CONSOLIDATED FINANCIAL STATEMENTS\n\nRevenue was $120.5 million in 2019.\n");
  EXPECT_EQ(only_claim(doc, "$120.5 million").subject.entity_name, "Harrow Lending");
}

TEST(CompanyNames, TheNameBeforeAWireTicker) {
  const auto doc = analyse(
      "HARLAND HAS SIX PCT OF CALDER <CLD>\n\nHarland Partners said it has acquired 243,400 shares of Calder, "
      "or 6.1 pct of its stock.\n");
  // The capitals of the headline name Calder, not "HAS SIX PCT OF CALDER".
  EXPECT_EQ(claims_written(doc, "SIX PCT").at(0).subject.entity_name, "Calder");
}

TEST(CompanyNames, ANameEndingInAKnownAliasIsAnotherCompany) {
  // The tests' lexicon knows "Kestrel"; "Iniziale Kestrel <INK.MI>" is a company of its own.
  const auto doc = analyse("Iniziale Kestrel <INK.MI> holds the largest stake, with 49.9 pct.\n");
  EXPECT_EQ(only_claim(doc, "49.9 pct").subject.entity_name, "Iniziale Kestrel");
}

TEST(CompanyNames, ACallsHostIsTheMainSubject) {
  const auto doc = analyse(
      "Good morning and welcome to the Brantley International third quarter earnings call.\n\nOur Pasta Bar "
      "brand had a good quarter. Revenue rose 9% to $860 million. Pasta Bar traffic was up 4%. Pasta Bar opened "
      "new sites.\n");
  const Claim revenue = only_claim(doc, "$860 million");
  EXPECT_EQ(revenue.subject.entity_name, "Brantley International");
  EXPECT_EQ(revenue.subject.entity_evidence, "article");
}

TEST(CompanyNames, AShortNameIsTheLongOnesCompany) {
  const auto doc = analyse(
      "Welcome to the Brantley International earnings call.\n\nThis quarter Brantley reported revenue of $860 "
      "million.\n");
  EXPECT_EQ(only_claim(doc, "$860 million").subject.entity_name, "Brantley International");
}

}  // namespace
}  // namespace claimcheck::testing
