#include "model/interval.hpp"

#include <cmath>

namespace claimcheck {

bool Interval::bounded() const { return std::isfinite(low) && std::isfinite(high); }

}  // namespace claimcheck
