#pragma once
// Interned strings: each distinct string is stored once and named by a 32-bit id. The
// claim store keeps a run's claims as ids (an entity, a metric, a period, a figure as
// written), so millions of claims share a few thousand strings instead of carrying them.
//
// Contract: intern() may be called from many threads at once (the articles of a run are
// compacted on the worker threads). view() returns a view that stays valid for the
// pool's life; it must not run concurrently with intern(), which a run guarantees by
// reading the pool only after every article has been added.

#include <array>
#include <cstdint>
#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>

namespace claimcheck {

class StringPool {
 public:
  using Id = std::uint32_t;
  static constexpr Id kEmpty = 0;  // the empty string, always present

  StringPool();

  [[nodiscard]] Id intern(std::string_view text);
  [[nodiscard]] std::string_view view(Id id) const;
  // Distinct strings held and their bytes, for memory accounting.
  [[nodiscard]] std::size_t size() const;

 private:
  // Shards keep two threads interning at once from waiting on one lock.
  static constexpr unsigned kShardBits = 6;
  static constexpr unsigned kIndexBits = 32 - kShardBits;
  struct Shard {
    std::mutex mutex;
    std::deque<std::string> strings;  // a deque never moves what it holds
    std::unordered_map<std::string_view, Id> ids;
  };
  std::unique_ptr<std::array<Shard, 1U << kShardBits>> shards_;
};

}  // namespace claimcheck
