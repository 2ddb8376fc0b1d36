#pragma once
// Interning: each distinct value is stored once and named by a 32-bit id, so that
// millions of records can share a few thousand values instead of carrying them.
//
// Contract: intern() may be called from many threads at once. get() returns a reference
// that stays valid for the table's life; it must not run concurrently with intern(),
// which a caller guarantees by reading only after every value has been interned, and
// may then seal() the table to free its lookup index. Id 0
// always names the default value (Value{}). Ids depend on the order values arrive in,
// so they are for equality only, never for ordering.
//
// `Key` is what lookups are made with and what the index holds: the value itself, or a
// view into it (std::string_view for std::string, so that the text is stored once).

#include <array>
#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <unordered_map>

namespace claimcheck {

template <typename Value, typename Key = Value, typename Hash = std::hash<Key>>
class InternTable {
 public:
  using Id = std::uint32_t;
  static constexpr Id kDefault = 0;

  InternTable() : shards_(std::make_unique<std::array<Shard, kShards>>()) {
    Shard& first = (*shards_)[0];
    first.ids.emplace(Key(first.values.emplace_back()), kDefault);
  }

  [[nodiscard]] Id intern(const Key& key) {
    if (key == default_key_) return kDefault;
    if (sealed_) throw std::logic_error("intern table is sealed");
    const std::size_t hash = Hash{}(key);
    const auto shard_index = static_cast<Id>(hash >> (sizeof(std::size_t) * 8 - kShardBits));
    Shard& shard = (*shards_)[shard_index];
    const std::lock_guard lock(shard.mutex);
    if (const auto it = shard.ids.find(key); it != shard.ids.end()) return it->second;
    if (shard.values.size() >= (std::size_t{1} << kIndexBits)) throw std::length_error("intern table shard is full");
    const auto id = static_cast<Id>((shard_index << kIndexBits) | shard.values.size());
    shard.ids.emplace(Key(shard.values.emplace_back(key)), id);
    return id;
  }

  [[nodiscard]] const Value& get(Id id) const {
    return (*shards_)[id >> kIndexBits].values[id & ((Id{1} << kIndexBits) - 1)];
  }

  // No value is interned after this: the lookup index (a hash node a value) is freed,
  // the values stay. intern() throws std::logic_error afterwards.
  void seal() {
    for (Shard& shard : *shards_) std::unordered_map<Key, Id, Hash>().swap(shard.ids);
    sealed_ = true;
  }

  // Distinct values held, the default one included.
  [[nodiscard]] std::size_t size() const {
    std::size_t n = 0;
    for (const Shard& shard : *shards_) n += shard.values.size();
    return n;
  }

 private:
  // Shards keep two threads interning at once from waiting on one lock.
  static constexpr unsigned kShardBits = 6;
  static constexpr unsigned kShards = 1U << kShardBits;
  static constexpr unsigned kIndexBits = 32 - kShardBits;
  struct Shard {
    std::mutex mutex;
    std::deque<Value> values;  // a deque never moves what it holds
    std::unordered_map<Key, Id, Hash> ids;
  };
  Key default_key_{};
  bool sealed_ = false;
  std::unique_ptr<std::array<Shard, kShards>> shards_;
};

}  // namespace claimcheck
