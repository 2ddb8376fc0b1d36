#pragma once
// The hashes the stages share: FNV-1a for stable fingerprints (their values are part of
// baselines, so they never change), MurmurHash3's 64-bit finaliser for mixing ids, and a
// 128-bit digest for deciding that two byte strings are the same without keeping them.

#include <compare>
#include <cstdint>
#include <cstring>
#include <functional>
#include <string_view>

namespace claimcheck {

inline constexpr std::uint64_t kFnvOffsetBasis = 0xcbf29ce484222325ULL;

inline std::uint64_t fnv1a(std::string_view data, std::uint64_t h = kFnvOffsetBasis) {
  for (const unsigned char c : data) {
    h ^= c;
    h *= 0x100000001b3ULL;
  }
  return h;
}

inline std::uint64_t fmix64(std::uint64_t h) {
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ULL;
  return h ^ (h >> 33);
}

// One value more into a running hash of ids: pool ids are small and alike in their low
// bits, so each step goes through fmix64 for the buckets and sort keys to spread.
inline std::uint64_t hash_combine(std::uint64_t h, std::uint64_t v) { return fmix64(h ^ (v + 0x9e3779b97f4a7c15ULL)); }

// A short text's 32-bit stand-in, never 0 (0 means "none"): enough to tell two sentences
// of one line of one document apart.
inline std::uint32_t digest32(std::string_view text) {
  return static_cast<std::uint32_t>(fmix64(std::hash<std::string_view>{}(text)) >> 32) | 1U;
}

// Eight bytes a step, each through fmix64: unrelated to std::hash (MurmurHash2 in
// libstdc++), so the two together make a 128-bit digest.
inline std::uint64_t word_hash(std::string_view data) {
  std::uint64_t h = 0x9e3779b97f4a7c15ULL ^ data.size();
  std::size_t i = 0;
  for (; i + 8 <= data.size(); i += 8) {
    std::uint64_t word = 0;
    std::memcpy(&word, data.data() + i, 8);
    h = fmix64(h ^ word);
  }
  std::uint64_t tail = 0;
  if (i < data.size()) std::memcpy(&tail, data.data() + i, data.size() - i);
  return fmix64(h ^ tail);
}

// Equal digests mean equal bytes, but for a collision of two unrelated 64-bit hashes.
struct Digest128 {
  std::uint64_t first = 0;
  std::uint64_t second = 0;
  friend auto operator<=>(const Digest128&, const Digest128&) = default;
};

inline Digest128 digest128(std::string_view data) { return {word_hash(data), std::hash<std::string_view>{}(data)}; }

struct Digest128Hash {
  std::size_t operator()(const Digest128& d) const { return d.first ^ (d.second * 31); }
};

}  // namespace claimcheck
