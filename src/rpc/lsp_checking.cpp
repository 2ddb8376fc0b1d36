// LspServer's checks and what it answers from them: diagnostics, quick fixes, hovers.

#include <fmt/format.h>

#include "rpc/lsp_findings.hpp"
#include "rpc/lsp_server.hpp"

namespace claimcheck {

using nlohmann::json;
namespace fs = std::filesystem;

namespace {

bool is_path(const std::string& id) { return !id.empty() && id.front() == '/'; }

}  // namespace

const AnalysedArticle& LspServer::analysed(OpenDocument& doc, const RuleSetup& setup) {
  if (!doc.analysed || doc.analysed->generation != setup.generation) {
    doc.analysed = CachedArticle{analyse_article(*setup.pipeline, doc.id, doc.text, doc.format), setup.generation};
  }
  return doc.analysed->article;
}

void LspServer::check(const std::string& uri) {
  OpenDocument& doc = open_.at(uri);
  doc.due.reset();
  const fs::path folder = is_path(doc.id) ? fs::path(doc.id).parent_path() : fs::current_path();
  RuleSetup setup;
  try {
    setup = workspace_.setup_for(folder);
  } catch (const std::exception& e) {  // a broken .claimcheck.json or rule file: say so on the document
    doc.findings.clear();
    doc.diagnostics.clear();
    channel_.notify(
        "textDocument/publishDiagnostics",
        {{"uri", uri}, {"diagnostics", json::array({problem_diagnostic({DiagnosticLevel::Error, doc.id, e.what()})})}});
    return;
  }
  std::vector<const AnalysedArticle*> articles{&analysed(doc, setup)};
  std::vector<std::string> checked_uris{uri};  // the open documents of this check
  if (is_path(doc.id)) {
    for (const std::string& file : workspace_.articles_in(folder, *setup.config)) {
      if (file == doc.id) continue;
      const auto open = std::find_if(open_.begin(), open_.end(), [&](const auto& o) { return o.second.id == file; });
      if (open != open_.end()) {
        articles.push_back(&analysed(open->second, setup));
        checked_uris.push_back(open->first);
      } else if (const AnalysedArticle* on_disk = workspace_.disk_article(file, setup)) {
        articles.push_back(on_disk);
      }
    }
  }
  const ArticleCheck result = check_articles(*setup.pipeline, articles);
  const ArticleLocator locator(articles, encoding_);
  for (const std::string& u : checked_uris) publish(u, open_.at(u), result, locator);
}

void LspServer::publish(const std::string& uri, OpenDocument& doc, const ArticleCheck& result,
                        const ArticleLocator& locator) {
  doc.findings.clear();
  doc.diagnostics.clear();
  json diagnostics = json::array();
  for (const Diagnostic& d : result.diagnostics) {
    if (d.path == doc.id && d.level != DiagnosticLevel::Notice) diagnostics.push_back(problem_diagnostic(d));
  }
  for (const Finding& f : result.findings) {
    if (f.claims.empty() || f.claims.front().document != doc.id) continue;
    doc.findings.push_back(f);
    doc.diagnostics.push_back(diagnostic_json(f, locator));
    diagnostics.push_back(doc.diagnostics.back());
  }
  channel_.notify("textDocument/publishDiagnostics", {{"uri", uri}, {"diagnostics", std::move(diagnostics)}});
}

json LspServer::code_action(const json& params) {
  OpenDocument& doc = document(params);
  check_if_due(std::string(params["textDocument"]["uri"]));
  const json& range = param(params, "range", json::value_t::object);
  const LineStarts lines(doc.text);
  const std::size_t from = lines.offset(position_param(range, "start"), encoding_);
  const std::size_t to = lines.offset(position_param(range, "end"), encoding_);
  json actions = json::array();
  if (!doc.analysed) return actions;
  for (std::size_t i = 0; i < doc.findings.size(); ++i) {
    const Span& span = doc.findings[i].claims.front().span;
    if (span.begin > to || from > span.end) continue;
    for (json& action : code_actions(doc.findings[i], doc.diagnostics[i], doc.analysed->article, encoding_)) {
      actions.push_back(std::move(action));
    }
  }
  return actions;
}

json LspServer::hover(const json& params) {
  OpenDocument& doc = document(params);
  check_if_due(std::string(params["textDocument"]["uri"]));
  const std::size_t offset = LineStarts(doc.text).offset(position_param(params, "position"), encoding_);
  const Claim* claim = doc.analysed ? claim_at(doc.analysed->article, offset) : nullptr;
  if (claim == nullptr) return nullptr;
  const ArticleLocator locator({&doc.analysed->article}, encoding_);
  return {{"contents", {{"kind", "markdown"}, {"value", hover_markdown(*claim)}}},
          {"range", locator.range(doc.id, claim->span.begin, claim->span.end)}};
}

}  // namespace claimcheck
