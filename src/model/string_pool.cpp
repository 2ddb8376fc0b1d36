#include "model/string_pool.hpp"

#include <functional>
#include <stdexcept>

namespace claimcheck {

StringPool::StringPool() : shards_(std::make_unique<std::array<Shard, 1U << kShardBits>>()) {
  // Id 0 is shard 0's first string: the empty one.
  Shard& first = (*shards_)[0];
  first.ids.emplace(first.strings.emplace_back(), kEmpty);
}

StringPool::Id StringPool::intern(std::string_view text) {
  if (text.empty()) return kEmpty;
  const std::size_t hash = std::hash<std::string_view>{}(text);
  const auto shard_index = static_cast<Id>(hash >> (sizeof(std::size_t) * 8 - kShardBits));
  Shard& shard = (*shards_)[shard_index];
  const std::lock_guard lock(shard.mutex);
  if (const auto it = shard.ids.find(text); it != shard.ids.end()) return it->second;
  if (shard.strings.size() >= (std::size_t{1} << kIndexBits)) throw std::length_error("string pool shard is full");
  const auto id = static_cast<Id>((shard_index << kIndexBits) | shard.strings.size());
  shard.ids.emplace(shard.strings.emplace_back(text), id);
  return id;
}

std::string_view StringPool::view(Id id) const {
  const Shard& shard = (*shards_)[id >> kIndexBits];
  return shard.strings[id & ((Id{1} << kIndexBits) - 1)];
}

std::size_t StringPool::size() const {
  std::size_t n = 0;
  for (const Shard& shard : *shards_) n += shard.strings.size();
  return n;
}

}  // namespace claimcheck
