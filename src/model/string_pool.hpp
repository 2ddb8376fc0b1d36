#pragma once
// Interned strings: each distinct string is stored once and named by a 32-bit id. The
// claim store keeps a run's claims as ids (an entity, a metric, a period, a figure as
// written), so millions of claims share a few thousand strings instead of carrying them.
//
// Contract (support/intern_table.hpp): intern() may be called from many threads at once;
// view() returns a view that stays valid for the pool's life and must not run
// concurrently with intern(), which a run guarantees by reading the pool only after
// every article has been added.

#include <cstdint>
#include <string>
#include <string_view>

#include "support/intern_table.hpp"

namespace claimcheck {

class StringPool {
 public:
  using Id = std::uint32_t;
  static constexpr Id kEmpty = 0;  // the empty string, always present

  [[nodiscard]] Id intern(std::string_view text) { return table_.intern(text); }
  [[nodiscard]] std::string_view view(Id id) const { return table_.get(id); }
  // No string is interned after this; frees the lookup index (support/intern_table.hpp).
  void seal() { table_.seal(); }
  // Distinct strings held, the empty one included.
  [[nodiscard]] std::size_t size() const { return table_.size(); }

 private:
  InternTable<std::string, std::string_view> table_;
};

}  // namespace claimcheck
