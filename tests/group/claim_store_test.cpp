#include "group/claim_store.hpp"

#include <gtest/gtest.h>

#include <set>
#include <stdexcept>
#include <string>
#include <thread>

#include "support/test_support.hpp"

namespace claimcheck::testing {
namespace {

constexpr const char* kArticle =
    "Acme Corp Shares Jump 25%\n\nAcme Corp shares rose 2.5% on Tuesday. Tens of billions went in, "
    "around $2.3bn of it in March.\nSomeone said 40 things.\nHundreds of millions of dollars.\n";

TEST(StringPool, OneIdPerStringAndTheEmptyStringIsZero) {
  StringPool pool;
  EXPECT_EQ(pool.intern(""), StringPool::kEmpty);
  const StringPool::Id usd = pool.intern("USD");
  EXPECT_NE(usd, StringPool::kEmpty);
  EXPECT_EQ(pool.intern(std::string("US") + "D"), usd);
  EXPECT_NE(pool.intern("EUR"), usd);
  EXPECT_EQ(pool.view(usd), "USD");
  EXPECT_EQ(pool.view(StringPool::kEmpty), "");
}

TEST(StringPool, ThreadsInterningAtOnceAgreeOnIds) {
  StringPool pool;
  std::vector<StringPool::Id> a(2000);
  std::vector<StringPool::Id> b(2000);
  std::thread other([&] {
    for (std::size_t i = 0; i < b.size(); ++i) b[i] = pool.intern("figure " + std::to_string(i));
  });
  for (std::size_t i = a.size(); i-- > 0;) a[i] = pool.intern("figure " + std::to_string(i));
  other.join();
  EXPECT_EQ(a, b);
  EXPECT_EQ(pool.size(), 2001U);
  EXPECT_EQ(pool.view(a[1234]), "figure 1234");
}

TEST(StringPool, ASealedPoolKeepsItsStringsAndTakesNoMore) {
  StringPool pool;
  const StringPool::Id usd = pool.intern("USD");
  pool.seal();
  EXPECT_EQ(pool.view(usd), "USD");
  EXPECT_EQ(pool.intern(""), StringPool::kEmpty) << "the empty string needs no lookup";
  EXPECT_THROW((void)pool.intern("EUR"), std::logic_error);
  EXPECT_THROW((void)pool.intern("USD"), std::logic_error) << "not even a string it holds";
}

TEST(ClaimStore, KeepsTheResolvedClaimsAndGivesThemBackWhole) {
  const DocumentClaims doc = analyse(kArticle, Format::Text, "acme.txt");
  ClaimStore store;
  store.add(doc);
  ASSERT_EQ(store.size(), 1U);
  EXPECT_EQ(store.claim_total(), doc.claims.size());
  std::size_t kept = 0;
  for (const Claim& c : doc.claims) {
    if (!is_groupable(c)) continue;
    const Claim back = store.claim(0, kept++);
    EXPECT_NE(back.excerpt_digest, 0U) << "the sentence's stand-in is kept";
    EXPECT_EQ(back, c) << c.text;
  }
  EXPECT_EQ(store.claim_count(0), kept);
  EXPECT_GT(kept, 0U);
  EXPECT_LT(kept, doc.claims.size()) << "vague figures stay out";
}

TEST(ClaimStore, AnArticleThatCanBeReadAgainDropsItsExcerpts) {
  const DocumentClaims doc = analyse(kArticle, Format::Text, "acme.txt");
  ClaimStore store;
  store.append(store.compact(doc, {DocumentOrigin::Kind::File, StringPool::kEmpty, 0}));
  ASSERT_GT(store.claim_count(0), 1U);
  const Claim a = store.claim(0, 0);
  const Claim b = store.claim(0, 1);
  EXPECT_TRUE(a.excerpt.empty());
  EXPECT_NE(a.excerpt_digest, 0U);
  EXPECT_NE(a.excerpt_digest, b.excerpt_digest) << "headline and body are different sentences";
}

TEST(ClaimStore, ClaimsAlikeInUnitHedgeAndRoleShareTheirTraits) {
  std::string article = "Acme Corp Shares Jump 25%\n\n";
  for (int i = 1; i <= 40; ++i)
    article += "Acme Corp shares rose " + std::to_string(i) + ".5% on day " + std::to_string(i) + ".\n";
  const DocumentClaims doc = analyse(article, Format::Text, "acme.txt");
  ClaimStore store;
  store.add(doc);
  ASSERT_GE(store.claim_count(0), 40U);
  std::set<const ClaimTraits*> distinct;
  for (std::size_t i = 0; i < store.claim_count(0); ++i) distinct.insert(&store.traits(store.document(0).claims[i]));
  EXPECT_LE(distinct.size(), 3U) << "one record for every body claim written alike";
}

TEST(ClaimStore, ReleasingTheClaimsKeepsWhatAReportReads) {
  ClaimStore store;
  store.add(analyse(kArticle, Format::Text, "acme.txt"));
  const std::size_t total = store.claim_total();
  ASSERT_GT(store.claim_count(0), 0U);
  store.release_claims();
  EXPECT_EQ(store.claim_count(0), 0U);
  EXPECT_EQ(store.claim_total(), total);
  EXPECT_EQ(store.info(0).id, "acme.txt");
}

TEST(ClaimStore, CopiesUnderAnotherNameHaveOneContentDigest) {
  ClaimStore store;
  store.add(analyse(kArticle, Format::Text, "acme.txt"));
  store.add(analyse(kArticle, Format::Text, "syndicated/acme-copy.txt"));
  store.add(analyse(std::string(kArticle) + "Acme Corp rose 3%.\n", Format::Text, "acme-updated.txt"));
  EXPECT_EQ(store.document(0).content_digest, store.document(1).content_digest);
  EXPECT_NE(store.document(0).content_digest, store.document(2).content_digest);
}

}  // namespace
}  // namespace claimcheck::testing
