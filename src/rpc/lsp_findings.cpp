#include "rpc/lsp_findings.hpp"

#include <fmt/format.h>

#include <cstdint>

#include "model/claim_format.hpp"
#include "model/names.hpp"
#include "rpc/file_uri.hpp"
#include "rpc/jsonrpc.hpp"

namespace claimcheck {

using nlohmann::json;

namespace {

json position_json(TextPosition p) { return {{"line", p.line}, {"character", p.character}}; }

// LSP DiagnosticSeverity: 1 error, 2 warning, 3 information.
int lsp_severity(Severity s) {
  switch (s) {
    case Severity::Error:
      return 1;
    case Severity::Warning:
      return 2;
    case Severity::Info:
      return 3;
  }
  return 3;
}

json text_edit(const json& range, const std::string& text) { return {{"range", range}, {"newText", text}}; }

json quick_fix(const std::string& title, const json& diagnostic, const std::string& uri, const json& edit,
               bool preferred) {
  return {{"title", title},
          {"kind", "quickfix"},
          {"diagnostics", json::array({diagnostic})},
          {"isPreferred", preferred},
          {"edit", {{"changes", {{uri, json::array({edit})}}}}}};
}

// The start of the line holding byte `offset`, and that line's indentation.
std::pair<std::size_t, std::string> line_start(std::string_view text, std::size_t offset) {
  const std::size_t eol = text.rfind('\n', offset == 0 ? 0 : offset - 1);
  const std::size_t start = offset == 0 || eol == std::string_view::npos ? 0 : eol + 1;
  std::size_t end = start;
  while (end < text.size() && (text[end] == ' ' || text[end] == '\t')) ++end;
  return {start, std::string(text.substr(start, end - start))};
}

}  // namespace

TextPosition position_param(const json& params, const char* name) {
  const json& p = param(params, name, json::value_t::object);
  const auto line = param(p, "line", json::value_t::number_integer).get<long long>();
  const auto character = param(p, "character", json::value_t::number_integer).get<long long>();
  if (line < 0 || character < 0 || line > UINT32_MAX || character > UINT32_MAX) {
    throw RpcError(rpc::kInvalidParams, fmt::format("\"{}\" has a negative or too large line or character", name));
  }
  return {static_cast<std::uint32_t>(line), static_cast<std::uint32_t>(character)};
}

json problem_diagnostic(const Diagnostic& d) {
  return {{"range", {{"start", {{"line", 0}, {"character", 0}}}, {"end", {{"line", 0}, {"character", 0}}}}},
          {"severity", d.level == DiagnosticLevel::Error ? 1 : 2},
          {"code", "input"},
          {"source", "claimcheck"},
          {"message", d.message}};
}

std::string uri_of_document(std::string_view id) {
  return !id.empty() && id.front() == '/' ? file_uri_from_path(id) : std::string(id);
}

ArticleLocator::ArticleLocator(const std::vector<const AnalysedArticle*>& articles, PositionEncoding encoding)
    : encoding_(encoding) {
  for (const AnalysedArticle* a : articles) lines_.try_emplace(a->id, a->bytes);
}

json ArticleLocator::range(std::string_view id, std::size_t begin, std::size_t end) const {
  const LineStarts& lines = lines_.at(id);
  return {{"start", position_json(lines.position(begin, encoding_))},
          {"end", position_json(lines.position(end, encoding_))}};
}

std::optional<json> ArticleLocator::location(const Claim& claim) const {
  if (!lines_.contains(claim.document)) return std::nullopt;
  return json{{"uri", uri_of_document(claim.document)},
              {"range", range(claim.document, claim.span.begin, claim.span.end)}};
}

json diagnostic_json(const Finding& finding, const ArticleLocator& locator) {
  const Claim& questioned = finding.claims.front();
  json related = json::array();
  for (std::size_t i = 1; i < finding.claims.size(); ++i) {
    const Claim& other = finding.claims[i];
    if (auto where = locator.location(other)) {
      related.push_back(
          {{"location", std::move(*where)}, {"message", fmt::format("({}) {}", to_string(other.role), other.text)}});
    }
  }
  json d = {{"range", locator.location(questioned).value_or(json::object()).value("range", json::object())},
            {"severity", lsp_severity(finding.severity)},
            {"code", finding.rule},
            {"source", "claimcheck"},
            {"message", finding.message},
            {"data", {{"fingerprint", finding.fingerprint}}}};
  if (!related.empty()) d["relatedInformation"] = std::move(related);
  return d;
}

std::optional<std::string> suggested_replacement(const Finding& finding) {
  if (finding.claims.size() < 2) return std::nullopt;
  const Claim& questioned = finding.claims.front();
  const Claim& first_other = finding.claims[1];
  for (std::size_t i = 1; i < finding.claims.size(); ++i) {
    const Claim& other = finding.claims[i];
    if (other.text != first_other.text || other.unit != questioned.unit || other.hedge != questioned.hedge) {
      return std::nullopt;
    }
  }
  if (first_other.text == questioned.text) return std::nullopt;  // a conflict of words, not of figures
  return first_other.text;
}

std::string disable_line_comment(std::string_view rule) {
  return fmt::format("<!-- claimcheck-disable-next-line {} -->", rule);
}

json code_actions(const Finding& finding, const json& diagnostic, const AnalysedArticle& article,
                  PositionEncoding encoding) {
  json actions = json::array();
  const Claim& questioned = finding.claims.front();
  const std::string uri = uri_of_document(article.id);
  const ArticleLocator locator({&article}, encoding);
  if (const auto replacement = suggested_replacement(finding)) {
    const json range = locator.range(article.id, questioned.span.begin, questioned.span.end);
    actions.push_back(quick_fix(fmt::format("Replace {} with {}", questioned.text, *replacement), diagnostic, uri,
                                text_edit(range, *replacement), true));
  }
  const auto [start, indent] = line_start(article.bytes, questioned.span.begin);
  actions.push_back(quick_fix(
      fmt::format("Disable {} for this line", finding.rule), diagnostic, uri,
      text_edit(locator.range(article.id, start, start), indent + disable_line_comment(finding.rule) + "\n"), false));
  return actions;
}

std::string hover_markdown(const Claim& c) {
  std::string text = fmt::format("**{}** as claimcheck reads it\n\n", c.text);
  text += fmt::format("- value: {}\n", format_interval(c));
  text += fmt::format("- unit: {}{}\n", to_string(c.unit.kind), c.unit.currency.empty() ? "" : " " + c.unit.currency);
  if (c.hedge.kind != HedgeKind::Exact)
    text += fmt::format("- hedge: {} ({})\n", to_string(c.hedge.kind), c.hedge.word);
  if (c.direction != Direction::None) text += fmt::format("- direction: {}\n", to_string(c.direction));
  const Subject& s = c.subject;
  text += fmt::format("- entity: {}\n",
                      s.entity.empty() ? "not resolved" : fmt::format("{} ({})", s.entity_name, s.entity));
  text += fmt::format("- metric: {}\n", s.metric.empty() ? "not resolved" : s.metric);
  text += fmt::format("- period: {}\n", s.period.empty() ? "not stated" : s.period);
  text += fmt::format("- role: {}\n", to_string(c.role));
  if (s.entity.empty() || s.metric.empty()) text += "\nNot compared: its subject is not resolved with confidence.\n";
  return text;
}

}  // namespace claimcheck
