#pragma once
// The run's claims as the cross-article rules read them, in compact form. An article is
// analysed into full Claim records (model/claim.hpp, about 1 KB each with their strings);
// the store keeps what grouping and the rules need in 104 bytes a claim: strings become
// StringPool ids, the comparatively few combinations of unit, hedge, role, period and
// segment a ClaimTraits id, the document an index, and the excerpt a digest, since the
// rules only ask whether two figures share a sentence. A finding's claims get their
// excerpts back by reading their articles again (app/pipeline.hpp); articles that cannot
// be read again (standard input, a claim stream) keep their excerpts in the pool.
//
// Only claims the rules can use are kept: not vague, and with a metric (compared within
// their article, or across articles where the company is named or shared) or framed
// (words around them to be compared on within their article). The per-article rules
// (arithmetic, calendar) run on the full records before an article is compacted.

#include <array>
#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

#include "model/claim.hpp"
#include "model/document_info.hpp"
#include "model/string_pool.hpp"
#include "support/hashing.hpp"
#include "support/intern_table.hpp"

namespace claimcheck {

// What a claim says besides its figure, place, entity and metric: how the figure is
// measured and written, its period and segment, how sure the resolver is. A run holds
// tens of thousands of distinct combinations against millions of claims, so the store
// keeps each once and a claim names it by id.
struct ClaimTraits {
  double scale = 1.0;
  double confidence = 0.0;
  StringPool::Id currency = 0;
  StringPool::Id noun = 0;
  StringPool::Id hedge_word = 0;
  StringPool::Id rate = 0;
  StringPool::Id basis = 0;
  StringPool::Id entity_evidence = 0;
  StringPool::Id metric_cue = 0;
  StringPool::Id qualifier = 0;
  StringPool::Id period = 0;
  std::int8_t decimals = 0;
  Role role = Role::Body;
  UnitKind unit = UnitKind::Count;
  HedgeKind hedge = HedgeKind::Exact;
  Direction direction = Direction::None;
  bool is_range = false;
  bool metric_weak = false;
  bool earlier = false;
  bool outlook = false;
  // Bit for bit, so that a claim gets back exactly the numbers it had.
  friend bool operator==(const ClaimTraits& a, const ClaimTraits& b);
};

struct ClaimTraitsHash {
  std::size_t operator()(const ClaimTraits& t) const;
};

// 104 bytes, 32 of them the frame: the 6.2 million of a 1 GB archive fit in 650 MB.
struct CompactClaim {
  Interval stated;
  Interval value;
  std::uint32_t begin = 0;  // Span::begin - CompactDocument::span_base; Span::end is begin + length
  std::uint32_t excerpt_digest = 0;
  std::uint32_t line = 0;
  std::uint32_t column = 0;
  std::uint16_t length = 0;  // a figure as written is short (compact() refuses longer ones)
  std::uint16_t index = 0;   // under kMaxClaimsPerDocument
  StringPool::Id text = 0;
  StringPool::Id entity = 0;
  StringPool::Id entity_name = 0;
  StringPool::Id metric = 0;
  std::uint32_t traits = 0;  // ClaimStore::traits()
  Frame frame;
};

// Where an article can be read again to rebuild its full claims.
struct DocumentOrigin {
  enum class Kind : std::uint8_t {
    None,         // standard input, a claim stream, a test: excerpts are kept instead
    File,         // the file named by the document's id
    JsonlRecord,  // record `record` of the JSON Lines file `file`
  };
  Kind kind = Kind::None;
  StringPool::Id file = StringPool::kEmpty;
  std::size_t record = 0;
};

struct CompactDocument {
  DocumentInfo info;
  DocumentOrigin origin;
  std::vector<CompactClaim> claims;  // the resolved, non-vague claims, in document order
  // Their excerpts, where the article cannot be read again (DocumentOrigin::Kind::None);
  // empty otherwise.
  std::vector<StringPool::Id> excerpts;
  // Where the claims' places count from: a JSON Lines record's claims stand far into
  // their file, but within 4 GB of each other (kLargestDocumentBytes).
  std::uint64_t span_base = 0;
  std::size_t claim_total = 0;  // every claim the article has
  // A digest of everything the rules read of the article except its name (date, event
  // terms, every claim): equal digests mean an exact copy (group/event_clusters.hpp).
  Digest128 content_digest;
};

// Whether the cross-article rules can use a claim at all.
bool is_groupable(const Claim& claim);

// A claim whose entity or metric the resolver did not name stands for its own article:
// the store keys its entity by this prefix, the article's id and the entity (maybe
// empty), so grouping only ever sets it beside claims of the same article (which the
// rules then compare on their frames), and expanding it gives the entity back.
inline constexpr std::string_view kArticleEntityPrefix = "\x01article:";
std::string article_entity_key(const std::string& document_id, const std::string& entity);

// The excerpt's stand-in inside the store (Claim::excerpt_digest); never 0.
std::uint32_t digest_excerpt(std::string_view excerpt);

class ClaimStore {
 public:
  ClaimStore() = default;
  // A store of documents analysed elsewhere, excerpts kept (tests, claim streams).
  static ClaimStore from(const std::vector<DocumentClaims>& documents);

  // Compacts one article; several threads may compact at once. Append the result with
  // append(), in run order, once every compact() has returned.
  [[nodiscard]] CompactDocument compact(const DocumentClaims& document, DocumentOrigin origin = {});
  [[nodiscard]] StringPool::Id intern(std::string_view text) { return pool_.intern(text); }
  void append(CompactDocument document);
  void add(const DocumentClaims& document) { append(compact(document)); }

  [[nodiscard]] std::size_t size() const { return documents_.size(); }
  [[nodiscard]] const CompactDocument& document(std::size_t d) const { return documents_[d]; }
  [[nodiscard]] const DocumentInfo& info(std::size_t d) const { return documents_[d].info; }
  [[nodiscard]] std::size_t claim_count(std::size_t d) const { return documents_[d].claims.size(); }
  // The claim as a full record: every field, the excerpt only where kept (otherwise empty,
  // with excerpt_digest set).
  [[nodiscard]] Claim claim(std::size_t d, std::size_t i) const;
  [[nodiscard]] std::string_view text(StringPool::Id id) const { return pool_.view(id); }
  [[nodiscard]] const ClaimTraits& traits(const CompactClaim& claim) const { return traits_.get(claim.traits); }
  // Every claim of every article, kept or not.
  [[nodiscard]] std::size_t claim_total() const { return claim_total_; }
  // The compact claims held, over every document.
  [[nodiscard]] std::size_t claim_kept() const { return claim_kept_; }
  // No document is added after this: the interning indexes (some 50 bytes a distinct
  // string) are freed before the rules run. compact() and add() throw afterwards.
  void seal() {
    pool_.seal();
    traits_.seal();
  }
  // Frees the compact claims once the rules are done with them; the documents' info and
  // claim_total() stay, which is all a report reads. claim_count() is 0 afterwards.
  void release_claims();

 private:
  StringPool pool_;
  InternTable<ClaimTraits, ClaimTraits, ClaimTraitsHash> traits_;
  std::deque<CompactDocument> documents_;  // grows without copying what it holds
  std::size_t claim_total_ = 0;
  std::size_t claim_kept_ = 0;
};

}  // namespace claimcheck
