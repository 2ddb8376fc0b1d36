#include "group/claim_store.hpp"

#include <algorithm>
#include <bit>
#include <cstring>
#include <functional>
#include <limits>
#include <stdexcept>

#include "support/hashing.hpp"

namespace claimcheck {

static_assert(sizeof(CompactClaim) == 104, "the store's size per claim is part of its contract");

namespace {

// Interning with a memory of the last string per field: an article's claims mostly
// repeat their entity, metric and period, and a comparison is cheaper than the pool's
// hash and lock.
class FieldInterner {
 public:
  explicit FieldInterner(StringPool& pool) : pool_(pool) {}
  StringPool::Id operator()(std::size_t field, const std::string& text) {
    Last& last = last_[field];
    if (text.empty()) return StringPool::kEmpty;
    if (last.valid && last.text == text) return last.id;
    last.text = text;  // a copy: the caller's string may be a temporary
    last.id = pool_.intern(text);
    last.valid = true;
    return last.id;
  }
  // The same for traits: neighbouring claims mostly share theirs.
  template <typename Table>
  std::uint32_t traits(Table& table, const ClaimTraits& t) {
    if (!has_traits_ || !(last_traits_ == t)) {
      last_traits_ = t;
      last_traits_id_ = table.intern(t);
      has_traits_ = true;
    }
    return last_traits_id_;
  }

 private:
  struct Last {
    std::string text;
    StringPool::Id id = StringPool::kEmpty;
    bool valid = false;
  };
  StringPool& pool_;
  std::array<Last, 16> last_{};
  ClaimTraits last_traits_;
  std::uint32_t last_traits_id_ = 0;
  bool has_traits_ = false;
};

// Field-by-field bytes of everything an exact copy must share, digested in 128 bits: a
// false "copy" is practically impossible.
class ContentDigest {
 public:
  void add(std::string_view text) {
    bytes_.append(text);
    bytes_.push_back('\x1f');
  }
  template <typename T>
  void add_value(const T& value) {
    char raw[sizeof(T)];
    std::memcpy(raw, &value, sizeof(T));
    bytes_.append(raw, sizeof(T));
  }
  void add(const Claim& c) {
    add_value(c.index);
    add_value(c.span.begin);
    add_value(c.span.end);
    add_value(c.span.line);
    add_value(c.span.column);
    add(c.text);
    add(c.excerpt);
    add_value(c.role);
    add_value(c.unit.kind);
    add(c.unit.currency);
    add(c.unit.noun);
    for (const double v : {c.stated.low, c.stated.high, c.value.low, c.value.high, c.scale}) add_value(v);
    add_value(c.decimals);
    add_value(c.is_range);
    add_value(c.hedge.kind);
    add(c.hedge.word);
    add_value(c.direction);
    add(c.rate);
    add(c.basis);
    const Subject& s = c.subject;
    for (const std::string* t :
         {&s.entity, &s.entity_name, &s.entity_evidence, &s.metric, &s.metric_cue, &s.period, &s.qualifier})
      add(*t);
    add_value(s.metric_weak);
    add_value(s.earlier);
    add_value(s.outlook);
    add_value(s.confidence);
  }
  [[nodiscard]] Digest128 finish() const { return digest128(bytes_); }

 private:
  std::string bytes_;
};

}  // namespace

bool operator==(const ClaimTraits& a, const ClaimTraits& b) {
  auto bits = [](double v) { return std::bit_cast<std::uint64_t>(v); };
  return bits(a.scale) == bits(b.scale) && bits(a.confidence) == bits(b.confidence) && a.currency == b.currency &&
         a.noun == b.noun && a.hedge_word == b.hedge_word && a.rate == b.rate && a.basis == b.basis &&
         a.entity_evidence == b.entity_evidence && a.metric_cue == b.metric_cue && a.qualifier == b.qualifier &&
         a.period == b.period && a.decimals == b.decimals && a.role == b.role && a.unit == b.unit &&
         a.hedge == b.hedge && a.direction == b.direction && a.is_range == b.is_range &&
         a.metric_weak == b.metric_weak && a.earlier == b.earlier && a.outlook == b.outlook;
}

std::size_t ClaimTraitsHash::operator()(const ClaimTraits& t) const {
  std::uint64_t h = 0;
  auto step = [&h](std::uint64_t v) { h = hash_combine(h, v); };
  step(std::bit_cast<std::uint64_t>(t.scale));
  step(std::bit_cast<std::uint64_t>(t.confidence));
  for (const StringPool::Id id :
       {t.currency, t.noun, t.hedge_word, t.rate, t.basis, t.entity_evidence, t.metric_cue, t.qualifier, t.period})
    step(id);
  std::uint64_t small = static_cast<std::uint8_t>(t.decimals);
  for (const unsigned v : {unsigned(t.role), unsigned(t.unit), unsigned(t.hedge), unsigned(t.direction),
                           unsigned(t.is_range), unsigned(t.metric_weak), unsigned(t.earlier), unsigned(t.outlook)}) {
    small = small * 8 + v;
  }
  step(small);
  return h;
}

bool is_groupable(const Claim& c) {
  if (c.hedge.kind == HedgeKind::Vague) return false;
  // A metric without a company is kept too: another article of the event may name the
  // company, or leave it unnamed as well (group/event_clusters.hpp).
  return !c.subject.metric.empty() || c.frame.size() > 0;
}

std::string article_entity_key(const std::string& document_id, const std::string& entity) {
  return std::string(kArticleEntityPrefix) + document_id + '\x1f' + entity;
}

std::uint32_t digest_excerpt(std::string_view excerpt) {
  // 32 bits: two claims are only asked whether they share a sentence when they already
  // share a document, a line and a subject, so a chance match is out of reach.
  return digest32(excerpt);
}

ClaimStore ClaimStore::from(const std::vector<DocumentClaims>& documents) {
  ClaimStore store;
  for (const DocumentClaims& d : documents) store.add(d);
  return store;
}

CompactDocument ClaimStore::compact(const DocumentClaims& document, DocumentOrigin origin) {
  CompactDocument out;
  out.info = document.info;
  out.origin = origin;
  out.claim_total = document.claims.size();
  const bool keep_excerpts = origin.kind == DocumentOrigin::Kind::None;
  ContentDigest digest;
  FieldInterner intern(pool_);
  digest.add(document.info.date);
  for (const std::string& term : document.info.event_terms) digest.add(term);
  out.span_base = std::numeric_limits<std::uint64_t>::max();
  std::size_t groupable = 0;
  for (const Claim& c : document.claims) {
    if (!is_groupable(c)) continue;
    out.span_base = std::min<std::uint64_t>(out.span_base, c.span.begin);
    ++groupable;
  }
  // Exact sizes: the claims stay for the whole run, and growing then shrinking would
  // leave holes in the heap between them.
  out.claims.reserve(groupable);
  if (keep_excerpts) out.excerpts.reserve(groupable);
  for (const Claim& c : document.claims) {
    digest.add(c);
    if (!is_groupable(c)) continue;
    ClaimTraits t;
    t.scale = c.scale;
    t.confidence = c.subject.confidence;
    t.currency = intern(2, c.unit.currency);
    t.noun = intern(3, c.unit.noun);
    t.hedge_word = intern(4, c.hedge.word);
    t.rate = intern(5, c.rate);
    t.basis = intern(6, c.basis);
    t.entity_evidence = intern(9, c.subject.entity_evidence);
    t.metric_cue = intern(11, c.subject.metric_cue);
    t.qualifier = intern(13, c.subject.qualifier);
    t.period = intern(12, c.subject.period);
    t.decimals = static_cast<std::int8_t>(c.decimals);
    t.role = c.role;
    t.unit = c.unit.kind;
    t.hedge = c.hedge.kind;
    t.direction = c.direction;
    t.is_range = c.is_range;
    t.metric_weak = c.subject.metric_weak;
    t.earlier = c.subject.earlier;
    t.outlook = c.subject.outlook;
    CompactClaim k;
    k.stated = c.stated;
    k.value = c.value;
    if (c.span.end - out.span_base > std::numeric_limits<std::uint32_t>::max()) {
      throw std::length_error(document.info.id + ": claims more than 4 GB apart in one document");
    }
    if (c.span.end - c.span.begin > std::numeric_limits<std::uint16_t>::max() ||
        c.index > std::numeric_limits<std::uint16_t>::max()) {
      throw std::length_error(document.info.id + ": a figure over 64 kB long, or over 65,535 figures");
    }
    k.begin = static_cast<std::uint32_t>(c.span.begin - out.span_base);
    k.excerpt_digest = c.excerpt_digest != 0 ? c.excerpt_digest : digest_excerpt(c.excerpt);
    k.length = static_cast<std::uint16_t>(c.span.end - c.span.begin);
    k.line = c.span.line;
    k.column = c.span.column;
    k.index = static_cast<std::uint16_t>(c.index);
    k.text = intern(0, c.text);
    const bool resolved = !c.subject.entity.empty() && !c.subject.metric.empty();
    k.entity = intern(7, resolved ? c.subject.entity : article_entity_key(document.info.id, c.subject.entity));
    k.entity_name = intern(8, c.subject.entity_name);
    k.metric = intern(10, c.subject.metric);
    k.traits = intern.traits(traits_, t);
    k.frame = c.frame;
    out.claims.push_back(k);
    if (keep_excerpts) out.excerpts.push_back(intern(1, c.excerpt));
  }
  if (out.claims.empty()) out.span_base = 0;
  out.content_digest = digest.finish();
  return out;
}

void ClaimStore::append(CompactDocument document) {
  claim_total_ += document.claim_total;
  claim_kept_ += document.claims.size();
  documents_.push_back(std::move(document));
}

void ClaimStore::release_claims() {
  claim_kept_ = 0;
  for (CompactDocument& document : documents_) {
    std::vector<CompactClaim>().swap(document.claims);
    std::vector<StringPool::Id>().swap(document.excerpts);
  }
}

Claim ClaimStore::claim(std::size_t d, std::size_t i) const {
  const CompactDocument& doc = documents_[d];
  const CompactClaim& k = doc.claims[i];
  const ClaimTraits& t = traits(k);
  auto str = [&](StringPool::Id id) { return std::string(pool_.view(id)); };
  Claim c;
  c.document = doc.info.id;
  c.index = k.index;
  const std::uint64_t begin = doc.span_base + k.begin;
  c.span = {begin, begin + k.length, k.line, k.column};
  c.text = str(k.text);
  if (!doc.excerpts.empty()) c.excerpt = str(doc.excerpts[i]);
  c.excerpt_digest = k.excerpt_digest;
  c.role = t.role;
  c.unit = {t.unit, str(t.currency), str(t.noun)};
  c.stated = k.stated;
  c.value = k.value;
  c.scale = t.scale;
  c.decimals = t.decimals;
  c.is_range = t.is_range;
  c.hedge = {t.hedge, str(t.hedge_word)};
  c.direction = t.direction;
  c.rate = str(t.rate);
  c.basis = str(t.basis);
  Subject& s = c.subject;
  s.entity = str(k.entity);
  if (s.entity.starts_with(kArticleEntityPrefix)) s.entity.erase(0, s.entity.rfind('\x1f') + 1);
  s.entity_name = str(k.entity_name);
  s.entity_evidence = str(t.entity_evidence);
  s.metric = str(k.metric);
  s.metric_cue = str(t.metric_cue);
  s.metric_weak = t.metric_weak;
  s.period = str(t.period);
  s.earlier = t.earlier;
  s.outlook = t.outlook;
  s.qualifier = str(t.qualifier);
  c.frame = k.frame;
  s.confidence = t.confidence;
  return c;
}

}  // namespace claimcheck
