#include "model/names.hpp"

#include <array>
#include <utility>

namespace claimcheck {
namespace {

template <typename Enum, std::size_t N>
using NameTable = std::array<std::pair<Enum, std::string_view>, N>;

constexpr NameTable<UnitKind, 5> kUnitKinds{{{UnitKind::Percent, "percent"},
                                             {UnitKind::PercentagePoints, "percentage-points"},
                                             {UnitKind::BasisPoints, "basis-points"},
                                             {UnitKind::Money, "money"},
                                             {UnitKind::Count, "count"}}};
constexpr NameTable<HedgeKind, 5> kHedgeKinds{{{HedgeKind::Exact, "exact"},
                                               {HedgeKind::Approximate, "approximate"},
                                               {HedgeKind::LowerBound, "lower-bound"},
                                               {HedgeKind::UpperBound, "upper-bound"},
                                               {HedgeKind::Vague, "vague"}}};
constexpr NameTable<Direction, 3> kDirections{
    {{Direction::None, "none"}, {Direction::Up, "up"}, {Direction::Down, "down"}}};
constexpr NameTable<Role, 4> kRoles{
    {{Role::Headline, "headline"}, {Role::Heading, "heading"}, {Role::Body, "body"}, {Role::Table, "table"}}};
constexpr NameTable<Severity, 3> kSeverities{
    {{Severity::Info, "info"}, {Severity::Warning, "warning"}, {Severity::Error, "error"}}};

template <typename Enum, std::size_t N>
std::string_view name_of(const NameTable<Enum, N>& table, Enum value) {
  for (const auto& [e, name] : table) {
    if (e == value) return name;
  }
  return "?";
}

template <typename Enum, std::size_t N>
std::optional<Enum> value_of(const NameTable<Enum, N>& table, std::string_view name) {
  for (const auto& [e, n] : table) {
    if (n == name) return e;
  }
  return std::nullopt;
}

}  // namespace

std::string_view to_string(UnitKind v) { return name_of(kUnitKinds, v); }
std::string_view to_string(HedgeKind v) { return name_of(kHedgeKinds, v); }
std::string_view to_string(Direction v) { return name_of(kDirections, v); }
std::string_view to_string(Role v) { return name_of(kRoles, v); }
std::string_view to_string(Severity v) { return name_of(kSeverities, v); }

std::optional<UnitKind> unit_kind_from(std::string_view s) { return value_of(kUnitKinds, s); }
std::optional<HedgeKind> hedge_kind_from(std::string_view s) { return value_of(kHedgeKinds, s); }
std::optional<Direction> direction_from(std::string_view s) { return value_of(kDirections, s); }
std::optional<Role> role_from(std::string_view s) { return value_of(kRoles, s); }
std::optional<Severity> severity_from(std::string_view s) { return value_of(kSeverities, s); }

}  // namespace claimcheck
