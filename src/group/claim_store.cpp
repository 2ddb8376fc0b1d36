#include "group/claim_store.hpp"

#include <cstring>
#include <functional>

#include "support/hashing.hpp"

namespace claimcheck {
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
    if (last.text != nullptr && *last.text == text) return last.id;
    last = {&text, pool_.intern(text)};
    return last.id;
  }

 private:
  struct Last {
    const std::string* text = nullptr;
    StringPool::Id id = StringPool::kEmpty;
  };
  StringPool& pool_;
  std::array<Last, 16> last_{};
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

bool is_groupable(const Claim& c) {
  return !c.subject.entity.empty() && !c.subject.metric.empty() && c.hedge.kind != HedgeKind::Vague;
}

std::uint64_t digest_excerpt(std::string_view excerpt) {
  return std::hash<std::string_view>{}(excerpt) | 1U;  // never 0, which means "not dropped"
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
  for (const Claim& c : document.claims) {
    digest.add(c);
    if (!is_groupable(c)) continue;
    CompactClaim k;
    k.stated = c.stated;
    k.value = c.value;
    k.scale = c.scale;
    k.confidence = c.subject.confidence;
    k.excerpt_digest = c.excerpt_digest != 0 ? c.excerpt_digest : digest_excerpt(c.excerpt);
    k.begin = c.span.begin;
    k.length = static_cast<std::uint32_t>(c.span.end - c.span.begin);
    k.line = c.span.line;
    k.column = c.span.column;
    k.index = c.index;
    k.text = intern(0, c.text);
    k.excerpt = keep_excerpts ? intern(1, c.excerpt) : StringPool::kEmpty;
    k.currency = intern(2, c.unit.currency);
    k.noun = intern(3, c.unit.noun);
    k.hedge_word = intern(4, c.hedge.word);
    k.rate = intern(5, c.rate);
    k.basis = intern(6, c.basis);
    k.entity = intern(7, c.subject.entity);
    k.entity_name = intern(8, c.subject.entity_name);
    k.entity_evidence = intern(9, c.subject.entity_evidence);
    k.metric = intern(10, c.subject.metric);
    k.metric_cue = intern(11, c.subject.metric_cue);
    k.period = intern(12, c.subject.period);
    k.qualifier = intern(13, c.subject.qualifier);
    k.decimals = static_cast<std::int8_t>(c.decimals);
    k.role = c.role;
    k.unit = c.unit.kind;
    k.hedge = c.hedge.kind;
    k.direction = c.direction;
    k.is_range = c.is_range;
    k.metric_weak = c.subject.metric_weak;
    k.earlier = c.subject.earlier;
    k.outlook = c.subject.outlook;
    out.claims.push_back(k);
  }
  out.claims.shrink_to_fit();
  out.content_digest = digest.finish();
  return out;
}

void ClaimStore::append(CompactDocument document) {
  claim_total_ += document.claim_total;
  documents_.push_back(std::move(document));
}

Claim ClaimStore::claim(std::size_t d, std::size_t i) const {
  const CompactDocument& doc = documents_[d];
  const CompactClaim& k = doc.claims[i];
  auto str = [&](StringPool::Id id) { return std::string(pool_.view(id)); };
  Claim c;
  c.document = doc.info.id;
  c.index = k.index;
  c.span = {k.begin, k.begin + k.length, k.line, k.column};
  c.text = str(k.text);
  c.excerpt = str(k.excerpt);
  c.excerpt_digest = k.excerpt_digest;
  c.role = k.role;
  c.unit = {k.unit, str(k.currency), str(k.noun)};
  c.stated = k.stated;
  c.value = k.value;
  c.scale = k.scale;
  c.decimals = k.decimals;
  c.is_range = k.is_range;
  c.hedge = {k.hedge, str(k.hedge_word)};
  c.direction = k.direction;
  c.rate = str(k.rate);
  c.basis = str(k.basis);
  Subject& s = c.subject;
  s.entity = str(k.entity);
  s.entity_name = str(k.entity_name);
  s.entity_evidence = str(k.entity_evidence);
  s.metric = str(k.metric);
  s.metric_cue = str(k.metric_cue);
  s.metric_weak = k.metric_weak;
  s.period = str(k.period);
  s.earlier = k.earlier;
  s.outlook = k.outlook;
  s.qualifier = str(k.qualifier);
  s.confidence = k.confidence;
  return c;
}

}  // namespace claimcheck
