#pragma once
// The spelling of each enum in JSON, reports and rule files: one table, both directions.

#include <optional>
#include <string_view>

#include "model/claim.hpp"
#include "model/finding.hpp"

namespace claimcheck {

std::string_view to_string(UnitKind);
std::string_view to_string(HedgeKind);
std::string_view to_string(Direction);
std::string_view to_string(Role);
std::string_view to_string(Severity);

std::optional<UnitKind> unit_kind_from(std::string_view);
std::optional<HedgeKind> hedge_kind_from(std::string_view);
std::optional<Direction> direction_from(std::string_view);
std::optional<Role> role_from(std::string_view);
std::optional<Severity> severity_from(std::string_view);

}  // namespace claimcheck
